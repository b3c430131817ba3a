package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.junit.fixtures.evidence.ConsoleAndReportFixture;
import io.qameta.allure.internal.Allure2ModelJackson;
import io.qameta.allure.internal.shadowed.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run hides from its log is on the console and on its Allure page: task failures nobody
 * observed (counted past the timeline's event limit), a swallowed cancellation, a stall. The fixture
 * runs in a child JVM with Allure's listener, as Surefire runs experiments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Evidence on the console and the run's page")
class EvidencePagesTest {

  @TempDir
  static Path work;

  private String console;
  private List<JsonNode> results;

  @BeforeAll
  void runTheFixture() throws Exception {
    Path resultsDirectory = Files.createDirectories(work.resolve("results"));
    Path log = work.resolve("child.log");
    List<String> command = List.of(ProcessHandle.current().info().command().orElseThrow(),
        "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Dallure.results.directory=" + resultsDirectory,
        "-cp", System.getProperty("java.class.path") + File.pathSeparator + ListenerClasspath.get(),
        ReportedRunChild.class.getName(), ConsoleAndReportFixture.class.getName());
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the child JVM has ended").isTrue();
    } finally {
      child.destroyForcibly();
    }
    console = Files.readString(log);
    results = new ArrayList<>();
    var mapper = Allure2ModelJackson.createMapper();
    try (Stream<Path> files = Files.list(resultsDirectory)) {
      for (Path file : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
        results.add(mapper.readTree(file.toFile()));
      }
    }
  }

  @Test
  @DisplayName("1,000 consumers that die unobserved past the event limit: counted on the console and in a broken step")
  void unobservedFailures() {
    assertThat(console).contains("UNOBSERVED FAILURES: 1,000 tasks ended with a failure that nobody observed")
        .contains("task 'consumer-0' failed with dev.yieldlab.api.sync.QueueClosedException");
    JsonNode run = result("consumersDieUnobserved");
    assertThat(run.get("status").asText()).isEqualTo("broken");
    assertThat(steps(run)).anySatisfy(step -> assertThat(step).startsWith("1,000 task failure(s) that nobody observed"));
    assertThat(run.get("statusDetails").get("message").asText()).startsWith("1,000 tasks ended with a failure");
  }

  @Test
  @DisplayName("a swallowed timeout: the run fails with TimeoutExpiredException, and console and page say where it was caught")
  void swallowedTimeout() {
    assertThat(console).contains("CANCELLATION SWALLOWED by 'timeoutSwallowed' at +")
        .contains("cancellation swallowed: block 'fetch' passed its timeout of PT0.02S, raised at ConsoleAndReportFixture.java:");
    JsonNode run = result("timeoutSwallowed");
    assertThat(run.get("statusDetails").get("message").asText()).startsWith("block 'fetch' timed out after PT0.02S: its"
        + " body caught the cancellation raised at ConsoleAndReportFixture.java:");
    assertThat(steps(run)).anySatisfy(step -> assertThat(step).isEqualTo("1 cancellation(s) caught and gone on from"));
  }

  @Test
  @DisplayName("a blocking Thread.sleep in a coroutine is a STALL on the console too, not only on the page")
  void stallOnTheConsole() {
    assertThat(console).containsPattern("STALL: 'blocker' held the loop for \\d+ ms in Thread.sleep");
    assertThat(steps(result("blockingSleep"))).anySatisfy(step -> assertThat(step).startsWith("1 stall(s)"));
  }

  private JsonNode result(String run) {
    return results.stream().filter(result -> result.get("name").asText().equals(run)).findFirst()
        .orElseThrow(() -> new AssertionError("no result for run " + run + "; the child said:\n" + console));
  }

  private static List<String> steps(JsonNode result) {
    List<String> names = new ArrayList<>();
    result.get("steps").forEach(step -> names.add(step.get("name").asText()));
    return names;
  }
}
