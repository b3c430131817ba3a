package dev.yieldlab.api.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.Loop;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apiguardian.api.API;

/**
 * A yieldlab loop of its own, on a platform thread of its own, on the REAL clock: for a helper an
 * experiment starts and stops itself, such as a slow server on an ephemeral port that serves any
 * number of clients while the experiment's loop does none of its work.
 *
 * <pre>{@code
 * try (BackgroundLoop<Server> service = BackgroundLoop.start("slow service",
 *     loop -> loop.listen("slow service", "127.0.0.1", 0, connection -> answer(loop, connection)))) {
 *   int port = service.value().port();
 *   ... // the experiment's runs connect to port
 * }
 * }</pre>
 *
 * <p>The setup runs as the loop's main coroutine; what it returns is {@link #value()}. The loop then
 * serves (its connections' coroutines, its sleeps) until {@link #close()}, which closes the value if it
 * is {@link AutoCloseable} (a {@link Server} stops listening), lets the loop end and joins its thread.
 * A setup that throws makes {@link #value()} throw, naming the loop; nothing keeps running.
 *
 * @param <T> what the setup returns
 */
@API(status = EXPERIMENTAL, since = "0.4")
public final class BackgroundLoop<T> implements AutoCloseable {

  /** How long {@link #close()} waits for the loop's thread before it reports a hung helper. */
  private static final Duration JOIN_LIMIT = Duration.ofSeconds(10);

  /** What the loop's main coroutine does first; its result is {@link #value()}. */
  @FunctionalInterface
  public interface Setup<T> {
    /** Runs on the new loop, as its main coroutine; may listen, spawn and sleep. */
    T start(Loop loop) throws Exception;
  }

  private final String name;
  private final CompletableFuture<T> value = new CompletableFuture<>();
  private final CompletableFuture<Void> stop = new CompletableFuture<>();
  private final Thread thread;

  private BackgroundLoop(String name, Setup<T> setup) {
    this.name = name;
    this.thread = Thread.ofPlatform().daemon().name(name).start(() -> serve(setup));
  }

  /** Starts a loop named {@code name} on a new daemon thread, and {@code setup} as its main coroutine. */
  public static <T> BackgroundLoop<T> start(String name, Setup<T> setup) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(setup, "setup");
    return new BackgroundLoop<>(name, setup);
  }

  private void serve(Setup<T> setup) {
    try {
      LoopRuntime.load().runOwnLoop(name, loop -> {
        T started = setup.start(loop);
        value.complete(started);
        loop.await("stop " + name, stop);
        if (started instanceof AutoCloseable closeable) {
          closeable.close();
        }
        return null;
      });
    } catch (Throwable failed) { // the loop rethrows what the setup threw, checked exceptions included
      value.completeExceptionally(failed);
    } finally {
      value.completeExceptionally(new IllegalStateException("the loop ended before its setup returned"));
    }
  }

  /** What the setup returned, once it has; throws what the setup threw if it failed. */
  public T value() {
    try {
      return value.get();
    } catch (ExecutionException failed) {
      throw new IllegalStateException("the background loop \"" + name + "\" failed in its setup: " + failed.getCause(),
          failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new CompletionException("interrupted while waiting for the background loop \"" + name + "\"", interrupted);
    }
  }

  /**
   * Stops the loop: closes what the setup returned if it is {@link AutoCloseable}, lets the main
   * coroutine return and waits up to 10 s for the thread; a loop still running then is a helper that
   * hangs, reported by name rather than left behind silently.
   */
  @Override
  public void close() {
    stop.complete(null);
    try {
      thread.join(JOIN_LIMIT);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new CompletionException("interrupted while stopping the background loop \"" + name + "\"", interrupted);
    }
    if (thread.isAlive()) {
      throw new IllegalStateException("the background loop \"" + name + "\" did not end within " + JOIN_LIMIT.toSeconds()
          + " s of close(): a coroutine of its own keeps it busy (a handler in an endless loop?); the thread is a daemon"
          + " and ends with the JVM");
    }
  }
}
