package dev.yieldlab.workers;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The lines a child prints on stdout to report back, tab-separated, one record per line; anything
 * else it prints is ignored. Times are epoch nanoseconds, shared with the parent.
 */
final class ChildProtocol {

  static final String SPAN = "yieldlab-span";
  static final String GIL_HOLD = "yieldlab-gil";
  static final String ELAPSED = "yieldlab-elapsed";

  private ChildProtocol() {}

  static String span(WorkerSpan span) {
    return String.join("\t", SPAN, span.worker(), Long.toString(span.startEpochNanos()),
        Long.toString(span.endEpochNanos()), Long.toString(span.cpuNanos()), Long.toString(span.result()));
  }

  static String gilHold(GilHold hold) {
    return String.join("\t", GIL_HOLD, hold.worker(), Long.toString(hold.fromEpochNanos()),
        Long.toString(hold.toEpochNanos()));
  }

  static String elapsed(long nanos) {
    return ELAPSED + "\t" + nanos;
  }

  static List<WorkerSpan> spans(List<String> lines) {
    List<WorkerSpan> spans = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f[0].equals(SPAN) && f.length == 6) {
        spans.add(new WorkerSpan(f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
            Long.parseLong(f[5])));
      }
    }
    return spans;
  }

  static List<GilHold> gilHolds(List<String> lines) {
    List<GilHold> holds = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f[0].equals(GIL_HOLD) && f.length == 4) {
        holds.add(new GilHold(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
      }
    }
    return holds;
  }

  static OptionalLong elapsedNanos(List<String> lines) {
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f[0].equals(ELAPSED) && f.length == 2) {
        return OptionalLong.of(Long.parseLong(f[1]));
      }
    }
    return OptionalLong.empty();
  }
}
