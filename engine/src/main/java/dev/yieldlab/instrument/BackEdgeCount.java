package dev.yieldlab.instrument;

import java.util.Set;
import org.objectweb.asm.Label;

/** A {@link BackEdgeSink} that only counts: the first pass that decides whether a method has loops. */
final class BackEdgeCount implements BackEdgeSink {

  private int count;

  int count() {
    return count;
  }

  @Override
  public void backwardJump(int opcode, Label target) {
    count++;
  }

  @Override
  public void backwardTableSwitch(int min, int max, Label dflt, Label[] labels, Set<Label> backward) {
    count++;
  }

  @Override
  public void backwardLookupSwitch(Label dflt, int[] keys, Label[] labels, Set<Label> backward) {
    count++;
  }
}
