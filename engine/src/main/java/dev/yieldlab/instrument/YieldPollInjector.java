package dev.yieldlab.instrument;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.LocalVariablesSorter;

/**
 * Injects the poll of {@link YieldPoints} into a method with back-edges: {@code int c =
 * YieldPoints.interval();} at entry, in a fresh local slot, and on every back-edge <em>taken</em>
 * {@code if (--c <= 0 || YieldPoints.quantumExpired) c = YieldPoints.slowPath(where);}.
 *
 * <p>The poll runs only when the back-edge is taken, so N back-edges make exactly one slow path
 * per N iterations: a conditional back-edge {@code if<cond> L} becomes {@code if<!cond> skip; poll;
 * goto L; skip:}, and a switch's backward targets go through one trampoline per target ({@code poll;
 * goto L}) placed right after the switch, which never falls through.
 *
 * <p>Injected instructions go straight to the next visitor ({@code mv}): they already use the
 * remapped counter slot, which {@link LocalVariablesSorter} must not remap again.
 */
final class YieldPollInjector extends LocalVariablesSorter implements BackEdgeSink {

  private static final String INTERVAL_DESC = "()I";
  private static final String SLOW_PATH_DESC = "(Ljava/lang/String;)I";

  private final String where;
  private int counter = -1;

  /** {@code where} names the method in timeout messages and timeline events, e.g. {@code pkg/Cls.spin()V}. */
  YieldPollInjector(int access, String descriptor, String where, MethodVisitor next) {
    super(Opcodes.ASM9, access, descriptor, next);
    this.where = where;
  }

  @Override
  public void visitCode() {
    super.visitCode();
    counter = newLocal(Type.INT_TYPE);
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, YieldPoints.INTERNAL_NAME, "interval", INTERVAL_DESC, false);
    mv.visitVarInsn(Opcodes.ISTORE, counter);
  }

  @Override
  public void backwardJump(int opcode, Label target) {
    if (opcode == Opcodes.GOTO) {
      poll();
      mv.visitJumpInsn(Opcodes.GOTO, target);
      return;
    }
    Label notTaken = new Label();
    mv.visitJumpInsn(inverse(opcode), notTaken);
    poll();
    mv.visitJumpInsn(Opcodes.GOTO, target);
    mv.visitLabel(notTaken);
  }

  @Override
  public void backwardTableSwitch(int min, int max, Label dflt, Label[] labels, Set<Label> backward) {
    Map<Label, Label> trampolines = trampolines(dflt, labels, backward);
    mv.visitTableSwitchInsn(min, max, via(trampolines, dflt), via(trampolines, labels));
    emit(trampolines);
  }

  @Override
  public void backwardLookupSwitch(Label dflt, int[] keys, Label[] labels, Set<Label> backward) {
    Map<Label, Label> trampolines = trampolines(dflt, labels, backward);
    mv.visitLookupSwitchInsn(via(trampolines, dflt), keys, via(trampolines, labels));
    emit(trampolines);
  }

  private void poll() {
    Label slowPath = new Label();
    Label done = new Label();
    mv.visitIincInsn(counter, -1);
    mv.visitVarInsn(Opcodes.ILOAD, counter);
    mv.visitJumpInsn(Opcodes.IFLE, slowPath);
    mv.visitFieldInsn(Opcodes.GETSTATIC, YieldPoints.INTERNAL_NAME, "quantumExpired", "Z");
    mv.visitJumpInsn(Opcodes.IFEQ, done);
    mv.visitLabel(slowPath);
    mv.visitLdcInsn(where);
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, YieldPoints.INTERNAL_NAME, "slowPath", SLOW_PATH_DESC, false);
    mv.visitVarInsn(Opcodes.ISTORE, counter);
    mv.visitLabel(done);
  }

  /** One trampoline label per distinct backward target, in the order the switch names them. */
  private static Map<Label, Label> trampolines(Label dflt, Label[] labels, Set<Label> backward) {
    Map<Label, Label> trampolines = new LinkedHashMap<>();
    for (Label label : labels) {
      if (backward.contains(label)) {
        trampolines.computeIfAbsent(label, unused -> new Label());
      }
    }
    if (backward.contains(dflt)) {
      trampolines.computeIfAbsent(dflt, unused -> new Label());
    }
    return trampolines;
  }

  private static Label via(Map<Label, Label> trampolines, Label target) {
    return trampolines.getOrDefault(target, target);
  }

  private static Label[] via(Map<Label, Label> trampolines, Label[] targets) {
    Label[] rewritten = new Label[targets.length];
    for (int i = 0; i < targets.length; i++) {
      rewritten[i] = via(trampolines, targets[i]);
    }
    return rewritten;
  }

  private void emit(Map<Label, Label> trampolines) {
    trampolines.forEach((target, trampoline) -> {
      mv.visitLabel(trampoline);
      poll();
      mv.visitJumpInsn(Opcodes.GOTO, target);
    });
  }

  private static int inverse(int opcode) {
    return switch (opcode) {
      case Opcodes.IFEQ -> Opcodes.IFNE;
      case Opcodes.IFNE -> Opcodes.IFEQ;
      case Opcodes.IFLT -> Opcodes.IFGE;
      case Opcodes.IFGE -> Opcodes.IFLT;
      case Opcodes.IFGT -> Opcodes.IFLE;
      case Opcodes.IFLE -> Opcodes.IFGT;
      case Opcodes.IF_ICMPEQ -> Opcodes.IF_ICMPNE;
      case Opcodes.IF_ICMPNE -> Opcodes.IF_ICMPEQ;
      case Opcodes.IF_ICMPLT -> Opcodes.IF_ICMPGE;
      case Opcodes.IF_ICMPGE -> Opcodes.IF_ICMPLT;
      case Opcodes.IF_ICMPGT -> Opcodes.IF_ICMPLE;
      case Opcodes.IF_ICMPLE -> Opcodes.IF_ICMPGT;
      case Opcodes.IF_ACMPEQ -> Opcodes.IF_ACMPNE;
      case Opcodes.IF_ACMPNE -> Opcodes.IF_ACMPEQ;
      case Opcodes.IFNULL -> Opcodes.IFNONNULL;
      case Opcodes.IFNONNULL -> Opcodes.IFNULL;
      default -> throw new IllegalArgumentException("not a conditional jump: opcode " + opcode);
    };
  }
}
