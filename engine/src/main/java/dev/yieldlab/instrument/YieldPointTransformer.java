package dev.yieldlab.instrument;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

/** Class file in, class file with yield points out: the whole ASM pipeline for one class. */
final class YieldPointTransformer {

  private final ClassHierarchy hierarchy;

  /** {@code loader} sees the class files the transformed classes refer to (for frame computation). */
  YieldPointTransformer(ClassLoader loader) {
    this.hierarchy = new ClassHierarchy(loader);
  }

  byte[] transform(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer = new HierarchyClassWriter(hierarchy);
    // Old frames are dropped (SKIP_FRAMES) because the writer recomputes all of them.
    reader.accept(new YieldPointClassVisitor(writer), ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }
}
