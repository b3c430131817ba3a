package dev.yieldlab.allure;

import static dev.yieldlab.allure.MarkupAssertions.parseXml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.TaskActivity;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import dev.yieldlab.api.timing.Measurement;
import dev.yieldlab.reporting.RunMeasures;
import dev.yieldlab.reporting.RunSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each piece of a run's page stays within its share of {@link ReportBudget}, and says what it left out. */
@DisplayName("The pieces of a run's page are bounded")
class BoundedPiecesTest {

  private static final int TASKS = 3_000;

  /**
   * main spawns 3,000 tasks that each run i ns and end; 'logger' logs, 'failer' fails, 'longest' runs
   * 10 µs; then the recorder's limit note, as a cut timeline ends.
   */
  private static Timeline timeline() {
    List<TimelineEvent> events = new ArrayList<>();
    events.add(new TimelineEvent(events.size(), EventKind.START, "main", 1, 0, ""));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      names.add(i == 1000 ? "logger" : i == 2000 ? "failer" : i == 2500 ? "longest" : "task-" + i);
    }
    names.forEach(name -> events.add(new TimelineEvent(events.size(), EventKind.SPAWN, name, 1, 0, "")));
    long now = 0;
    for (int i = 0; i < TASKS; i++) {
      String name = names.get(i);
      events.add(new TimelineEvent(events.size(), EventKind.START, name, 1, now, ""));
      if (name.equals("logger")) {
        events.add(new TimelineEvent(events.size(), EventKind.LOG, name, 1, now, "a line " + "x".repeat(20_000)));
      }
      now += name.equals("longest") ? 10_000 : 1 + i % 7;
      events.add(new TimelineEvent(events.size(), name.equals("failer") ? EventKind.FAIL : EventKind.END, name, 1, now, ""));
    }
    events.add(new TimelineEvent(events.size(), EventKind.LOG, "[yieldlab]", 1, now,
        new EventSubject.RecordingLimit(12_345, 0, now / 2, 1_000_000, 8L << 20)));
    return new Timeline(events);
  }

  @Test
  @DisplayName("the digest ranks main, failed, logging and longest-running tasks first and sums every other task")
  void digestRanksAndSums() {
    Timeline timeline = timeline();
    TaskDigest digest = TaskDigest.of(timeline, TimelineSvg.end(timeline, 0), timeline.stalls());

    assertThat(digest.tasks()).isEqualTo(TASKS + 2);
    // The recorder's own note logs too, so it ranks with the logging tasks.
    assertThat(digest.shown(5)).extracting(TaskActivity::task).containsExactly("main", "logger", "failer", "longest", "[yieldlab]");
    assertThat(digest.shown(ReportBudget.TABLE_ROWS)).hasSize(ReportBudget.TABLE_ROWS);
    assertThat(digest.complete(ReportBudget.TABLE_ROWS)).isFalse();
    FoldedTotals folded = digest.foldedTotals(ReportBudget.TABLE_ROWS);
    assertThat(folded.tasks()).isEqualTo(TASKS + 2 - ReportBudget.TABLE_ROWS);
    assertThat(folded.ended() + folded.failed() + folded.cancelled() + folded.neverEnded()).isEqualTo(folded.tasks());
  }

  @Test
  @DisplayName("the Gantt draws a few hundred rows at most, folds the rest into density lanes, marks where recording stopped, and parses")
  void ganttFoldsTheRest() throws Exception {
    String svg = TimelineSvg.render("many", timeline(), 0);

    assertThat(parseXml(svg)).isNotNull();
    assertThat(svg).contains(String.format("%,d tasks: %,d drawn a row each", TASKS + 2, ReportBudget.GANTT_ROWS))
        .contains(String.format("%,d other tasks: how many were in each state", TASKS + 2 - ReportBudget.GANTT_ROWS))
        .contains("recording stopped: 12,345 events not recorded")
        .contains(">logger<", ">failer<", ">longest<")
        .doesNotContain("x".repeat(ReportBudget.QUOTED_LINE_CHARS + 1));
    assertThat(svg.length()).isLessThan(ReportBudget.GANTT_ROW_CHARS + 200_000);
  }

  @Test
  @DisplayName("the measures table lists the first-ranked tasks and a row that sums the others")
  void tableIsCapped() {
    Timeline timeline = timeline();
    RunResult run = new RunResult("many", VariantSpec.DEFAULT, timeline, Measurement.single(Duration.ofMillis(1)), null,
        Optional.empty());
    String html = MeasuresTable.forRun("many", new RunSettings(ClockKind.REAL, Duration.ofSeconds(1), VariantSpec.DEFAULT,
        0, 1, false), RunMeasures.of(ClockKind.REAL, run), TaskDigest.of(timeline, TimelineSvg.end(timeline, 0), List.of()));

    assertThat(html).contains(String.format("%,d other tasks, summed", TASKS + 2 - ReportBudget.TABLE_ROWS))
        .contains(String.format("the %,d ranked first", ReportBudget.TABLE_ROWS));
    assertThat(html.split("<tr>", -1)).hasSizeLessThan(ReportBudget.TABLE_ROWS + 40);
  }

  @Test
  @DisplayName("a capped text keeps its head and tail and says how many lines and characters it left out")
  void cappedText() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      lines.add("line " + i);
    }
    String text = CappedText.of(lines, 2_000, Integer.MAX_VALUE, "the log");

    assertThat(text.length()).isLessThan(2_200);
    assertThat(text).startsWith("line 0\nline 1\n").endsWith("line 9999")
        .containsPattern("\\.\\.\\. [0-9,]+ of 10,000 lines \\([0-9,]+ characters\\) left out of the log");
    assertThat(CappedText.of(List.of("a", "b"), 2_000, 10, "the log")).isEqualTo("a\nb");
  }
}
