package dev.yieldlab.workers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One child JVM: started without a shell, its stdout collected, the tail of its stderr kept for
 * failure messages, and its stdin held open as a lifeline (the child halts when it closes, i.e. when
 * this JVM dies). {@link #kill()} takes its descendants down with it.
 */
final class ChildProcess {

  /** How many of a failed child's last stderr lines its failure shows. */
  static final int STDERR_TAIL_LINES = 20;

  private static final Duration READER_GRACE = Duration.ofSeconds(5);

  private final String name;
  private final Process process;
  private final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private final Thread stdoutReader;
  private final Thread stderrReader;

  private ChildProcess(String name, Process process) {
    this.name = name;
    this.process = process;
    this.stdoutReader = drain(name + "-stdout", process.getInputStream(), stdout::add);
    this.stderrReader = drain(name + "-stderr", process.getErrorStream(), line -> {
      synchronized (stderrTail) {
        stderrTail.addLast(line);
        if (stderrTail.size() > STDERR_TAIL_LINES) {
          stderrTail.removeFirst();
        }
      }
    });
  }

  static ChildProcess start(String name, List<String> command) {
    try {
      // stdin stays a pipe nobody writes to: its end of file is the child's signal that we are gone.
      return new ChildProcess(name, new ProcessBuilder(command).start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start worker process '" + name + "': " + String.join(" ", command), e);
    }
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  boolean hasExited() {
    return !process.isAlive();
  }

  int exitCode() {
    return process.exitValue();
  }

  /** Everything the child printed on stdout; complete once it has exited. */
  List<String> stdoutLines() {
    joinReaders();
    synchronized (stdout) {
      return List.copyOf(stdout);
    }
  }

  List<String> stderrTail() {
    joinReaders();
    synchronized (stderrTail) {
      return List.copyOf(stderrTail);
    }
  }

  /** Fails with the exit code and stderr tail unless the child exited with 0. */
  void requireSuccess() {
    int code = exitCode();
    if (code != 0) {
      throw WorkerFailedException.exited(name, code, stderrTail());
    }
  }

  /**
   * The failure of a child that exited with 0 but printed no {@code expected} report line: called
   * once it has exited, so its exit code, stdout and stderr are complete.
   */
  WorkerFailedException withoutReport(String expected) {
    return WorkerFailedException.withoutReport(name, exitCode(), expected, stdoutLines(), stderrTail());
  }

  /** Kills the child and its descendants (no-op once they are gone) and waits for it to be reaped. */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.getOutputStream().close();
    } catch (IOException ignored) {
      // the pipe is already broken: the child is gone, which is what we want
    }
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits until every child has exited, failing as soon as one fails: the first non-zero exit throws
   * {@link WorkerFailedException}, the deadline {@link WorkerTimeoutException}. Returns {@link
   * System#nanoTime()} when the last one exited. The caller kills them all afterwards, in any case.
   */
  static long awaitAll(List<ChildProcess> children, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ChildProcess> running = new ArrayList<>(children);
    long lastExit = System.nanoTime();
    while (!running.isEmpty()) {
      long left = deadline - System.nanoTime();
      try {
        CompletableFuture.anyOf(running.stream().map(ChildProcess::onExit).toArray(CompletableFuture[]::new))
            .get(Math.max(left, 0), TimeUnit.NANOSECONDS);
      } catch (TimeoutException late) {
        throw new WorkerTimeoutException("worker processes " + running.stream().map(ChildProcess::name).toList()
            + " did not finish within " + timeout + " and were killed");
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new WorkerFailedException("interrupted while waiting for worker processes", interrupted);
      } catch (java.util.concurrent.ExecutionException impossible) {
        throw new IllegalStateException("a process's onExit future does not fail", impossible);
      }
      lastExit = System.nanoTime();
      for (ChildProcess child : List.copyOf(running)) {
        if (child.hasExited()) {
          running.remove(child);
          child.requireSuccess();
        }
      }
    }
    return lastExit;
  }

  private void joinReaders() {
    try {
      stdoutReader.join(READER_GRACE);
      stderrReader.join(READER_GRACE);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread drain(String threadName, InputStream stream, Consumer<String> lines) {
    return Thread.ofPlatform().name(threadName).daemon(true).start(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lines.accept(line);
        }
      } catch (IOException closed) {
        // the child was killed mid-line: what was read is all there is
      }
    });
  }
}
