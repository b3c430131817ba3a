package dev.yieldlab.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Where pinning cannot mean anything, a pinned run is aborted with the reason, never passed. The
 * conditions are made for real in child JVMs: one that sees a single CPU, one whose PATH has no
 * taskset.
 */
@DisplayName("CPU pinning where it is impossible")
class CpuPinningTest {

  @Test
  @DisplayName("a JVM that sees one CPU says pinned and unpinned would be the same run, and aborts a pinned run")
  void oneCpu() throws Exception {
    assertThat(childSays(List.of("-XX:ActiveProcessorCount=1"), Map.of())).containsExactly(
        "this machine gives the JVM 1 CPU: pinned and unpinned runs would be the same",
        "org.opentest4j.TestAbortedException: cannot pin workers to one CPU: this machine gives the JVM 1 CPU:"
            + " pinned and unpinned runs would be the same");
  }

  @Test
  @DisplayName("without taskset on the PATH it names the missing program and its package, and aborts a pinned run")
  void noTaskset() throws Exception {
    assertThat(childSays(List.of("-XX:ActiveProcessorCount=2"), Map.of("PATH", "/nonexistent"))).containsExactly(
        "no taskset executable on the PATH (package util-linux)",
        "org.opentest4j.TestAbortedException: cannot pin workers to one CPU: no taskset executable on the PATH"
            + " (package util-linux)");
  }

  /** The child's last two lines: the reason, and how its pinned run ended. */
  private static List<String> childSays(List<String> jvmOptions, Map<String, String> environment)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.add("--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED");
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), PinningReasonMain.class.getName()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process child = builder.start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!child.waitFor(30, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      throw new AssertionError("the child JVM did not exit within 30 s; it printed: " + output);
    }
    assertThat(child.exitValue()).as("child exit code; it printed: %s", output).isZero();
    List<String> lines = output.lines().toList();
    return lines.subList(Math.max(0, lines.size() - 2), lines.size());
  }
}
