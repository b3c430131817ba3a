package dev.yieldlab.explore;

import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where two runs of one schedule part: the first event that differs in kind, task, time or detail.
 * The same schedule must give the same timeline; when it does not, something outside the loop's
 * choices decided (the REAL time, another thread, an identity hash's order), and a refutation it
 * seemed to show is no evidence.
 */
final class Divergence {

  private Divergence() {}

  /** The first difference between {@code first} and {@code second}, in words; empty when they agree. */
  static Optional<String> between(Timeline first, Timeline second) {
    List<TimelineEvent> a = first.events();
    List<TimelineEvent> b = second.events();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!same(a.get(i), b.get(i))) {
        return Optional.of("event #" + i + " was '" + a.get(i).describe() + "' in one run and '" + b.get(i).describe()
            + "' in the other");
      }
    }
    if (a.size() != b.size()) {
      int at = Math.min(a.size(), b.size());
      TimelineEvent extra = a.size() > b.size() ? a.get(at) : b.get(at);
      return Optional.of("one run ended after " + at + " events, the other went on with '" + extra.describe() + "'");
    }
    return Optional.empty();
  }

  private static boolean same(TimelineEvent a, TimelineEvent b) {
    return a.kind() == b.kind() && a.nanos() == b.nanos() && a.task().equals(b.task())
        && Objects.equals(a.detail(), b.detail());
  }
}
