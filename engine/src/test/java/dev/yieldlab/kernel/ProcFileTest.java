package dev.yieldlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A /proc file kept open reads today's numbers, and a thread's counters stay that thread's")
class ProcFileTest {

  private static long spin(long nanos) {
    long until = System.nanoTime() + nanos;
    long x = 1;
    while (System.nanoTime() < until) {
      x = x * 6364136223846793005L + 1;
    }
    return x;
  }

  @Test
  @DisplayName("reading an open schedstat again shows the CPU time spent since the first read")
  void rereadSeesNewNumbers() throws Exception {
    assumeThat(Files.isDirectory(Path.of("/proc/thread-self"))).as("/proc/thread-self (Linux)").isTrue();
    try (ProcFile schedstat = new ProcFile(Path.of("/proc/thread-self/schedstat"))) {
      long before = Long.parseLong(ProcText.fields(schedstat.read(), 0)[0]);
      spin(Duration.ofMillis(30).toNanos());
      long after = Long.parseLong(ProcText.fields(schedstat.read(), 0)[0]);

      assertThat(after - before).as("on-CPU ns between two reads of one descriptor")
          .isGreaterThan(Duration.ofMillis(10).toNanos());
    }
  }

  @Test
  @DisplayName("counters opened on one thread and read on another are the opener's")
  void countersBelongToTheirOpener() throws Exception {
    assumeThat(Files.isDirectory(Path.of("/proc/thread-self"))).as("/proc/thread-self (Linux)").isTrue();
    AtomicReference<ThreadCounters> opened = new AtomicReference<>();
    Thread idle = Thread.ofPlatform().start(() -> {
      opened.set(ProcFs.SYSTEM.openCurrentThread());
      try {
        Thread.sleep(Duration.ofSeconds(5));
      } catch (InterruptedException stop) {
        // done
      }
    });
    while (opened.get() == null) {
      Thread.onSpinWait();
    }
    try (ThreadCounters counters = opened.get()) {
      Duration before = counters.read().onCpu().require("on-CPU");
      spin(Duration.ofMillis(50).toNanos()); // this thread computes; the opener sleeps
      Duration after = counters.read().onCpu().require("on-CPU");

      assertThat(after.minus(before)).as("the sleeping opener's on-CPU time while another thread computed")
          .isLessThan(Duration.ofMillis(10));
    } finally {
      idle.interrupt();
      idle.join();
    }
  }

  @Test
  @DisplayName("a file that is gone is a NoSuchFileException, and the next read tries to open it again")
  void missingFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("schedstat");
    try (ProcFile proc = new ProcFile(file)) {
      assertThatThrownBy(proc::read).isInstanceOf(NoSuchFileException.class);
      Files.writeString(file, "1 2 3\n");
      assertThat(proc.read()).isEqualTo("1 2 3\n");
    }
  }
}
