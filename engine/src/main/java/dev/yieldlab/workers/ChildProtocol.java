package dev.yieldlab.workers;

import dev.yieldlab.api.workers.GilHold;

import dev.yieldlab.api.kernel.Figure;
import dev.yieldlab.api.kernel.KernelCounters;
import dev.yieldlab.api.workers.WorkerSpan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The lines a child prints on stdout to report back, tab-separated, one record per line; anything
 * else it prints is ignored. Times are epoch nanoseconds, shared with the parent.
 */
final class ChildProtocol {

  static final String SPAN = "yieldlab-span";
  static final String GIL_HOLD = "yieldlab-gil";
  static final String ELAPSED = "yieldlab-elapsed";

  private ChildProtocol() {}

  /**
   * A span and the kernel counters the child read for its own computing thread: each counter a
   * number, or {@code ?} and the reason it could not be read.
   */
  static String span(WorkerSpan span) {
    KernelCounters kernel = span.kernel();
    return String.join("\t", SPAN, span.worker(), Long.toString(span.startEpochNanos()),
        Long.toString(span.endEpochNanos()), Long.toString(span.cpuNanos()), Long.toString(span.result()),
        field(kernel.voluntarySwitches(), Object::toString), field(kernel.involuntarySwitches(), Object::toString),
        field(kernel.onCpu(), d -> Long.toString(d.toNanos())), field(kernel.waitingToRun(), d -> Long.toString(d.toNanos())),
        field(kernel.timeslices(), Object::toString));
  }

  private static <T> String field(Figure<T> figure, Function<T, String> format) {
    return switch (figure) {
      case Figure.Known<T> known -> format.apply(known.value());
      case Figure.Unavailable<T> missing -> "?" + missing.reason().replaceAll("[\\t\\r\\n]", " ");
    };
  }

  /** A counter as children print it: a number, or {@code ?} and the reason it could not be read. */
  static Figure<Long> count(String field) {
    return field.startsWith("?") ? Figure.unavailable(field.substring(1)) : Figure.known(Long.parseLong(field));
  }

  private static KernelCounters kernel(String[] f) {
    if (f.length < 11) {
      return KernelCounters.unavailable("the child reported no kernel counters");
    }
    return new KernelCounters(count(f[6]), count(f[7]), count(f[8]).map(Duration::ofNanos),
        count(f[9]).map(Duration::ofNanos), count(f[10]));
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
      if (f[0].equals(SPAN) && (f.length == 6 || f.length == 11)) {
        spans.add(new WorkerSpan(f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
            Long.parseLong(f[5]), kernel(f)));
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
