package dev.yieldlab.workers;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;

/**
 * The intermediate JVM of the orphan test: starts two endless worker processes labelled {@code
 * args[0]} and waits for them, until the test kills this JVM with SIGKILL.
 */
public final class KillParentFixture {

  private KillParentFixture() {}

  public static void main(String[] args) {
    Workers endless = Workers.of(WorkerKind.PROCESSES).count(2).body(EndlessBody.class).label(args[0])
        .timeout(Duration.ofMinutes(5));
    EventLoop loop = new EventLoop(ClockKind.REAL);
    loop.run("kill-parent-fixture", () -> endless.run(loop));
  }
}
