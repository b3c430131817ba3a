package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.io.LoopRuntime;
import java.time.Duration;

/**
 * The engine's {@link LoopRuntime}: a REAL-clock {@link EventLoop} for a helper that lives outside
 * any run (a {@link dev.yieldlab.api.io.BackgroundLoop}). Registered in {@code META-INF/services}.
 */
public final class OwnLoops implements LoopRuntime {

  /**
   * A helper lives as long as the experiment that closes it; the limit only keeps a forgotten one
   * from serving forever in a long-lived JVM (an IDE's test runner).
   */
  private static final Duration HELPER_LIMIT = Duration.ofHours(1);

  @Override
  public void runOwnLoop(String name, Main main) {
    EventLoop loop = new EventLoop(ClockKind.REAL, HELPER_LIMIT);
    loop.run(name, () -> main.run(loop));
  }
}
