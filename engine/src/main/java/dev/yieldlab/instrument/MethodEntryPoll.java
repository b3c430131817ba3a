package dev.yieldlab.instrument;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Injects the poll at a method's entry: {@code if (YieldPoints.quantumExpiredAtEntry)
 * YieldPoints.entryPath(where);}. One plain read of the flag a wall-time policy's timer raises each
 * quantum (why plain: {@link YieldPoints#quantumExpiredAtEntry}), and a branch never taken otherwise: no counter, because a static counter per call costs what a
 * call costs (a local one would start afresh at each call). So a recursive computation, which has
 * no back-edge, is preempted under a wall-time policy ({@code INJECTED_TIMED}); under a back-edge
 * count the entry poll never fires, and the count stays the back-edges'.
 */
final class MethodEntryPoll extends MethodVisitor {

  static final String ENTRY_PATH_DESC = "(Ljava/lang/String;)V";

  private final String where;

  MethodEntryPoll(String where, MethodVisitor next) {
    super(Opcodes.ASM9, next);
    this.where = where;
  }

  @Override
  public void visitCode() {
    super.visitCode();
    Label done = new Label();
    super.visitFieldInsn(Opcodes.GETSTATIC, YieldPoints.INTERNAL_NAME, "quantumExpiredAtEntry", "Z");
    super.visitJumpInsn(Opcodes.IFEQ, done);
    super.visitLdcInsn(where);
    super.visitMethodInsn(Opcodes.INVOKESTATIC, YieldPoints.INTERNAL_NAME, "entryPath", ENTRY_PATH_DESC, false);
    super.visitLabel(done);
  }
}
