package dev.yieldlab.instrument;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Gives every method of a class a poll at entry ({@link MethodEntryPoll}: one read of the quantum
 * flag, so that recursion and lambdas called from code that is not instrumented are preemptible), and
 * applies {@link BackEdgeDetector} and {@link YieldPollInjector} to each method that has a back-edge.
 * Each method is buffered and scanned first. Constructors and class initializers get no entry poll:
 * an object half-constructed, or a class half-initialized under the JVM's init lock, must not be
 * seen by the coroutines that would run meanwhile.
 */
final class YieldPointClassVisitor extends ClassVisitor {

  private String owner;
  private final InjectedPolls counts;

  YieldPointClassVisitor(ClassVisitor next, InjectedPolls counts) {
    super(Opcodes.ASM9, next);
    this.counts = counts;
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
        boolean entryPoll = !name.equals("<init>") && instructions.size() > 0;
        MethodVisitor polled = entryPoll ? new MethodEntryPoll(where, target) : target;
        if (entryPoll) {
          counts.addMethodEntry();
        }
        if (backEdges.count() == 0) {
          accept(polled);
          return;
        }
        counts.addBackEdges(backEdges.count());
        YieldPollInjector injector = new YieldPollInjector(access, descriptor, where, polled);
        accept(new BackEdgeDetector(injector, injector));
      }
    };
  }
}
