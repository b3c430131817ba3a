package dev.yieldlab.instrument;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

/** Class file in, class file with yield points out: the whole ASM pipeline for one class. */
final class YieldPointTransformer {

  private final ClassHierarchy hierarchy;
  private final InjectedPolls counts;

  /** {@code loader} sees the class files the transformed classes refer to (for frame computation). */
  YieldPointTransformer(ClassLoader loader) {
    this(loader, new InjectedPolls());
  }

  /** As {@link #YieldPointTransformer(ClassLoader)}, adding the polls it injects to {@code counts}. */
  YieldPointTransformer(ClassLoader loader, InjectedPolls counts) {
    this.hierarchy = new ClassHierarchy(loader);
    this.counts = counts;
  }

  byte[] transform(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer = new HierarchyClassWriter(hierarchy);
    // Old frames are dropped (SKIP_FRAMES) because the writer recomputes all of them.
    reader.accept(new YieldPointClassVisitor(writer, counts), ClassReader.SKIP_FRAMES);
    counts.addClass();
    return writer.toByteArray();
  }
}
