package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.yieldlab.junit.fixtures.machines.CpuCountFixture;
import dev.yieldlab.reporting.ClaimAcrossMachines;
import dev.yieldlab.reporting.ClaimSentences;
import dev.yieldlab.reporting.MachineOutcomes;
import io.qameta.allure.internal.Allure2ModelJackson;
import io.qameta.allure.internal.shadowed.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One suite run under two machine profiles, as the README's two-profile command does it: a child
 * JVM restricted to one CPU ({@code -XX:ActiveProcessorCount=1}) and one unrestricted, each with its
 * {@code yieldlab.machine} name and results directory; then the ledger across machines made from both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Two machine profiles, one report")
class MachinesReportTest {

  @TempDir
  static Path work;

  private Path oneCpu;
  private Path allCpus;

  @BeforeAll
  void runUnderTwoProfiles() throws Exception {
    assumeThat(Runtime.getRuntime().availableProcessors()).as("CPUs to restrict from").isGreaterThan(1);
    oneCpu = run("one-cpu", "-XX:ActiveProcessorCount=1");
    allCpus = run("all-cpus", "-Dunused=0");
  }

  @Test
  @DisplayName("every result carries its machine as a parameter and a history id of its own, so none hides another")
  void resultsSideBySide() throws IOException {
    List<JsonNode> one = results(oneCpu);
    List<JsonNode> all = results(allCpus);

    // The run, the check and the ledger.
    assertThat(one).hasSize(3).allSatisfy(result -> assertThat(machineOf(result)).isEqualTo("one-cpu"));
    assertThat(all).hasSize(3).allSatisfy(result -> assertThat(machineOf(result)).isEqualTo("all-cpus"));
    assertThat(all).extracting(result -> result.get("historyId").asText()).doesNotContainAnyElementsOf(
        one.stream().map(result -> result.get("historyId").asText()).toList());
    assertThat(Files.readString(oneCpu.resolve("environment.properties"))).contains("Machine=one-cpu", "Cores=1");
  }

  @Test
  @DisplayName("the ledger across machines gives a verdict per machine and says where they differ")
  void ledgerAcrossMachines() throws IOException {
    Path merged = work.resolve("across");
    List<ClaimAcrossMachines> claims = MachinesLedger.write(merged,
        List.of(MachinesLedger.read(oneCpu), MachinesLedger.read(allCpus)), new ClaimSentences(Map.of()));

    assertThat(claims).singleElement().satisfies(claim -> {
      assertThat(claim.claim()).isEqualTo("M1");
      assertThat(claim.differs()).isTrue();
      assertThat(claim.difference()).startsWith("M1: refuted on 'one-cpu' (1 core), confirmed on 'all-cpus' (")
          .contains("on 'one-cpu': not parallel on 1 CPU", "on 'all-cpus': parallel on ");
    });
    JsonNode ledger = results(merged).getFirst();
    assertThat(ledger.get("name").asText()).isEqualTo(MachinesLedger.NAME + ": 2 machines, 1 claim(s) judged differently");
    assertThat(ledger.get("descriptionHtml").asText()).contains("verdict on one-cpu", "verdict on all-cpus", "refuted", "confirmed");
  }

  @Test
  @DisplayName("two results directories under one machine name are refused, naming the property to set")
  void sameNameTwiceIsRefused() throws IOException {
    MachineOutcomes one = MachinesLedger.read(oneCpu);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MachinesLedger.write(work.resolve("twice"), List.of(one, one),
        new ClaimSentences(Map.of()))).hasMessageContaining("-Dyieldlab.machine=");
  }

  private static Path run(String machine, String flag) throws Exception {
    Path results = Files.createDirectories(work.resolve(machine));
    ReportedRunChild.inChildJvm(work.resolve(machine + ".log"), results, CpuCountFixture.class.getName(), flag,
        "-Dyieldlab.machine=" + machine);
    return results;
  }

  private static List<JsonNode> results(Path directory) throws IOException {
    var mapper = Allure2ModelJackson.createMapper();
    List<JsonNode> results = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith("-result.json")).sorted().toList()) {
        results.add(mapper.readTree(file.toFile()));
      }
    }
    return results;
  }

  private static String machineOf(JsonNode result) {
    for (JsonNode parameter : result.get("parameters")) {
      if (parameter.get("name").asText().equals("machine")) {
        return parameter.get("value").asText();
      }
    }
    return "(no machine parameter)";
  }
}
