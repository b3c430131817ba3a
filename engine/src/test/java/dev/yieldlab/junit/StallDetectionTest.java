package dev.yieldlab.junit;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.timeline.Stall;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.loop.EventLoop;
import dev.yieldlab.stalls.Blockers;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.CancellationToken;

/**
 * Coroutines that hold the loop's thread past the stall threshold, for real (REAL clock: a stall is
 * wall time): each ends with a STALL event whose samples say what the thread was doing, and the
 * stall report names the call, where in the code, and whom it made late.
 */
@DisplayName("Stall detection")
class StallDetectionTest {

  private static final Duration THRESHOLD = Duration.ofMillis(100);
  private static final Duration HOLD = Duration.ofMillis(400);

  /** A blocker that holds the thread in {@code block}, next to a sleeper due in 50 ms. */
  private static Timeline blockerAndSleeper(ClockKind clock, Blockers.Body block) throws InterruptedException {
    RunOutcome outcome = LoopThreadRunner.run("stalls", clock, Duration.ofSeconds(30), THRESHOLD,
        CancellationToken.create(), (loop, side) -> {
          loop.gather(
              loop.spawn("sleeper", () -> loop.sleep(Duration.ofMillis(50))),
              loop.spawn("blocker", () -> {
                loop.yieldNow(); // the sleeper goes to sleep first
                block.run();
              }));
          return null;
        });
    assertThat(outcome.failure()).isNull();
    return outcome.timeline();
  }

  @Test
  @DisplayName("Thread.sleep in a coroutine: a stall in Thread.sleep, asleep in the kernel, at the line that called it; the sleeper woke late")
  void threadSleep() throws Exception {
    Timeline timeline = blockerAndSleeper(ClockKind.REAL, Blockers.sleep(HOLD));

    List<Stall> stalls = timeline.stalls();
    assertThat(stalls).hasSize(1);
    Stall stall = stalls.getFirst();
    assertThat(stall.task()).isEqualTo("blocker");
    assertThat(stall.held()).isGreaterThanOrEqualTo(HOLD);
    assertThat(stall.samples()).isNotEmpty();
    assertThat(stall.samples().getLast().sleepingInTheKernel()).isTrue();
    assertThat(stall.blockingCall()).contains("Thread.sleep");
    assertThat(stall.where()).map(StackTraceElement::getClassName).hasValueSatisfying(
        name -> assertThat(name).startsWith(Blockers.class.getName()));
    assertThat(timeline.describe(stall)).startsWith("'blocker' held the loop for ").contains(" ms in Thread.sleep (sleeping in"
        + " the kernel").contains("Blockers.java:").containsPattern("'sleeper' woke \\d+ ms late");
    assertThat(timeline.wakeUpsDelayedBy(stall)).singleElement().satisfies(
        late -> assertThat(late.lag()).isGreaterThan(Duration.ofMillis(200)));
  }

  @Test
  @DisplayName("a computing coroutine: a stall on a CPU, no blocking call")
  void computing() throws Exception {
    Timeline timeline = blockerAndSleeper(ClockKind.REAL, Blockers.compute(HOLD));

    Stall stall = timeline.stalls().getFirst();
    assertThat(stall.samples()).isNotEmpty();
    assertThat(stall.samples()).anySatisfy(sample -> assertThat(sample.kernelState()).isEqualTo('R'));
    assertThat(stall.describe()).contains("computing on a CPU");
  }

  @Test
  @DisplayName("a JDK latch and a blocking socket read are named as what froze every coroutine")
  void jdkLocksAndSockets() throws Exception {
    Timeline latch = blockerAndSleeper(ClockKind.REAL, Blockers.awaitLatch(HOLD));
    assertThat(latch.stalls().getFirst().blockingCall()).contains("a JDK lock's park in CountDownLatch.await");

    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Timeline socket = blockerAndSleeper(ClockKind.REAL, Blockers.readSocket(server.getLocalPort(), HOLD));
      assertThat(socket.stalls().getFirst().blockingCall()).contains("a blocking socket read");
    }
  }

  @Test
  @DisplayName("noStallLongerThan passes a responsive loop and fails one that stalled, saying who, where and whom it delayed")
  void assertion() throws Exception {
    Timeline timeline = blockerAndSleeper(ClockKind.REAL, Blockers.sleep(HOLD));

    assertThat(timeline).noStallLongerThan(Duration.ofSeconds(5));
    assertThatThrownBy(() -> assertThat(timeline).noStallLongerThan(Duration.ofMillis(200)))
        .hasMessageContaining("Expected no coroutine to hold the loop for longer than 200 ms, but 'blocker' held the loop")
        .hasMessageContaining("in Thread.sleep");
  }

  @Test
  @DisplayName("a stretch shorter than the threshold is no stall, and the VIRTUAL clock, where computing takes no time, has none")
  void noStall() throws Exception {
    assertThat(blockerAndSleeper(ClockKind.REAL, Blockers.sleep(Duration.ofMillis(20))).stalls()).isEmpty();
    assertThat(blockerAndSleeper(ClockKind.VIRTUAL, Blockers.sleep(HOLD)).stalls()).isEmpty();
    EventLoop direct = new EventLoop(ClockKind.REAL, null, Duration.ofMillis(5));
    direct.run("main", () -> {
      Thread.sleep(20);
      return null;
    });
    assertThat(direct.timeline().stalls()).as("a loop without a watchdog still marks the stall, without samples")
        .singleElement().satisfies(stall -> assertThat(stall.samples()).isEmpty());
  }
}
