package dev.yieldlab.api.io;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.yieldlab.api.Loop;
import java.util.ServiceLoader;
import org.apiguardian.api.API;

/**
 * What makes a loop outside a run, for {@link BackgroundLoop}. The api knows no engine package, so
 * the engine's jar registers the loop's maker in {@code META-INF/services}, the way
 * {@link dev.yieldlab.api.workers.WorkersRuntime} is found.
 */
@API(status = INTERNAL, since = "0.4")
public interface LoopRuntime {

  /** The main coroutine of a loop run outside an experiment. */
  @FunctionalInterface
  interface Main {
    /** Runs as the loop's main coroutine; the loop ends when it returns. */
    Object run(Loop loop) throws Exception;
  }

  /**
   * Runs a new REAL-clock loop named {@code name} on the calling thread until {@code main} returns,
   * rethrowing what it throws.
   */
  void runOwnLoop(String name, Main main);

  /** The runtime on the class path: yieldlab's engine provides it. */
  static LoopRuntime load() {
    return Holder.RUNTIME;
  }

  /** Loaded once, on first use. */
  final class Holder {
    private static final LoopRuntime RUNTIME = ServiceLoader.load(LoopRuntime.class, LoopRuntime.class.getClassLoader())
        .findFirst().orElseThrow(() -> new IllegalStateException("no " + LoopRuntime.class.getName() + " on the class"
            + " path: the yieldlab-engine jar registers one in META-INF/services; put it on the test class path"));

    private Holder() {}
  }
}
