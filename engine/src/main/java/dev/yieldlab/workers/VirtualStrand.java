package dev.yieldlab.workers;

import dev.yieldlab.api.workers.VirtualThreadEvent;

import dev.yieldlab.api.strand.Strand;
import dev.yieldlab.api.strand.StrandBody;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A {@link Strand} that is a virtual thread of a child JVM: each call is the JDK's own ({@code
 * Thread.sleep}, {@code Thread.yield}, {@code Thread.join}) between two events the thread records of
 * itself, with the carrier it is mounted on. Its events are its own list, written only by its thread
 * and read once it has ended, so recording takes no lock. While a call is under way ({@link #call})
 * the state watcher leaves the thread's state changes to it, and records only what the thread cannot
 * see: being unparked (queued for a carrier) or blocked while pinned.
 */
final class VirtualStrand implements Strand {

  /** What the thread is doing, for the state watcher: a volatile byte, set around each call. */
  enum Call { STARTING, NONE, SLEEP, YIELD, JOIN, ENDED }

  private final String name;
  private final Map<String, String> arguments;
  private final Consumer<VirtualStrand> started;
  private final List<VirtualThreadEvent> events = new ArrayList<>();
  private volatile Call call = Call.STARTING;
  /** Bumped before each change of {@link #call}: a watcher's sample spanning a change is thrown away (a seqlock). */
  private volatile int callChanges;
  private volatile Throwable failure;
  private Thread thread;

  private VirtualStrand(String name, Map<String, String> arguments, Consumer<VirtualStrand> started) {
    this.name = name;
    this.arguments = arguments;
    this.started = started;
  }

  /** Starts {@code body} as a virtual thread named {@code name}; {@code started} hears of it and of every strand it spawns. */
  static VirtualStrand start(String name, StrandBody body, Map<String, String> arguments, Consumer<VirtualStrand> started) {
    VirtualStrand strand = new VirtualStrand(name, arguments, started);
    strand.thread = Thread.ofVirtual().name(name).unstarted(() -> strand.runBody(body));
    started.accept(strand);
    strand.thread.start();
    return strand;
  }

  private void runBody(StrandBody body) {
    record(VirtualThreadEvent.Kind.START, "", 0);
    enter(Call.NONE);
    try {
      body.run(this);
      record(VirtualThreadEvent.Kind.END, "", 0);
    } catch (Throwable thrown) {
      record(VirtualThreadEvent.Kind.FAIL, thrown.toString(), 0);
      failure = thrown;
      // Uncaught, so the JVM prints its stack trace on stderr, whose tail the parent reports.
      throw thrown instanceof RuntimeException r ? r : new IllegalStateException(thrown);
    } finally {
      enter(Call.ENDED);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void sleep(Duration duration) {
    around(Call.SLEEP, VirtualThreadEvent.Kind.SLEEP, "", duration.toNanos(), () -> Thread.sleep(duration));
  }

  @Override
  public void yieldNow() {
    around(Call.YIELD, VirtualThreadEvent.Kind.YIELD, "", 0, Thread::yield);
  }

  @Override
  public void log(String message) {
    record(VirtualThreadEvent.Kind.LOG, message, 0);
  }

  @Override
  public Handle spawn(String child, StrandBody body) {
    VirtualStrand spawned = start(child, body, arguments, started);
    return Handle.of(child, () -> {
      around(Call.JOIN, VirtualThreadEvent.Kind.PARK, "join(" + child + ")", 0, spawned.thread::join);
      if (spawned.failure != null) {
        throw new IllegalStateException("strand '" + child + "' failed: " + spawned.failure, spawned.failure);
      }
    });
  }

  @Override
  public Map<String, String> arguments() {
    return arguments;
  }

  /** A blocking call between the event that says so and the RUN that says on which carrier it came back. */
  private void around(Call kind, VirtualThreadEvent.Kind event, String detail, long sleepNanos, Blocking blocking) {
    enter(kind);
    record(event, detail, sleepNanos);
    try {
      blocking.run();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("virtual thread '" + name + "' was interrupted in " + kind, interrupted);
    } finally {
      record(VirtualThreadEvent.Kind.RUN, "", 0);
      enter(Call.NONE);
    }
  }

  /** A call's event is recorded after entering it, its RUN before leaving it: the order the state watcher relies on. */
  private void enter(Call next) {
    callChanges++; // only this strand's thread writes it
    call = next;
  }

  private void record(VirtualThreadEvent.Kind kind, String detail, long sleepNanos) {
    events.add(new VirtualThreadEvent(name, kind, LaneClock.epochNanos(System.nanoTime()),
        CarrierAccess.carrierOf(Thread.currentThread()), detail, sleepNanos, false));
  }

  boolean failed() {
    return failure != null;
  }

  Call call() {
    return call;
  }

  int callChanges() {
    return callChanges;
  }

  Thread thread() {
    return thread;
  }

  /** Its own events; complete once its thread has ended (read after a join). */
  List<VirtualThreadEvent> events() {
    return events;
  }

  @FunctionalInterface
  private interface Blocking {
    void run() throws InterruptedException;
  }
}
