package dev.yieldlab.workers;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import dev.yieldlab.api.workers.PythonRun;
import dev.yieldlab.api.workers.PythonScript;
import dev.yieldlab.loop.EventLoop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Python children run for real ({@code python3} on the PATH; aborted without one): lines parsed into
 * lanes, kernel counters read from the harness's report, failures, timeouts and a parent's death.
 */
@DisplayName("The post's Python as a child process")
class PythonScriptTest {

  private static final String FOLDER = "/python-fixtures";

  @BeforeAll
  static void python() {
    assumeThat(Executables.onPath("python3")).as("python3 on the PATH").isPresent();
  }

  private static PythonScript script(String name) {
    return PythonScript.of(PythonScriptTest.class, FOLDER, name).timeout(Duration.ofSeconds(30));
  }

  @Test
  @DisplayName("its lines become lanes of the run's timeline, one per coroutine, and its kernel counters are read")
  void linesAndKernel() {
    EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofSeconds(60));
    PythonRun run = loop.run("main", () -> script("prints.py").run(loop));

    assertThat(run.messages()).containsExactly("task_a: step 0", "task_b: step 0", "task_a done", "task_b done");
    assertThat(run.between("task_a: step 0", "task_a done")).isBetween(Duration.ofMillis(15), Duration.ofSeconds(5));
    assertThat(run.kernelOf("python main thread").counters().voluntarySwitches().require("voluntary"))
        .as("it slept in epoll for its sleep").isPositive();
    Timeline timeline = loop.timeline();
    assertThat(timeline.lanes()).contains("python task_a", "python task_b");
    List<TimelineEvent> logs = timeline.task("python task_a").events();
    assertThat(logs).extracting(TimelineEvent::kind).containsOnly(EventKind.WORKER_LOG);
    assertThat(logs.getFirst().detail()).matches("task_a: step 0 at \\d\\d:\\d\\d:\\d\\d");
    assertThat(timeline.task("python task_a").activity().logs()).hasSize(2);
    assertThat(timeline.tasks()).as("the loop's own tasks are unchanged").containsExactly("main");
  }

  @Test
  @DisplayName("a script that exits non-zero fails the run with its exit code and stderr tail")
  void failure() {
    EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofSeconds(60));
    assertThatThrownBy(() -> loop.run("main", () -> script("fails.py").run(loop)))
        .isInstanceOf(WorkerFailedException.class)
        .hasMessageContaining("'python fails.py' exited with code 3")
        .hasMessageContaining("about to fail");
  }

  @Test
  @DisplayName("a script that prints none of the post's lines fails saying what it printed")
  void silent() {
    EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofSeconds(60));
    assertThatThrownBy(() -> loop.run("main", () -> script("silent.py").run(loop)))
        .isInstanceOf(WorkerFailedException.class)
        .hasMessageContaining("exited with code 0 but printed no report line (the post's lines")
        .hasMessageContaining("nothing in the post's form");
  }

  @Test
  @DisplayName("a script past its timeout is killed, and no python process is left behind")
  void timeout() {
    EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofSeconds(60));
    assertThatThrownBy(() -> loop.run("main", () -> script("hangs.py").timeout(Duration.ofMillis(500)).run(loop)))
        .isInstanceOf(WorkerTimeoutException.class).hasMessageContaining("python hangs.py");
    assertThat(pythonProcessesRunning("hangs.py")).isEmpty();
  }

  @Test
  @DisplayName("when the JVM running it is killed with SIGKILL, the script ends too: no orphan")
  void parentDeath() throws Exception {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        PythonParentMain.class.getName()));
    Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      Optional<ProcessHandle> python = Optional.empty();
      for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); python.isEmpty() && System.nanoTime() < end; ) {
        python = jvm.descendants().filter(p -> p.info().commandLine().orElse("").contains("hangs.py")).findFirst();
        Thread.sleep(50);
      }
      assertThat(python).as("the child JVM started python").isPresent();
      jvm.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      python.get().onExit().get(10, TimeUnit.SECONDS);
      assertThat(python.get().isAlive()).isFalse();
    } finally {
      jvm.destroyForcibly();
    }
  }

  @Test
  @DisplayName("without python3 on the PATH a reference run is aborted with the reason, never passed")
  void noPython() throws Exception {
    ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
        "-cp", System.getProperty("java.class.path"), NoPythonMain.class.getName()).redirectErrorStream(true);
    builder.environment().put("PATH", "/nonexistent");
    Process child = builder.start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    child.waitFor(30, TimeUnit.SECONDS);
    assertThat(output).isEqualTo("org.opentest4j.TestAbortedException: no python3 on the PATH, so the post's own"
        + " Python cannot be rerun here (Debian: apt-get install python3); yieldlab's reproduction still runs");
  }

  private static List<ProcessHandle> pythonProcessesRunning(String script) {
    return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).filter(p -> {
      String commandLine = p.info().commandLine().orElse("");
      return commandLine.contains("yieldlab-python-") && commandLine.contains(script);
    }).toList();
  }

  /** Run as a child JVM: runs hangs.py until it is killed. */
  public static final class PythonParentMain {
    public static void main(String[] args) throws IOException {
      EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofMinutes(5));
      loop.run("main", () -> script("hangs.py").timeout(Duration.ofMinutes(5)).run(loop));
    }
  }

  /** Run as a child JVM with an empty PATH: prints how a reference run ends. */
  public static final class NoPythonMain {
    public static void main(String[] args) {
      try {
        PythonScript.requirePython();
        System.out.println("found python3");
      } catch (RuntimeException aborted) {
        System.out.println(aborted.getClass().getName() + ": " + aborted.getMessage());
      }
    }
  }
}
