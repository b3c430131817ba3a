package dev.yieldlab.api.strand;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a body written once may do, whichever scheduler runs it: a coroutine of the loop or a Java
 * virtual thread. The body only sleeps, yields, logs and starts and joins others, so the same code is
 * asked the same question of both schedulers, not two copies of it.
 *
 * <table>
 *   <caption>One call, two schedulers</caption>
 *   <tr><th>{@code Strand}</th><th>on the loop ({@link StrandProgram#runOn})</th><th>as a virtual thread (workers' {@code VIRTUAL_THREADS})</th></tr>
 *   <tr><td>{@link #sleep}</td><td>{@link dev.yieldlab.api.Loop#sleep}</td><td>{@link Thread#sleep(Duration)}</td></tr>
 *   <tr><td>{@link #yieldNow}</td><td>{@link dev.yieldlab.api.Loop#yieldNow} ({@code asyncio.sleep(0)})</td><td>{@link Thread#yield()}</td></tr>
 *   <tr><td>{@link #log}</td><td>{@link dev.yieldlab.api.Loop#log}</td><td>a LOG event on its lane, with its carrier</td></tr>
 *   <tr><td>{@link #spawn}</td><td>{@link dev.yieldlab.api.Loop#spawn}</td><td>{@code Thread.ofVirtual().name(name).start(...)}</td></tr>
 *   <tr><td>{@link Handle#join}</td><td>{@link dev.yieldlab.api.Task#join}</td><td>{@link Thread#join()}</td></tr>
 * </table>
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Strand {

  /** This strand's name: its coroutine's, or its virtual thread's (a lane of the timeline). */
  String name();

  /** Suspends this strand for {@code duration}; the others run meanwhile. */
  void sleep(Duration duration);

  /** Offers the thread (the loop's, or the carrier) to the other strands that can run. */
  void yieldNow();

  /** One line of the post-style log, with the time and, for a virtual thread, the carrier it ran on. */
  void log(String message);

  /** Starts {@code body} as a strand of its own, named {@code name}; it runs once this one suspends (or on another carrier). */
  Handle spawn(String name, StrandBody body);

  /** The program's arguments, as {@link StrandProgram#with} gave them, the same for every strand it spawns. */
  Map<String, String> arguments();

  /** The program's argument {@code key}; fails naming the arguments there are when it was not given. */
  default String argument(String key) {
    return StrandArguments.require(arguments(), key);
  }

  /** The program's argument {@code key}, or {@code fallback} when it was not given. */
  default String argument(String key, String fallback) {
    return arguments().getOrDefault(key, fallback);
  }

  /** A started strand, to wait for. */
  interface Handle {

    String name();

    /** Waits until the strand has ended; rethrows its failure. */
    void join();

    /** A handle named {@code name} whose {@link #join()} runs {@code join}: what each kind of strand returns. */
    static Handle of(String name, Runnable join) {
      return new Handle() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public void join() {
          join.run();
        }
      };
    }
  }
}
