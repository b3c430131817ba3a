package dev.yieldlab.junit;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.yieldlab.api.timeline.StallSample;
import dev.yieldlab.loop.EventLoop;
import dev.yieldlab.loop.ExperimentFrames;
import dev.yieldlab.loop.StallWatch;
import dev.yieldlab.loop.SuspendedTask;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a loop thread that does not come back is doing, as the watchdog can tell from its own thread:
 * computing without suspending, blocked in a JDK call ({@code Thread.sleep}, a socket read), or
 * blocked entering a monitor. The last is a coroutine that took a {@code synchronized} monitor and
 * suspended inside it (JDK 25 lets it, as it lets a virtual thread): the monitor stays with that
 * frozen coroutine, and the next coroutine of the same loop to enter it blocks the loop's one thread
 * for good, since only that thread could resume the holder. The JDK's thread dumps name the monitor
 * ({@link HotSpotDiagnosticMXBean#dumpThreads}'s {@code blockedOn}; {@code ThreadMXBean} reports such
 * a thread as runnable and names no lock) and the live threads that hold monitors; the loop names its
 * suspended coroutines and where each is frozen.
 */
final class StuckLoopThread {

  /**
   * What the watchdog found.
   *
   * @param text what the loop's thread is doing and what to change, for the run's failure
   * @param hopeless whether no thread but the loop's own could ever let it go on (a monitor held by
   *     one of its suspended coroutines): waiting for the run's timeout would change nothing
   */
  record Diagnosis(String text, boolean hopeless) {}

  private StuckLoopThread() {}

  static Diagnosis of(Thread thread, EventLoop loop) {
    StackTraceElement[] stack = thread.getStackTrace();
    String task = Optional.ofNullable(loop.stallWatch().current()).map(StallWatch.Stretch::task).orElse("?");
    StallSample sample = new StallSample(0, '?', "", Arrays.asList(stack));
    String where = ExperimentFrames.innermost(Arrays.asList(stack)).map(StuckLoopThread::frame)
        .orElse("a frame the watchdog could not see");
    if (thread.getState() == Thread.State.BLOCKED && stack.length > 0) {
      return monitor(thread, loop, task, stack[0]);
    }
    Optional<String> call = sample.blockingCall();
    if (call.isPresent()) {
      return new Diagnosis("task '" + task + "' holds the loop's thread in a blocking call, " + call.get() + ", at " + where
          + ", without ever suspending: a blocking call freezes every coroutine of the loop; use loop.sleep, a"
          + " primitive of the loop, loop.await(name, future) or loop.toThread(name, call) instead", false);
    }
    return new Diagnosis("task '" + task + "' keeps the loop's thread without ever suspending (an endless loop without"
        + " sleep/yieldNow?), last seen at " + where, false);
  }

  /** The thread waits to enter the monitor of {@code blockedAt}'s {@code synchronized}: who holds it? */
  private static Diagnosis monitor(Thread thread, EventLoop loop, String task, StackTraceElement blockedAt) {
    Optional<String> monitor = blockedOn(thread.threadId());
    Optional<String> liveHolder = monitor.flatMap(StuckLoopThread::liveHolder);
    String which = monitor.map(m -> "monitor " + m).orElse("a monitor");
    String head = "task '" + task + "' blocks the loop's thread entering " + which + " (synchronized) at "
        + frame(blockedAt);
    if (liveHolder.isPresent()) {
      return new Diagnosis(head + ", held by thread '" + liveHolder.get() + "': a blocking call freezes every coroutine"
          + " of the loop; take the lock in loop.toThread(name, call), or use a primitive of the loop", false);
    }
    List<SuspendedTask> holders = loop.suspendedTasks().stream()
        .filter(suspended -> suspended.stack().stream().anyMatch(frame -> sameMethod(frame, blockedAt))).toList();
    String held = holders.isEmpty() ? ", held by no live thread: a suspended coroutine of this loop took it"
        : ", held by " + String.join(" or ", holders.stream().map(suspended -> "task '" + suspended.task()
            + "', suspended inside synchronized at " + frame(suspended.stack().stream()
                .filter(frame -> sameMethod(frame, blockedAt)).findFirst().orElseThrow())
            + " (waiting for " + suspended.waitingFor() + ")").toList());
    return new Diagnosis(head + held + ". A monitor belongs to the thread that took it, and every coroutine of a loop"
        + " runs on the loop's one thread: the holder can only go on when that thread resumes it, and that thread"
        + " waits for the monitor. Do not sleep, yield or wait inside synchronized (or a ReentrantLock); use"
        + " loop.lock(name).withLock(...) instead", monitor.isPresent()); // known to be held by no live thread
  }

  private static boolean sameMethod(StackTraceElement a, StackTraceElement b) {
    return a.getClassName().equals(b.getClassName()) && a.getMethodName().equals(b.getMethodName());
  }

  private static String frame(StackTraceElement frame) {
    return frame.getFileName() + ":" + frame.getLineNumber() + " (" + frame.getClassName() + "." + frame.getMethodName()
        + ")";
  }

  /**
   * The monitor thread {@code tid} waits to enter, as the JDK's JSON thread dump names it ({@code
   * java.lang.Object@1f17ae12}); empty when the dump is unavailable (no jdk.management) or says nothing.
   */
  static Optional<String> blockedOn(long tid) {
    Path dump = null;
    try {
      dump = Files.createTempFile("yieldlab-threads-", ".json");
      Files.delete(dump); // dumpThreads refuses to overwrite a file
      ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
          .dumpThreads(dump.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
      String json = Files.readString(dump);
      int at = json.indexOf("\"tid\": \"" + tid + "\"");
      int next = at < 0 ? -1 : json.indexOf("\"tid\":", at + 1);
      int blocked = at < 0 ? -1 : json.indexOf("\"blockedOn\": \"", at);
      if (blocked < 0 || (next >= 0 && blocked > next)) {
        return Optional.empty();
      }
      int start = blocked + "\"blockedOn\": \"".length();
      return Optional.of(json.substring(start, json.indexOf('"', start)));
    } catch (IOException | RuntimeException | LinkageError unavailable) {
      return Optional.empty();
    } finally {
      if (dump != null) {
        try {
          Files.deleteIfExists(dump);
        } catch (IOException ignored) {
          // a temporary file left behind is all
        }
      }
    }
  }

  /** The live thread holding {@code monitor} ({@code class@hash}), if any. */
  private static Optional<String> liveHolder(String monitor) {
    for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, false)) {
      for (MonitorInfo held : info.getLockedMonitors()) {
        if ((held.getClassName() + "@" + Integer.toHexString(held.getIdentityHashCode())).equals(monitor)) {
          return Optional.of(info.getThreadName());
        }
      }
    }
    return Optional.empty();
  }
}
