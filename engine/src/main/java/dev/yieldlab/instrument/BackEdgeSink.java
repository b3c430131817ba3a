package dev.yieldlab.instrument;

import java.util.Set;
import org.objectweb.asm.Label;

/**
 * Receives the instructions {@link BackEdgeDetector} found to jump backward, in place of the plain
 * instruction, so that the receiver decides what to emit. Forward jumps never reach it.
 */
interface BackEdgeSink {

  /** A {@code GOTO} or conditional jump whose target was already visited. */
  void backwardJump(int opcode, Label target);

  /** A {@code TABLESWITCH} with at least one target (in {@code backward}) already visited. */
  void backwardTableSwitch(int min, int max, Label dflt, Label[] labels, Set<Label> backward);

  /** A {@code LOOKUPSWITCH} with at least one target (in {@code backward}) already visited. */
  void backwardLookupSwitch(Label dflt, int[] keys, Label[] labels, Set<Label> backward);
}
