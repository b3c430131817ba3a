package dev.yieldlab.allure;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.YieldlabAssertions;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timing.ElapsedRatio;
import dev.yieldlab.junit.InvalidExperimentException;
import dev.yieldlab.loop.EventLoop;
import dev.yieldlab.loop.LoopTimeoutException;
import io.qameta.allure.util.ResultsUtils;
import java.lang.reflect.Constructor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of failure, thrown for real, lands in exactly one category, chosen by its type: the trace
 * is what Allure's own {@code ResultsUtils} makes of the throwable, as allure-junit-platform records it.
 */
class FailureCategoryTest {

  private static List<String> categoriesOf(String status, Throwable thrown) {
    String trace = ResultsUtils.getStatusDetails(thrown).orElseThrow().getTrace();
    return FailureCategory.ALL.stream().filter(c -> c.matches(status, trace)).map(FailureCategory::name).toList();
  }

  private static final Timeline TWO_TASKS = timeline();

  private static Timeline timeline() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    loop.run("main", () -> loop.gather(loop.spawn("task1", () -> loop.log("one")), loop.spawn("task2", () -> loop.log("two"))));
    return loop.timeline();
  }

  @Test
  void aFailedRatioAssertionIsARatioClaimFailureOnly() {
    Throwable failure = catchThrowable(() -> assertThat(
        new ElapsedRatio("two", Duration.ofMillis(31), "one", Duration.ofMillis(20))).isCloseTo(1.0, 0.1));

    YieldlabAssertions.assertThat(categoriesOf("failed", failure)).containsExactly("Ratio-claim failures");
  }

  @Test
  void anInconclusiveTimingClaimIsInItsOwnCategoryOnly_unknownByDefault_failedWhenStrict() {
    Throwable inconclusive = catchThrowable(() -> assertThat(new ElapsedRatio("two", "one",
        List.of(dev.yieldlab.api.timing.TimedPair.of(Duration.ofMillis(40), Duration.ofMillis(20))),
        new dev.yieldlab.api.timing.RatioSource.TwoRuns("two", "plain", "one", "plain"))).isCloseTo(2.0, 0.1));

    YieldlabAssertions.assertThat(inconclusive).isInstanceOf(dev.yieldlab.api.timing.InconclusiveTimingException.class);
    YieldlabAssertions.assertThat(categoriesOf("unknown", inconclusive)).containsExactly("Inconclusive timing claims");
    Throwable strict = new dev.yieldlab.api.timing.InconclusiveClaimFailure((dev.yieldlab.api.timing.InconclusiveTimingException) inconclusive);
    YieldlabAssertions.assertThat(categoriesOf("failed", strict)).containsExactly("Inconclusive timing claims");
  }

  @Test
  void failedOrderingAssertionsAreOrderingClaimFailuresOnly() {
    for (Throwable failure : List.of(
        catchThrowable(() -> assertThat(TWO_TASKS).interleaves("task1", "task2")),
        catchThrowable(() -> assertThat(TWO_TASKS).ranSequentially("task2", "task1")),
        catchThrowable(() -> assertThat(TWO_TASKS).logs().containsExactly("two", "one")))) {
      YieldlabAssertions.assertThat(categoriesOf("failed", failure)).as(failure.getMessage())
          .containsExactly("Ordering-claim failures");
    }
  }

  @Test
  void rewordingCannotMoveAFailure() {
    // A plain assertion whose message reads like a ratio and an ordering claim is still neither.
    Throwable failure = catchThrowable(() -> YieldlabAssertions.assertThat(2).as("Expected elapsed ratio a / b to"
        + " interleave and to contain exactly (and in same order), but it did not finish within its timeout").isOne());

    YieldlabAssertions.assertThat(categoriesOf("failed", failure)).containsExactly("Other claim failures");
  }

  @Test
  void anyOtherFailedAssertionIsAnOtherClaimFailure() {
    Throwable failure = catchThrowable(() -> YieldlabAssertions.assertThat(List.of(1L, 2L)).as("kernel thread ids").hasSize(1));

    YieldlabAssertions.assertThat(categoriesOf("failed", failure)).containsExactly("Other claim failures");
  }

  @Test
  void aBrokenCheckIsAnErrorOnly() {
    YieldlabAssertions.assertThat(categoriesOf("broken", new IllegalStateException("boom")))
        .containsExactly("Errors (broken runs and checks)");
  }

  @Test
  void aMalformedExperimentIsADiscoveryIssueOnly() throws Exception {
    Constructor<InvalidExperimentException> constructor = InvalidExperimentException.class.getDeclaredConstructor(String.class);
    constructor.setAccessible(true);
    Throwable failure = constructor.newInstance("@Run method X.m() is private: make it ...");

    YieldlabAssertions.assertThat(categoriesOf("broken", failure)).containsExactly("Discovery issues (malformed experiments)");
  }

  @Test
  void aRunPastItsTimeoutIsAHungRunOnlyEvenWhenItMentionsARatio() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL, Duration.ofSeconds(1));
    Throwable failure = catchThrowable(() -> loop.run("elapsed ratio", () -> {
      loop.sleep(Duration.ofSeconds(2));
      return null;
    }));

    YieldlabAssertions.assertThat(failure).isInstanceOf(LoopTimeoutException.class);
    YieldlabAssertions.assertThat(categoriesOf("broken", failure)).containsExactly("Hung runs (timeout)");
    YieldlabAssertions.assertThat(categoriesOf("failed", failure)).containsExactly("Hung runs (timeout)");
  }

  @Test
  void theJsonCarriesEveryCategoryWithItsPatternsEscaped() {
    String json = FailureCategory.json(FailureCategory.ALL);

    YieldlabAssertions.assertThat(json).startsWith("[").contains("\"name\": \"Ratio-claim failures\"",
        "\"matchedStatuses\": [\"failed\"]", "\\\\Qdev.yieldlab.junit.InvalidExperimentException\\\\E")
        .doesNotContain("messageRegex");
    YieldlabAssertions.assertThat(FailureCategory.quote("a \"b\" \\ c\n")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\"");
  }
}
