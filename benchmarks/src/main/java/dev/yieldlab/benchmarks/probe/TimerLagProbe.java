package dev.yieldlab.benchmarks.probe;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.io.Server;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;

/**
 * How late a sleep wakes on the REAL clock with an idle loop: one coroutine sleeps {@code sleep}
 * {@code samples} times in a row and measures each wake-up against {@code System.nanoTime()}.
 * Three short sleeps first warm the path up and are dropped. Prints the median and the p99
 * (nearest rank: with fewer than 100 samples that is the largest one). With {@code io}, a server
 * of the loop waits for a connection meanwhile, so the idle loop waits in its selector (whole
 * milliseconds in {@code select}, the rest parked) rather than parking: keys {@code [io]}.
 *
 * <p>Usage: {@code TimerLagProbe [samples=60] [sleepMillis=1000] [io]}
 */
public final class TimerLagProbe {

  private TimerLagProbe() {}

  public static void main(String[] args) {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    Duration sleep = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 1000);
    boolean io = args.length > 2 && args[2].equals("io");
    double[] lagsMillis = new double[samples];
    EventLoop loop = new EventLoop(ClockKind.REAL);
    loop.run("sleeper", () -> {
      Server waiting = io ? loop.listen("idle server", "127.0.0.1", 0, connection -> { }) : null;
      for (int i = 0; i < 3; i++) {
        loop.sleep(Duration.ofMillis(10));
      }
      for (int i = 0; i < samples; i++) {
        long start = System.nanoTime();
        loop.sleep(sleep);
        lagsMillis[i] = (System.nanoTime() - start - sleep.toNanos()) / 1e6;
      }
      if (waiting != null) {
        waiting.close();
      }
      return null;
    });
    Percentiles lags = new Percentiles(lagsMillis);
    String note = samples + " sleeps of " + sleep.toMillis() + " ms" + (io ? ", a server waiting for a connection" : "");
    String suffix = io ? "[io]" : "";
    System.out.println(new FigureLine("timer-lag.median" + suffix, lags.at(50), Double.NaN, "ms", note).format());
    System.out.println(new FigureLine("timer-lag.p99" + suffix, lags.at(99), Double.NaN, "ms", note).format());
  }
}
