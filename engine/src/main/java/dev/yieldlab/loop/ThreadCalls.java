package dev.yieldlab.loop;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool a loop's {@code toThread} calls run on (asyncio's default executor), made on first use and
 * ended with the run. Up to {@value #THREADS} daemon threads (kotlinx's {@code Dispatchers.IO} has 64;
 * asyncio min(32, CPUs + 4)); more calls queue. Threads idle for 10 s end.
 */
final class ThreadCalls {

  static final int THREADS = 64;

  private ThreadPoolExecutor pool;
  private String runName = "run";

  void name(String run) {
    runName = run;
  }

  /** Starts {@code call} on a pool thread. */
  void start(Runnable call) {
    if (pool == null) {
      AtomicInteger count = new AtomicInteger();
      String prefix = "yieldlab-thread-" + runName + "-";
      ThreadFactory threads = body -> {
        Thread thread = new Thread(body, prefix + count.incrementAndGet());
        thread.setDaemon(true); // a call that never returns must not keep the JVM alive
        return thread;
      };
      pool = new ThreadPoolExecutor(THREADS, THREADS, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
      pool.allowCoreThreadTimeOut(true);
    }
    pool.execute(call);
  }

  /** The run has ended: calls not started are dropped, running ones interrupted (their results are dropped too). */
  void shutdown() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** Whether every pool thread has ended, waiting up to {@code millis} (for tests of thread leaks). */
  boolean awaitEnd(long millis) throws InterruptedException {
    return pool == null || pool.awaitTermination(millis, TimeUnit.MILLISECONDS);
  }
}
