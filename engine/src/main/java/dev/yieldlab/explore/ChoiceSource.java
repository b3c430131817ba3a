package dev.yieldlab.explore;

import dev.yieldlab.loop.ChoiceCandidates;

/**
 * Where one schedule's choices come from: a strategy's draw for that schedule, or a schedule being
 * replayed. {@link RecordingChooser} numbers the points and records what was chosen.
 */
interface ChoiceSource {

  /** The candidate to take at choice point {@code point} (order and jitter points numbered together). */
  int choose(ChoiceCandidates candidates, int point);

  /** A timer's delay at choice point {@code point}: in {@code [0, maxNanos]}, 0 when {@code maxNanos} is 0. */
  long jitter(int point, long maxNanos);

  /** A source that takes FIFO's choice everywhere and delays no timer. */
  ChoiceSource FIFO = new ChoiceSource() {
    @Override
    public int choose(ChoiceCandidates candidates, int point) {
      return 0;
    }

    @Override
    public long jitter(int point, long maxNanos) {
      return 0;
    }
  };
}
