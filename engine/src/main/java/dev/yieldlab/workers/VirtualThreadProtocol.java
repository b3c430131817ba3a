package dev.yieldlab.workers;

import dev.yieldlab.api.workers.VirtualThreadEvent;

import dev.yieldlab.api.workers.PinnedEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The child protocol's lines about virtual threads, tab-separated like the rest of {@link
 * ChildProtocol}: an event of one thread, a pinned event JFR recorded, and the parallelism the
 * JDK's scheduler ran with. Text fields have their tabs and line breaks made spaces.
 */
final class VirtualThreadProtocol {

  static final String EVENT = "yieldlab-vt";
  static final String PINNED = "yieldlab-pinned";
  static final String SCHEDULER = "yieldlab-vt-scheduler";

  private VirtualThreadProtocol() {}

  /** {@code yieldlab-vt <thread> <kind> <epoch ns> <carrier> <sleep ns> <watched> <detail>}. */
  static String event(VirtualThreadEvent event) {
    return String.join("\t", EVENT, clean(event.thread()), event.kind().name(), Long.toString(event.epochNanos()),
        clean(event.carrier()), Long.toString(event.sleepNanos()), Boolean.toString(event.watched()), clean(event.detail()));
  }

  /** {@code yieldlab-pinned <thread> <start epoch ns> <duration ns> <carrier> <operation> <reason> <frame>...}. */
  static String pinned(PinnedEvent event) {
    List<String> fields = new ArrayList<>(List.of(PINNED, clean(event.thread()), Long.toString(event.startEpochNanos()),
        Long.toString(event.duration().toNanos()), clean(event.carrier()), clean(event.blockingOperation()),
        clean(event.pinnedReason())));
    event.topFrames().forEach(frame -> fields.add(clean(frame)));
    return String.join("\t", fields);
  }

  /** {@code yieldlab-vt-scheduler <parallelism> <tasks taken from its queues>}. */
  static String scheduler(int parallelism, long tasksTaken) {
    return SCHEDULER + "\t" + parallelism + "\t" + tasksTaken;
  }

  static List<VirtualThreadEvent> events(List<String> lines) {
    List<VirtualThreadEvent> events = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f[0].equals(EVENT) && f.length == 8) {
        events.add(new VirtualThreadEvent(f[1], VirtualThreadEvent.Kind.valueOf(f[2]), Long.parseLong(f[3]), f[4],
            f[7], Long.parseLong(f[5]), Boolean.parseBoolean(f[6])));
      }
    }
    return events;
  }

  static List<PinnedEvent> pinnedEvents(List<String> lines) {
    List<PinnedEvent> pinned = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f[0].equals(PINNED) && f.length >= 7) {
        pinned.add(new PinnedEvent(f[1], Long.parseLong(f[2]), Duration.ofNanos(Long.parseLong(f[3])), f[4], f[5], f[6],
            Arrays.asList(f).subList(7, f.length)));
      }
    }
    return pinned;
  }

  /** The scheduler's parallelism and the tasks its carriers took from its queues, as the child read them. */
  record Scheduler(int parallelism, long tasksTaken) {}

  static Optional<Scheduler> scheduler(List<String> lines) {
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f[0].equals(SCHEDULER) && f.length == 3) {
        return Optional.of(new Scheduler(Integer.parseInt(f[1]), Long.parseLong(f[2])));
      }
    }
    return Optional.empty();
  }

  private static String clean(String text) {
    return text.replaceAll("[\\t\\r\\n]", " ");
  }
}
