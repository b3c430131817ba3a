package dev.yieldlab.benchmarks.probe;

import dev.yieldlab.benchmarks.io.Echo;

/**
 * Round trip of one loopback echo connection, each measured with {@code System.nanoTime()}: yieldlab's
 * loop (client and server coroutines on one loop) and one platform thread per side with blocking
 * sockets, in this fresh JVM, {@code warmups} round trips first (dropped), then {@code samples}.
 * Prints the median and p99 of each, in microseconds.
 *
 * <p>Usage: {@code EchoLatencyProbe [samples=20000] [warmups=20000]}
 */
public final class EchoLatencyProbe {

  private EchoLatencyProbe() {}

  public static void main(String[] args) {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    String note = samples + " round trips of " + Echo.SIZE + " bytes after " + warmups + " unmeasured";
    for (String side : new String[] {"loop", "threads"}) {
      double[] micros = new double[samples];
      int[] next = new int[1];
      if (side.equals("loop")) {
        Echo.onLoop(1, warmups, null);
        Echo.onLoop(1, samples, nanos -> micros[next[0]++] = nanos / 1e3);
      } else {
        Echo.onThreads(1, warmups, null);
        Echo.onThreads(1, samples, nanos -> micros[next[0]++] = nanos / 1e3);
      }
      Percentiles rtt = new Percentiles(micros);
      System.out.println(new FigureLine("echo-rtt.median[" + side + "]", rtt.at(50), Double.NaN, "us", note).format());
      System.out.println(new FigureLine("echo-rtt.p99[" + side + "]", rtt.at(99), Double.NaN, "us", note).format());
    }
  }
}
