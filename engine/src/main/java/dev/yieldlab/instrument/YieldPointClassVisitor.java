package dev.yieldlab.instrument;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Applies {@link BackEdgeDetector} and {@link YieldPollInjector} to each method of a class that has
 * a back-edge. Each method is buffered and scanned first, so methods without loops stay
 * byte-for-byte the same and pay nothing at entry (recursive helpers are common in experiments).
 */
final class YieldPointClassVisitor extends ClassVisitor {

  private String owner;

  YieldPointClassVisitor(ClassVisitor next) {
    super(Opcodes.ASM9, next);
  }

  @Override
  public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
    owner = name;
    super.visit(version, access, name, signature, superName, interfaces);
  }

  @Override
  public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
    MethodVisitor target = super.visitMethod(access, name, descriptor, signature, exceptions);
    // A class initializer runs under the JVM's init lock, called from native code: a coroutine
    // cannot yield there, and other coroutines would see the class half-initialized.
    if (target == null || name.equals("<clinit>")) {
      return target;
    }
    String where = owner + "." + name + descriptor;
    return new MethodNode(Opcodes.ASM9, access, name, descriptor, signature, exceptions) {
      @Override
      public void visitEnd() {
        BackEdgeCount backEdges = new BackEdgeCount();
        accept(new BackEdgeDetector(null, backEdges));
        if (backEdges.count() == 0) {
          accept(target);
          return;
        }
        YieldPollInjector injector = new YieldPollInjector(access, descriptor, where, target);
        accept(new BackEdgeDetector(injector, injector));
      }
    };
  }
}
