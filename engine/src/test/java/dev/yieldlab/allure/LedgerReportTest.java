package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.junit.fixtures.timing.LedgerFixture;
import io.qameta.allure.internal.Allure2ModelJackson;
import io.qameta.allure.internal.shadowed.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claims ledger and the statuses in real Allure results, written by allure-junit-platform's
 * listener in a child JVM that runs {@link LedgerFixture} as Surefire would: a claim with a check made
 * to abort is partly evidenced and counted so, an inconclusive timing check has Allure's status of its
 * own and its Categories entry, and the console summary says the same.
 */
@DisplayName("The claims ledger in the report")
class LedgerReportTest {

  @TempDir
  static Path work;

  private static Path results;
  private static String console;

  @BeforeAll
  static void runTheFixture() throws Exception {
    results = Files.createDirectories(work.resolve("results"));
    console = ReportedRunChild.inChildJvm(work.resolve("child.log"), results, LedgerFixture.class.getName(),
        "-Dyieldlab.clock=VIRTUAL");
  }

  private static List<JsonNode> results() throws IOException {
    var mapper = Allure2ModelJackson.createMapper();
    List<JsonNode> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(results)) {
      for (Path file : files.filter(f -> f.toString().endsWith("-result.json")).sorted().toList()) {
        all.add(mapper.readTree(file.toFile()));
      }
    }
    return all;
  }

  private static JsonNode named(String name) throws IOException {
    return results().stream().filter(result -> result.get("name").asText().startsWith(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no result named " + name));
  }

  private static JsonNode exactly(String name) throws IOException {
    return results().stream().filter(result -> result.get("name").asText().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no result named exactly " + name));
  }

  @Test
  @DisplayName("a check made to abort leaves its claim partly evidenced, never confirmed, and the ledger's counts say so")
  void countsWithAnAbortedCheck() throws IOException {
    JsonNode ledger = named(LedgerResult.LEDGER);

    assertThat(ledger.get("name").asText()).isEqualTo(LedgerResult.LEDGER
        + ": 1 confirmed, 1 partly evidenced, 0 refuted, 0 nuanced, 1 inconclusive, 0 skipped");
    assertThat(ledger.has("status")).as("the ledger's own status: unknown while a claim lacks evidence").isFalse();
    assertThat(ledger.get("descriptionHtml").asText()).contains("partly-evidenced", "1 of 1 checks passed; no evidence"
        + " from 1 of 2 checks: &quot;made to abort&quot; aborted (made to abort: the machine had no taskset)");
    assertThat(console).contains("[yieldlab] claims ledger: 1 confirmed, 1 partly evidenced, 0 refuted, 0 nuanced,"
        + " 1 inconclusive, 0 skipped", "  L1: partly evidenced (1 of 1 checks passed", "  L2: inconclusive (no check"
        + " produced evidence: \"the busy ratio\" inconclusive");
  }

  @Test
  @DisplayName("the ledger file links every check and every run it read to that result's history id, for the report's first page")
  void ledgerFileLinksTheEvidence() throws IOException {
    JsonNode document = Allure2ModelJackson.createMapper().readTree(results.resolve(LedgerDocument.FILE).toFile());

    assertThat(document.get("schema").asInt()).isEqualTo(LedgerDocument.SCHEMA);
    assertThat(document.get("summary").asText())
        .isEqualTo("1 confirmed, 1 partly evidenced, 0 refuted, 0 nuanced, 1 inconclusive, 0 skipped");
    assertThat(document.get("counts").toString()).contains("{\"verdict\":\"partly-evidenced\",\"label\":\"partly evidenced\",\"count\":1}");
    assertThat(document.get("claims")).extracting(claim -> claim.get("claim").asText() + " " + claim.get("verdict").get("verdict").asText())
        .containsExactly("L1 partly-evidenced", "L2 inconclusive", "L3 confirmed");

    String sleeps = exactly("sleeps").get("historyId").asText();
    JsonNode l1 = document.get("claims").get(0).get("verdict").get("evidence");
    assertThat(l1).extracting(e -> e.get("check").asText() + " " + e.get("status").asText())
        .containsExactlyInAnyOrder("it slept passed", "made to abort aborted");
    for (JsonNode check : l1) {
      assertThat(check.get("historyId").asText()).as("the history id of %s", check.get("check"))
          .isEqualTo(exactly(check.get("check").asText()).get("historyId").asText());
      assertThat(check.get("runs")).extracting(run -> run.get("label").asText() + " " + run.get("historyId").asText())
          .containsExactly("sleeps " + sleeps);
    }
    JsonNode busyCheck = document.get("claims").get(1).get("verdict").get("evidence").get(0);
    assertThat(busyCheck.get("runs").get(0).get("historyId").asText()).isEqualTo(exactly("busy").get("historyId").asText());
    assertThat(busyCheck.get("scopes")).isNotEmpty();
  }

  @Test
  @DisplayName("an inconclusive check has its own status (unknown), its reason, a timing step, and a Categories entry")
  void inconclusiveHasItsOwnStatus() throws IOException {
    JsonNode inconclusive = named("the busy ratio");

    assertThat(inconclusive.has("status")).as("no status: Allure shows unknown").isFalse();
    assertThat(inconclusive.get("statusDetails").get("message").asText())
        .contains("inconclusive (foreign load: its precondition did not hold in any pair", "budget spent: 4 of 4 pairs");
    assertThat(inconclusive.get("steps").toString()).contains("timing: treatment / baseline = no pairs");
    assertThat(named("made to abort").get("status").asText()).isEqualTo("skipped");
    assertThat(named("it slept, again").get("status").asText()).isEqualTo("passed");
    assertThat(Files.readString(results.resolve("categories.json"))).contains("\"name\": \"Inconclusive timing claims\"",
        "\"matchedStatuses\": [\"failed\", \"unknown\"]");
  }
}
