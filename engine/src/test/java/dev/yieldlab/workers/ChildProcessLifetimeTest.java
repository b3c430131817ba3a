package dev.yieldlab.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.api.workers.WorkersResult;
import dev.yieldlab.loop.EventLoop;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Child processes fail loudly and never outlive the run or the JVM that started them. */
class ChildProcessLifetimeTest {

  private final String label = "yieldlab-test-" + UUID.randomUUID();

  @AfterEach
  void killLeftovers() {
    // A failing test must not leave endless children behind for the next build either.
    ProcessTable.withWordOnCommandLine(label).forEach(ProcessHandle::destroyForcibly);
  }

  @Test
  void killingTheParentJvmWithSigkillLeavesNoWorkerProcessBehind() throws Exception {
    Process parent = startIntermediateJvm();
    try {
      List<ProcessHandle> children = ProcessTable.awaitProcesses(label, found -> found.size() >= 3, Duration.ofSeconds(30));
      // The intermediate JVM carries the label as its argument, its two workers as a system property.
      assertThat(children).as("the intermediate JVM and its two worker processes").hasSize(3);

      parent.toHandle().destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally runs
      assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();

      List<ProcessHandle> left = ProcessTable.awaitProcesses(label, List::isEmpty, Duration.ofSeconds(15));
      assertThat(left).as("processes still carrying the label after their parent was killed").isEmpty();
    } finally {
      parent.destroyForcibly();
    }
  }

  @Test
  void aChildThatExitsNonZeroFailsTheRunWithItsExitCodeAndStderrTail() {
    Workers crashing = Workers.of(WorkerKind.PROCESSES).count(1).body(ExitingBody.class).label(label);

    assertThatThrownBy(() -> runOnLoop(crashing))
        .isInstanceOfSatisfying(WorkerFailedException.class, failure -> {
          assertThat(failure.exitCode()).hasValue(ExitingBody.EXIT_CODE);
          assertThat(failure.stderrTail()).containsExactly(
              "fixture: first line of the complaint", "fixture: giving up with exit code 3");
        })
        .hasMessageContaining("'process-1' exited with code 3")
        .hasMessageContaining("fixture: giving up with exit code 3");
  }

  @Test
  void aChildThatExitsZeroButPrintsNothingFailsTheRunSayingItPrintedNoReportLine() {
    Workers silent = Workers.of(WorkerKind.PROCESSES).count(1).body(SilentExitBody.class).label(label);

    assertThatThrownBy(() -> runOnLoop(silent))
        .isInstanceOfSatisfying(WorkerFailedException.class, failure -> {
          assertThat(failure.exitCode()).hasValue(0);
          assertThat(failure.stderrTail()).containsExactly(SilentExitBody.GOODBYE);
        })
        .hasMessageContaining("worker process 'process-1' exited with code 0 but printed no report line"
            + " (one 'yieldlab-span' line on stdout)")
        .hasMessageContaining("its stdout was empty")
        .hasMessageContaining(SilentExitBody.GOODBYE);
  }

  @Test
  void aChildKilledFromOutsideFailsTheRunWithTheSignalsExitCode() throws Exception {
    Workers endless = Workers.of(WorkerKind.PROCESSES).count(1).body(EndlessBody.class).label(label)
        .timeout(Duration.ofSeconds(60));
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    Thread.ofPlatform().daemon(true).start(() -> {
      try {
        runOnLoop(endless);
        failure.complete(null);
      } catch (Throwable thrown) {
        failure.complete(thrown);
      }
    });
    assertThat(ProcessTable.awaitProcesses(label, found -> !found.isEmpty(), Duration.ofSeconds(20))).hasSize(1);

    // As the OOM killer would: SIGKILL, which the JVM reports as exit code 128 + 9.
    ProcessTable.withWordOnCommandLine(label).forEach(ProcessHandle::destroyForcibly);

    assertThat(failure.get(20, TimeUnit.SECONDS))
        .isInstanceOfSatisfying(WorkerFailedException.class,
            failed -> assertThat(failed.exitCode()).hasValue(137))
        .hasMessageContaining("'process-1' exited with code 137");
  }

  @Test
  void aChildPastItsTimeoutIsKilled() throws Exception {
    Workers endless = Workers.of(WorkerKind.PROCESSES).count(2).body(EndlessBody.class).label(label)
        .timeout(Duration.ofSeconds(2));
    long start = System.nanoTime();

    assertThatThrownBy(() -> runOnLoop(endless))
        .isInstanceOf(WorkerTimeoutException.class)
        .hasMessageContaining("process-1")
        .hasMessageContaining("were killed");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(ProcessTable.withWordOnCommandLine(label)).as("children left after the timeout").isEmpty();
  }

  private static WorkersResult runOnLoop(Workers workers) {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    return loop.run("test", () -> workers.run(loop));
  }

  private Process startIntermediateJvm() throws IOException {
    return new ProcessBuilder(ChildCommand.javaBinary(), "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), KillParentFixture.class.getName(), label)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
