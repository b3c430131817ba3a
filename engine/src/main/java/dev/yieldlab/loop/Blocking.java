package dev.yieldlab.loop;

import java.util.List;

/**
 * A wait that other tasks hold up: a join's target, a gather's unfinished members, a lock's owner.
 * Deadlock reports follow these edges to name the cycle ({@link WaitCycles}).
 */
interface Blocking {

  /** The tasks that must act (end, release) before this wait can end; empty when none is known. */
  List<CoroutineTask<?>> blockers();

  /** The edge to {@code blocker} in words, after "'a' waits for": {@code lock 'L2' held by 'b'}. */
  String edgeTo(CoroutineTask<?> blocker);
}
