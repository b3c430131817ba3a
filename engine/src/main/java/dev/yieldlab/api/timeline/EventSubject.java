package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.sync.Queue;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a {@link TimelineEvent} is about, as typed values: a sleep's duration, the tasks a wait waits
 * for, a log line's message, the failure a task ended with. Checks and reports read these instead of
 * parsing {@link TimelineEvent#detail()}, which is only their text ({@link #text()}), so that
 * rewording a detail can never change what a check measures.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface EventSubject {

  /** The event's detail as people read it: what {@link TimelineEvent#detail()} holds. */
  String text();

  /** The one {@link None}. */
  None NONE = new None();

  /** Nothing more than the event's kind says (a start, a resume, a plain yield). */
  record None() implements EventSubject {
    @Override
    public String text() {
      return ""; // the kind says it all
    }
  }

  /** A SLEEP event: how long the task asked to sleep; its deadline is the event's time plus this. */
  record Sleep(Duration duration) implements EventSubject {
    public Sleep {
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String text() {
      return duration.toString();
    }
  }

  /** A YIELD at a yield point injected into code that holds no Loop: where in the code it was. */
  record YieldPoint(String where) implements EventSubject {
    @Override
    public String text() {
      return "at " + where;
    }
  }

  /** A LOG event: the line of the post-style log. */
  record Log(String message) implements EventSubject {
    @Override
    public String text() {
      return message;
    }
  }

  /**
   * A WAIT for other tasks to end ({@code join}, {@code gather}, a task group unwinding).
   *
   * @param description how the wait reads, e.g. {@code join(child)} or {@code gather(a, b, and 998 more)}
   * @param tasks the names of the tasks waited for, every one of them
   */
  record TaskWait(String description, List<String> tasks) implements EventSubject {
    public TaskWait {
      tasks = List.copyOf(tasks);
    }

    @Override
    public String text() {
      return description;
    }
  }

  /**
   * A FAIL event: what the task ended with.
   *
   * @param exception the exception's class name
   * @param message its message, or null when it has none
   */
  record Failure(String exception, String message) implements EventSubject {
    /** The subject of a task that ended with {@code thrown}. */
    public static Failure of(Throwable thrown) {
      return new Failure(thrown.getClass().getName(), thrown.getLocalizedMessage());
    }

    /** As {@link Throwable#toString()}: {@code java.lang.IllegalStateException: boom}. */
    @Override
    public String text() {
      return message == null ? exception : exception + ": " + message;
    }
  }

  /** A CANCEL event: the message of the cancellation the task ended with. */
  record Cancellation(String reason) implements EventSubject {
    @Override
    public String text() {
      return reason;
    }
  }

  /**
   * A WAIT on a waiting primitive, with its state when the wait began: {@code waits for queue 'jobs'
   * (full, 2 of 2)}.
   *
   * @param primitive what kind of primitive
   * @param name its name
   * @param because what kept the task from going on
   * @param count the number {@code because} is about: items in a queue, free permits, arrivals at a
   *     barrier, items not yet done, clauses of a select; -1 where there is none
   * @param limit the most {@code count} can be: a queue's capacity, a bounded semaphore's permits, a
   *     barrier's parties; -1 where there is none ({@link Queue#UNBOUNDED} for an unbounded queue)
   * @param holder the task holding a lock when the wait began, or empty
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  record PrimitiveWait(PrimitiveKind primitive, String name, WaitReason because, int count, int limit, String holder)
      implements EventSubject {
    public PrimitiveWait {
      Objects.requireNonNull(primitive, "primitive");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(because, "because");
      holder = holder == null ? "" : holder;
    }

    @Override
    public String text() {
      return "waits for " + primitive.named(name) + " (" + state() + ")";
    }

    /** The state in words: {@code full, 2 of 2}. */
    public String state() {
      return switch (because) {
        case EMPTY -> "empty";
        case FULL -> "full, " + count + " of " + limit;
        case UNFINISHED_ITEMS -> count + (count == 1 ? " item" : " items") + " not done";
        case HELD -> holder.isEmpty() ? "held" : "held by '" + holder + "'";
        case NO_PERMIT -> limit < 0 ? "no permit free" : "0 of " + limit + " permits free";
        case NOT_SET -> "not set";
        case PENDING -> "pending";
        case SIGNAL -> "until signalled";
        case ARRIVALS -> count + " of " + limit + " arrived";
        case ANY_CLAUSE -> "the first of " + count + " clauses";
      };
    }
  }

  /**
   * A SYNC: what a task did with a waiting primitive, with the primitive's state right after it:
   * {@code got item from queue 'jobs' (1 of 2)}, {@code acquired lock 'account'}.
   *
   * @param primitive what kind of primitive
   * @param name its name
   * @param action what the task did
   * @param count a queue's length, a semaphore's free permits, a barrier's arrivals after it; -1 where there is none
   * @param limit the most {@code count} can be (as in {@link PrimitiveWait}); -1 where there is none
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  record PrimitiveUse(PrimitiveKind primitive, String name, PrimitiveAction action, int count, int limit)
      implements EventSubject {
    public PrimitiveUse {
      Objects.requireNonNull(primitive, "primitive");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(action, "action");
    }

    @Override
    public String text() {
      String what = action.verb() + " " + primitive.named(name);
      if (count < 0) {
        return what;
      }
      return what + " (" + switch (primitive) {
        case SEMAPHORE -> count + (limit < 0 ? "" : " of " + limit) + " permits free";
        case BARRIER -> count + " of " + limit + " arrived";
        default -> limit < 0 || limit == Queue.UNBOUNDED ? count + (count == 1 ? " item" : " items") : count + " of " + limit;
      } + ")";
    }
  }

  /** A SYNC: the timeout of a block run with {@link dev.yieldlab.api.Loop#withTimeout} passed, and the block is being cancelled. */
  @API(status = EXPERIMENTAL, since = "0.2")
  record TimeoutFired(String block, Duration timeout) implements EventSubject {
    public TimeoutFired {
      Objects.requireNonNull(block, "block");
      Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String text() {
      return "timeout of block '" + block + "' (" + timeout + ") passed: cancelling it";
    }
  }

  /**
   * A SYNC: a task caught a cancellation meant to end what it was doing and went on instead. A
   * {@code Task.cancel} swallowed is raised again at the task's next wait; a timeout's cancellation
   * swallowed by its block still makes {@code withTimeout} throw when the block returns.
   *
   * @param cancellation what cancelled it: {@code task.cancel("stop")} or {@code block 'fetch' passed its timeout of PT0.1S}
   * @param raisedAt the task's own frame where the cancellation was raised (the wait it interrupted), if found
   * @param late how long after the cancellation (the deadline, or the cancel request) the task went on
   * @param then what it did instead of ending: {@code waited again for sleep PT1S}, {@code returned from block 'fetch'}
   */
  record CancellationSwallowed(String cancellation, Optional<StackTraceElement> raisedAt, Duration late, String then)
      implements EventSubject {
    public CancellationSwallowed {
      Objects.requireNonNull(cancellation, "cancellation");
      Objects.requireNonNull(raisedAt, "raisedAt");
      Objects.requireNonNull(late, "late");
      Objects.requireNonNull(then, "then");
    }

    @Override
    public String text() {
      return "cancellation swallowed: " + cancellation + ", raised at " + raisedAtText() + ", was caught; "
          + late.toMillis() + " ms later the task " + then;
    }

    /** {@code Fixture.java:42 (dev.x.Fixture.lambda$run$0)}, or {@code a wait} when no frame of the experiment's was found. */
    public String raisedAtText() {
      return raisedAt.map(frame -> frame.getFileName() + ":" + frame.getLineNumber() + " (" + frame.getClassName() + "."
          + frame.getMethodName() + ")").orElse("a wait");
    }
  }

  /**
   * A SYNC: a block run with {@link dev.yieldlab.api.Loop#withTimeout} returned after its deadline without reaching a
   * wait in between, so its cancellation was never raised and it keeps its value.
   */
  record LateReturn(String block, Duration timeout, Duration late) implements EventSubject {
    @Override
    public String text() {
      return "block '" + block + "' returned " + late.toMillis() + " ms after its timeout of " + timeout
          + " without waiting again, so its cancellation was never raised: it keeps its value";
    }
  }

  /** A STALL event: the stretch that just ended held the loop's thread this long; what the watchdog saw meanwhile. */
  record Stall(Duration held, List<StallSample> samples) implements EventSubject {
    public Stall {
      samples = List.copyOf(samples);
    }

    @Override
    public String text() {
      return "held the loop for " + held.toMillis() + " ms";
    }
  }

  /**
   * A WAIT for something outside the loop's coroutines: a socket to become readable or writable, a
   * connection to be accepted or established, a future another thread completes, a call on another
   * thread to return. The loop waits for these in its selector: {@code waits for read on 127.0.0.1:40123}.
   *
   * @param operation what is waited for
   * @param endpoint the socket's peer ({@code 127.0.0.1:40123}; for an accept, where the server
   *     listens), or the future's or thread call's name
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  record IoWait(IoOperation operation, String endpoint) implements EventSubject {
    public IoWait {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(endpoint, "endpoint");
    }

    /** {@code read on 127.0.0.1:40123}, {@code future 'price'}. */
    public String what() {
      return operation.words() + " " + (operation.onSocket() ? endpoint : "'" + endpoint + "'");
    }

    @Override
    public String text() {
      return "waits for " + what();
    }
  }

  /**
   * A SYNC: a socket of the loop was opened or closed: {@code connected to 127.0.0.1:40123}, {@code
   * closed by the loop at the run's end: connection 127.0.0.1:51234 -> 127.0.0.1:40123}.
   *
   * @param action what happened
   * @param endpoint the connection ({@code local -> remote}) or the server's address
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  record IoUse(SocketAction action, String endpoint) implements EventSubject {
    public IoUse {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public String text() {
      return action.words() + ": " + endpoint;
    }
  }

  /**
   * A WORKER_RUN of a virtual thread: the carrier (platform thread of the JDK's scheduler) it was
   * mounted on from here on.
   *
   * @param carrier the carrier thread's name, e.g. {@code ForkJoinPool-1-worker-1}
   * @param blocked whether the virtual thread is blocked while still mounted: pinned, its carrier held
   *     and of no use to any other virtual thread (a native frame or a class initializer on its stack)
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  record Mounted(String carrier, boolean blocked) implements EventSubject {
    public Mounted {
      Objects.requireNonNull(carrier, "carrier");
    }

    @Override
    public String text() {
      return blocked ? "blocked, pinned to its carrier " + carrier : "mounted on " + carrier;
    }
  }

  /**
   * The LOG line that ends a timeline the recorder cut at its limits: how much it did not keep, and
   * from when on. Rows drawn past {@code firstDroppedNanos} show the last state recorded, not what
   * happened, and a report says so.
   *
   * @param droppedEvents events not recorded
   * @param droppedLogChars characters of log text among them
   * @param firstDroppedNanos the loop clock's time of the first event not recorded
   * @param maxEvents the recorder's limit on events
   * @param maxLogChars its limit on log text
   */
  record RecordingLimit(long droppedEvents, long droppedLogChars, long firstDroppedNanos, int maxEvents,
      long maxLogChars) implements EventSubject {
    @Override
    public String text() {
      return droppedEvents + " further events (" + droppedLogChars + " chars of log text) were not recorded:"
          + " a timeline keeps at most " + maxEvents + " events and " + (maxLogChars >> 20) + " MiB of log text";
    }
  }

  /** Anything else that is only shown, never measured: e.g. a worker's CPU time at its end. */
  record Note(String text) implements EventSubject {
    public Note {
      Objects.requireNonNull(text, "text");
    }
  }
}
