package dev.yieldlab.instrument;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds loop back-edges: a jump (or switch target) to a label already visited in the method's
 * instruction order. Every loop needs one, whatever the source construct ({@code for}, {@code
 * while}, {@code do}, labelled {@code continue}, loops in {@code try}/{@code catch}/{@code finally}),
 * because javac and other compilers lay code out in one order and a loop must go back in it; a
 * hand-written {@code tableswitch} that jumps back counts too.
 *
 * <p>This visitor only detects: it hands back-edges to a {@link BackEdgeSink} instead of forwarding
 * them, and forwards everything else unchanged.
 */
final class BackEdgeDetector extends MethodVisitor {

  private final Set<Label> visited = Collections.newSetFromMap(new IdentityHashMap<>());
  private final BackEdgeSink sink;

  BackEdgeDetector(MethodVisitor next, BackEdgeSink sink) {
    super(Opcodes.ASM9, next);
    this.sink = sink;
  }

  @Override
  public void visitLabel(Label label) {
    visited.add(label);
    super.visitLabel(label);
  }

  @Override
  public void visitJumpInsn(int opcode, Label target) {
    // JSR calls a subroutine, it does not loop (and cannot appear in class files since Java 7).
    if (opcode != Opcodes.JSR && visited.contains(target)) {
      sink.backwardJump(opcode, target);
    } else {
      super.visitJumpInsn(opcode, target);
    }
  }

  @Override
  public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
    Set<Label> backward = backward(dflt, labels);
    if (backward.isEmpty()) {
      super.visitTableSwitchInsn(min, max, dflt, labels);
    } else {
      sink.backwardTableSwitch(min, max, dflt, labels, backward);
    }
  }

  @Override
  public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
    Set<Label> backward = backward(dflt, labels);
    if (backward.isEmpty()) {
      super.visitLookupSwitchInsn(dflt, keys, labels);
    } else {
      sink.backwardLookupSwitch(dflt, keys, labels, backward);
    }
  }

  private Set<Label> backward(Label dflt, Label[] labels) {
    Set<Label> backward = new LinkedHashSet<>();
    for (Label label : labels) {
      if (visited.contains(label)) {
        backward.add(label);
      }
    }
    if (visited.contains(dflt)) {
      backward.add(dflt);
    }
    return backward;
  }
}
