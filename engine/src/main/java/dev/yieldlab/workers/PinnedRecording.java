package dev.yieldlab.workers;

import dev.yieldlab.api.workers.PinnedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of {@code jdk.VirtualThreadPinned} in a child JVM, from before its virtual threads
 * start to after they end: the JDK's own word on which of them blocked without unmounting. The
 * threshold is {@value #THRESHOLD_MILLIS} ms (JFR's default is 20 ms), so that shorter pins count too.
 */
final class PinnedRecording implements AutoCloseable {

  static final String EVENT = "jdk.VirtualThreadPinned";
  static final long THRESHOLD_MILLIS = 5;
  private static final int TOP_FRAMES = 8;

  private final Recording recording = new Recording();

  PinnedRecording() {
    recording.enable(EVENT).withThreshold(Duration.ofMillis(THRESHOLD_MILLIS)).withStackTrace();
    recording.setToDisk(true);
    recording.start();
  }

  /** Stops the recording and returns its pinned events, in time order. */
  List<PinnedEvent> stop() {
    recording.stop();
    try {
      Path file = Files.createTempFile("yieldlab-pinned-", ".jfr");
      try {
        recording.dump(file);
        List<PinnedEvent> pinned = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
          if (event.getEventType().getName().equals(EVENT)) {
            pinned.add(toPinned(event));
          }
        }
        return pinned;
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the child's JFR recording of " + EVENT, e);
    }
  }

  private static PinnedEvent toPinned(RecordedEvent event) {
    Instant start = event.getStartTime();
    List<String> frames = new ArrayList<>();
    if (event.getStackTrace() != null) {
      for (RecordedFrame frame : event.getStackTrace().getFrames()) {
        if (frames.size() == TOP_FRAMES) {
          break;
        }
        frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName() + ":" + frame.getLineNumber());
      }
    }
    return new PinnedEvent(name(event.getThread()), start.getEpochSecond() * 1_000_000_000L + start.getNano(),
        event.getDuration(), name(event.getThread("carrierThread")), text(event, "blockingOperation"),
        text(event, "pinnedReason"), frames);
  }

  private static String name(RecordedThread thread) {
    return thread == null ? "" : thread.getJavaName();
  }

  private static String text(RecordedEvent event, String field) {
    return event.hasField(field) && event.getString(field) != null ? event.getString(field) : "";
  }

  @Override
  public void close() {
    recording.close();
  }
}
