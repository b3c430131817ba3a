package dev.yieldlab.instrument;

import org.objectweb.asm.ClassWriter;

/**
 * Recomputes stack map frames (the poll adds branches, so every frame may change) and answers
 * ASM's common-superclass questions from a {@link ClassHierarchy} of the instrumenting loader,
 * instead of ASM's default, which loads classes through its own class loader.
 */
final class HierarchyClassWriter extends ClassWriter {

  private final ClassHierarchy hierarchy;

  HierarchyClassWriter(ClassHierarchy hierarchy) {
    super(COMPUTE_FRAMES);
    this.hierarchy = hierarchy;
  }

  @Override
  protected String getCommonSuperClass(String first, String second) {
    return hierarchy.commonSuperClass(first, second);
  }
}
