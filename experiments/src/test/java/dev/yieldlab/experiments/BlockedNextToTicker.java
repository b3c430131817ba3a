package dev.yieldlab.experiments;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.yieldlab.api.strand.Strand;
import dev.yieldlab.api.strand.StrandBody;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;

/**
 * A {@code ticker} that sleeps {@code tick-ms} and logs, over and over, and a {@code blocker} that
 * blocks for {@code hold-ms} in one of four ways ({@code block}): sleeping inside {@code synchronized},
 * in {@code Object.wait}, inside a class initializer, or inside an FFM upcall from C's {@code qsort}
 * (a native frame under it). With one carrier, the ticker's lane says whether the blocker freed the
 * carrier or pinned it.
 */
public final class BlockedNextToTicker implements StrandBody {

  private static final Object MONITOR = new Object();
  /** The hold, for the class initializer and the upcall, which take no arguments. */
  static volatile long holdMillis;
  private static volatile boolean upcallSlept;
  /**
   * Set when the blocker is done: the ticker ticks until then and a few ticks more, whatever the
   * blocker's set-up costs. A fixed number of ticks raced the FFM case's first linker and upcall stub,
   * which took long enough in one CI run for the ticker to finish before the hold began (worst lag 3.6 ms).
   */
  private static volatile boolean blockerDone;

  @Override
  public void run(Strand main) throws Exception {
    String block = main.argument("block");
    holdMillis = Long.parseLong(main.argument("hold-ms", "300"));
    Duration tick = Duration.ofMillis(Long.parseLong(main.argument("tick-ms", "10")));
    int ticksAfter = (int) (holdMillis / tick.toMillis());
    upcallSlept = false;
    blockerDone = false;
    Strand.Handle ticker = main.spawn("ticker", self -> {
      while (!blockerDone) {
        self.sleep(tick);
      }
      for (int i = 0; i < ticksAfter; i++) {
        self.sleep(tick);
      }
      self.log("ticker done");
    });
    main.sleep(Duration.ofMillis(holdMillis / 2)); // the ticker ticks a while before the blocker blocks
    Strand.Handle blocker = main.spawn("blocker", self -> {
      self.log("blocker blocks: " + block);
      try {
        block(block);
        self.log("blocker done");
      } finally {
        blockerDone = true; // a blocker that fails must not leave the ticker ticking until the run's timeout
      }
    });
    blocker.join();
    ticker.join();
  }

  private static void block(String how) throws Exception {
    switch (how) {
      case "synchronized" -> {
        synchronized (MONITOR) {
          Thread.sleep(holdMillis);
        }
      }
      case "object-wait" -> {
        synchronized (MONITOR) {
          MONITOR.wait(holdMillis);
        }
      }
      case "class-init" -> SlowlyInitialized.touch();
      case "ffm-upcall" -> sortThroughQsort();
      default -> throw new IllegalArgumentException("block=" + how + ": use synchronized, object-wait, class-init or ffm-upcall");
    }
  }

  /** C's {@code qsort} sorting three ints with a Java comparator: its first call sleeps, a native frame below it. */
  private static void sortThroughQsort() throws Exception {
    Linker linker = Linker.nativeLinker();
    MethodHandle qsort = linker.downcallHandle(linker.defaultLookup().find("qsort").orElseThrow(),
        FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS));
    MethodHandle compare = MethodHandles.lookup().findStatic(BlockedNextToTicker.class, "compare",
        MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment comparator = linker.upcallStub(compare,
          FunctionDescriptor.of(JAVA_INT, ADDRESS.withTargetLayout(JAVA_INT), ADDRESS.withTargetLayout(JAVA_INT)), arena);
      MemorySegment numbers = arena.allocateFrom(JAVA_INT, 3, 1, 2);
      qsort.invokeExact(numbers, 3L, JAVA_INT.byteSize(), comparator);
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static int compare(MemorySegment a, MemorySegment b) {
    if (!upcallSlept) {
      upcallSlept = true;
      try {
        Thread.sleep(holdMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return Integer.compare(a.get(JAVA_INT, 0), b.get(JAVA_INT, 0));
  }

  /** A class whose initializer sleeps: a virtual thread that initializes it cannot unmount meanwhile. */
  static final class SlowlyInitialized {
    static {
      try {
        Thread.sleep(holdMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    static void touch() {
      // initializing the class is the point
    }
  }
}
