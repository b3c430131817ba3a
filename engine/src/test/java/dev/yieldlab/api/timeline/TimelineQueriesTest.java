package dev.yieldlab.api.timeline;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;
import static dev.yieldlab.api.YieldlabAssertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.yieldlab.api.timing.ElapsedRatio;
import dev.yieldlab.api.timing.RatioClaimFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The timeline's queries (stretches, wake-ups, yields, log times) and the assertions built on them.
 * Timelines from a real loop run on the VIRTUAL clock, so their times are exact; the lag cases, which
 * a VIRTUAL clock cannot produce (it stands still while coroutines compute), are written as events.
 */
@DisplayName("Timeline queries")
class TimelineQueriesTest {

  private static final long MS = 1_000_000;

  /** A sleeper of 10 ms next to a task that yields twice, on the VIRTUAL clock. */
  private static final Timeline SLEEPER_AND_YIELDER = TimelineAssertTest.record(loop -> {
    loop.gather(
        loop.spawn("sleeper", () -> {
          loop.log("sleeper start");
          loop.sleep(Duration.ofMillis(10));
          loop.log("sleeper woke");
        }),
        loop.spawn("yielder", () -> {
          loop.yieldNow();
          loop.yieldNow();
        }));
    return null;
  });

  @Test
  @DisplayName("a task's stretches follow its events: ready, running, sleeping, ready, running")
  void stretchesOfASleeper() {
    assertThat(SLEEPER_AND_YIELDER.task("sleeper").spans()).extracting(Span::kind, Span::startNanos, Span::endNanos)
        .containsExactly(
            tuple(SpanKind.READY, 0L, 0L),
            tuple(SpanKind.RUNNING, 0L, 0L),
            tuple(SpanKind.SLEEPING, 0L, 10 * MS),
            tuple(SpanKind.READY, 10 * MS, 10 * MS),
            tuple(SpanKind.RUNNING, 10 * MS, 10 * MS));
    TaskActivity sleeper = SLEEPER_AND_YIELDER.task("sleeper").activity();
    assertThat(sleeper.nanosByKind()).containsEntry(SpanKind.SLEEPING, 10 * MS).containsEntry(SpanKind.WAITING, 0L);
    assertThat(sleeper.spanAt(5 * MS)).map(Span::kind).contains(SpanKind.SLEEPING);
    assertThat(sleeper.endedNormally()).isTrue();
    assertThat(sleeper.logs()).extracting(TimelineEvent::detail).containsExactly("sleeper start", "sleeper woke");
  }

  @Test
  @DisplayName("the gathering main task waits on its members: its stretch is WAITING, with the members as the wait's subject")
  void aGatherIsAWaitOnItsMembers() {
    assertThat(SLEEPER_AND_YIELDER.task("main").activity().spans(SpanKind.WAITING)).isNotEmpty();
    TimelineEvent wait = SLEEPER_AND_YIELDER.task("main").events().stream()
        .filter(e -> e.kind() == EventKind.WAIT).findFirst().orElseThrow();
    assertThat(wait.subject()).isEqualTo(new EventSubject.TaskWait("gather(sleeper, yielder)", List.of("sleeper", "yielder")));
    assertThat(wait.detail()).isEqualTo("gather(sleeper, yielder)");
  }

  @Test
  @DisplayName("yields are counted per task, and a sleep's duration is typed, not text")
  void yieldsAndTypedSleeps() {
    assertThat(SLEEPER_AND_YIELDER.task("yielder").yields()).isEqualTo(2);
    assertThat(SLEEPER_AND_YIELDER.task("sleeper").yields()).isZero();
    assertThat(SLEEPER_AND_YIELDER.task("sleeper").events()).filteredOn(e -> e.kind() == EventKind.SLEEP)
        .extracting(TimelineEvent::subject).containsExactly(new EventSubject.Sleep(Duration.ofMillis(10)));
  }

  @Test
  @DisplayName("a wake-up knows its deadline and lag; on the VIRTUAL clock the lag is zero")
  void wakeUpsOnTheVirtualClock() {
    List<WakeUp> wakeUps = SLEEPER_AND_YIELDER.task("sleeper").wakeUps();
    assertThat(wakeUps).hasSize(1);
    assertThat(wakeUps.getFirst().deadlineNanos()).isEqualTo(10 * MS);
    assertThat(wakeUps.getFirst().lag()).isZero();
    assertThat(SLEEPER_AND_YIELDER).wokeWithin("sleeper", Duration.ZERO);
  }

  @Test
  @DisplayName("log times: the first line with a message, and the time between two lines")
  void logTimes() {
    assertThat(SLEEPER_AND_YIELDER.betweenLogs("sleeper start", "sleeper woke")).isEqualTo(Duration.ofMillis(10));
    assertThat(SLEEPER_AND_YIELDER.firstLog("nobody said this")).isEmpty();
    assertThatThrownBy(() -> SLEEPER_AND_YIELDER.betweenLogs("sleeper start", "never"))
        .hasMessageContaining("no log line \"never\"").hasMessageContaining("sleeper woke at +0.010 s");
  }

  @Test
  @DisplayName("asking for a task that has no events names the tasks there are")
  void unknownTask() {
    assertThatThrownBy(() -> SLEEPER_AND_YIELDER.task("nobody").activity())
        .hasMessageContaining("no events of 'nobody'").hasMessageContaining("[main, sleeper, yielder]");
  }

  /** cpu computes from 0 and yields at 12 and 20 ms; io sleeps 10 ms from 1 ms and resumes at 12 or 20 ms. */
  private static Timeline cpuAndSleeper(long resumeAt, boolean cpuYieldsAfterDeadline) {
    List<TimelineEvent> events = new ArrayList<>();
    add(events, EventKind.START, "cpu", 0, EventSubject.NONE);
    add(events, EventKind.YIELD, "cpu", 1 * MS, EventSubject.NONE);
    add(events, EventKind.START, "io", 1 * MS, EventSubject.NONE);
    add(events, EventKind.SLEEP, "io", 1 * MS, new EventSubject.Sleep(Duration.ofMillis(10)));
    add(events, EventKind.RESUME, "cpu", 1 * MS, EventSubject.NONE);
    if (cpuYieldsAfterDeadline) {
      add(events, EventKind.YIELD, "cpu", 12 * MS, EventSubject.NONE);
      if (resumeAt > 12 * MS) {
        add(events, EventKind.RESUME, "cpu", 12 * MS, EventSubject.NONE);
        add(events, EventKind.YIELD, "cpu", 20 * MS, EventSubject.NONE);
      }
    } else {
      add(events, EventKind.END, "cpu", 12 * MS, EventSubject.NONE);
    }
    add(events, EventKind.RESUME, "io", resumeAt, EventSubject.NONE);
    add(events, EventKind.END, "io", resumeAt, EventSubject.NONE);
    return new Timeline(events);
  }

  private static void add(List<TimelineEvent> events, EventKind kind, String task, long nanos, EventSubject subject) {
    events.add(new TimelineEvent(events.size(), kind, task, 1, nanos, subject));
  }

  @Test
  @DisplayName("a sleeper that got the thread at the first yield past its deadline woke after 0 further stretches, 1 ms late")
  void wokeAtTheFirstYield() {
    Timeline timeline = cpuAndSleeper(12 * MS, true);
    WakeUp wakeUp = timeline.task("io").wakeUps().getFirst();

    assertThat(wakeUp.lag()).isEqualTo(Duration.ofMillis(1));
    assertThat(timeline.task("cpu").stretchesAfterDeadline(wakeUp)).isZero();
    assertThat(timeline).wokeWithin("io", Duration.ofMillis(1)).wokeWithinStretchesOf("io", "cpu", 0);
  }

  @Test
  @DisplayName("one more cpu stretch before the wake-up counts as 1; past the bound, both assertions fail with what they read")
  void wokeOneStretchLater() {
    Timeline timeline = cpuAndSleeper(20 * MS, true);

    assertThat(timeline.task("cpu").stretchesAfterDeadline(timeline.task("io").wakeUps().getFirst())).isEqualTo(1);
    assertThat(timeline).wokeWithinStretchesOf("io", "cpu", 1);
    assertThatThrownBy(() -> assertThat(timeline).wokeWithinStretchesOf("io", "cpu", 0))
        .isInstanceOf(OrderingClaimFailure.class)
        .hasMessageContaining("Expected io to wake within 0 stretch(es) of cpu after the one across its deadline, but 1 ran");
    assertThatThrownBy(() -> assertThat(timeline).wokeWithin("io", Duration.ofMillis(5)))
        .hasMessageContaining("Expected io to wake within 5.000 ms of each deadline")
        .hasMessageContaining("resumed 9.000 ms late");
  }

  @Test
  @DisplayName("a sleeper that woke only when the other task ended did not wake within its stretches: -1")
  void wokeOnlyAtTheEnd() {
    Timeline timeline = cpuAndSleeper(12 * MS, false);

    assertThat(timeline.task("cpu").stretchesAfterDeadline(timeline.task("io").wakeUps().getFirst())).isEqualTo(-1);
    assertThatThrownBy(() -> assertThat(timeline).wokeWithinStretchesOf("io", "cpu", 1))
        .isInstanceOf(OrderingClaimFailure.class)
        .hasMessageContaining("cpu did not yield between the deadline and the wake-up");
  }

  @Test
  @DisplayName("who held the thread when the deadline passed, and the stretches a task ran between two instants")
  void runningAtAndBetween() {
    Timeline timeline = cpuAndSleeper(20 * MS, true);
    long deadline = timeline.task("io").wakeUps().getFirst().deadlineNanos();

    assertThat(timeline.runningAt(deadline)).map(TaskActivity::task).contains("cpu");
    assertThat(timeline.runningAt(deadline).orElseThrow().spanAt(deadline)).map(Span::startNanos).contains(1 * MS);
    assertThat(timeline.task("cpu").spans(SpanKind.RUNNING, deadline, 20 * MS)).extracting(Span::startNanos)
        .containsExactly(12 * MS);
    assertThat(SLEEPER_AND_YIELDER.runningAt(5 * MS)).as("the loop idled until the sleeper's timer").isEmpty();
  }

  @Test
  @DisplayName("ranInside: io ran from after cpu's start to before its end; not the other way round")
  void ranInside() {
    Timeline timeline = cpuAndSleeper(12 * MS, true);
    List<TimelineEvent> withCpuEnd = new ArrayList<>(timeline.events());
    add(withCpuEnd, EventKind.END, "cpu", 30 * MS, EventSubject.NONE);
    Timeline ended = new Timeline(withCpuEnd);

    assertThat(ended).ranInside("io", "cpu");
    assertThatThrownBy(() -> assertThat(ended).ranInside("cpu", "io"))
        .isInstanceOf(OrderingClaimFailure.class)
        .hasMessageContaining("Expected cpu to run inside io");
  }

  @Test
  @DisplayName("the log assertions fail as ordering claims, with AssertJ's message and expected/actual values kept")
  void logAssertionsFailTyped() {
    Throwable typed = org.assertj.core.api.Assertions.catchThrowable(() ->
        assertThat(SLEEPER_AND_YIELDER).logs().containsExactly("sleeper woke", "sleeper start"));
    Throwable plain = org.assertj.core.api.Assertions.catchThrowable(() ->
        org.assertj.core.api.Assertions.assertThat(SLEEPER_AND_YIELDER.logs())
            .as("post-style log:%n%s%n", "  " + SLEEPER_AND_YIELDER.postStyleLog().replace("\n", "\n  "))
            .containsExactly("sleeper woke", "sleeper start"));

    assertThat(typed).isInstanceOf(OrderingClaimFailure.class).hasMessage(plain.getMessage());
    assertThat(((AssertionFailedError) typed).getExpected().getValue())
        .isEqualTo(((AssertionFailedError) plain).getExpected().getValue());
    assertThat(typed.getStackTrace()[0].getClassName()).as("the stack starts where the check asserted")
        .isEqualTo(plain.getStackTrace()[0].getClassName());
  }

  @Test
  @DisplayName("a failed ratio is a ratio-claim failure")
  void ratioFailsTyped() {
    ElapsedRatio ratio = new ElapsedRatio("two", Duration.ofSeconds(2), "one", Duration.ofSeconds(1));
    assertThatThrownBy(() -> assertThat(ratio).isCloseTo(1.0, 0.1)).isInstanceOf(RatioClaimFailure.class)
        .hasMessage("Expected elapsed ratio two / one = 2.000 (2.000 s / 1.000 s) to be ≈ 1.00 ± 0.1 [0.90, 1.10], but it"
            + " is 2.00 (one measurement): refuted");
  }
}
