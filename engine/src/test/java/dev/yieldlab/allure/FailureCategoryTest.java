package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureCategoryTest {

  private static List<String> categoriesOf(String status, String message, String trace) {
    return FailureCategory.ALL.stream().filter(c -> c.matches(status, message, trace)).map(FailureCategory::name).toList();
  }

  private static String trace(String message) {
    return "org.opentest4j.AssertionFailedError: " + message + "\n\tat dev.yieldlab.experiments.X.check(X.java:1)";
  }

  @Test
  void aFailedRatioAssertionIsARatioClaimFailureOnly() {
    String message = "Expected elapsed ratio two / one = 1.547 (0.031 s / 0.020 s) to be 1.000 ± 0.100, but it is 1.547";

    assertThat(categoriesOf("failed", message, trace(message))).containsExactly("Ratio-claim failures");
  }

  @Test
  void failedOrderingAssertionsAreOrderingClaimFailuresOnly() {
    for (String message : List.of(
        "Expected [task1, task2] to run one after the other, but task2 started before task1 ended:\n+0.001 s ...",
        "Expected yield_task1 and yield_task2 to interleave, but they ran as ...",
        "\nExpecting actual:\n  [\"a\", \"b\"]\nto contain exactly (and in same order):\n  [\"b\", \"a\"]")) {
      assertThat(categoriesOf("failed", message, trace(message))).as(message).containsExactly("Ordering-claim failures");
    }
  }

  @Test
  void anyOtherFailedAssertionIsAnOtherClaimFailure() {
    String message = "[kernel thread ids] Expected size: 1 but was: 2";

    assertThat(categoriesOf("failed", message, trace(message))).containsExactly("Other claim failures");
  }

  @Test
  void aBrokenCheckIsAnErrorOnly() {
    assertThat(categoriesOf("broken", "boom", "java.lang.IllegalStateException: boom\n\tat x"))
        .containsExactly("Errors (broken runs and checks)");
  }

  @Test
  void aMalformedExperimentIsADiscoveryIssueOnly() {
    String trace = "dev.yieldlab.junit.InvalidExperimentException: @Run method X.m() is private: make it ...\n\tat y";

    assertThat(categoriesOf("broken", "@Run method X.m() is private: make it ...", trace))
        .containsExactly("Discovery issues (malformed experiments)");
  }

  @Test
  void aRunPastItsTimeoutIsAHungRunOnlyEvenWhenItMentionsARatio() {
    String message = "run 'elapsed ratio' did not finish within its timeout of PT1S (+PT2S grace)";

    assertThat(categoriesOf("broken", message, "x: " + message)).containsExactly("Hung runs (timeout)");
    assertThat(categoriesOf("failed", message, "x: " + message)).containsExactly("Hung runs (timeout)");
  }

  @Test
  void theJsonCarriesEveryCategoryWithItsPatternsEscaped() {
    String json = FailureCategory.json(FailureCategory.ALL);

    assertThat(json).startsWith("[").contains("\"name\": \"Ratio-claim failures\"", "\"matchedStatuses\": [\"failed\"]",
        "\"traceRegex\": \"(?s).*InvalidExperimentException.*\"");
    assertThat(FailureCategory.quote("a \"b\" \\ c\n")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\"");
  }
}
