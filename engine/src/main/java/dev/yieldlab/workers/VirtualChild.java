package dev.yieldlab.workers;

import dev.yieldlab.api.workers.VirtualThreadEvent;

import dev.yieldlab.api.strand.StrandBody;
import dev.yieldlab.api.strand.StrandProgram;
import dev.yieldlab.api.workers.CpuBody;
import dev.yieldlab.api.workers.PinnedEvent;
import dev.yieldlab.api.workers.WorkerSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The virtual-thread side of a child JVM ({@link WorkerMain}'s {@code strands} and {@code
 * virtual-workers} modes), started with the scheduler's parallelism set: runs a {@link StrandProgram}
 * whose strands are virtual threads, or N CPU-bound workers each a virtual thread, records what
 * happened to each (its own events, the state watcher's, JFR's pinned events) and prints it all in
 * the child protocol once they have ended.
 */
final class VirtualChild {

  /** How often the state watcher samples the virtual threads, in µs: the resolution of WAKE and PINNED times. */
  static final long WATCH_MICROS = 200;

  private VirtualChild() {}

  /** {@code strands <program class> [key=value ...]}: the program's main body is the virtual thread {@code main}. */
  static void runProgram(String[] args) throws Exception {
    @SuppressWarnings("unchecked")
    Class<? extends StrandBody> main = (Class<? extends StrandBody>) Class.forName(args[1]);
    Map<String, String> arguments = new TreeMap<>();
    for (int i = 2; i < args.length; i++) {
      int equals = args[i].indexOf('=');
      arguments.put(args[i].substring(0, equals), args[i].substring(equals + 1));
    }
    StrandProgram program = new StrandProgram(main, arguments);
    List<VirtualStrand> strands = new CopyOnWriteArrayList<>();
    StateWatcher watcher = new StateWatcher(WATCH_MICROS * 1_000);
    List<PinnedEvent> pinned;
    long start;
    long end;
    try (PinnedRecording recording = new PinnedRecording()) {
      watcher.start();
      start = System.nanoTime();
      VirtualStrand root = VirtualStrand.start("main", program.newMain(), program.arguments(), strand -> {
        strands.add(strand);
        watcher.watch(strand);
      });
      root.thread().join();
      for (VirtualStrand strand : strands) {
        strand.thread().join(); // strands the program did not join still count
      }
      end = System.nanoTime();
      pinned = recording.stop();
    }
    List<VirtualThreadEvent> events = new ArrayList<>(watcher.stop());
    strands.forEach(strand -> events.addAll(strand.events()));
    print(events, pinned, end - start);
    if (strands.stream().anyMatch(VirtualStrand::failed)) {
      System.out.flush();
      System.exit(1); // the stack trace is on stderr already; the parent reports it with the exit code
    }
  }

  /** {@code virtual-workers <count> <body class> <iterations>}: N virtual threads that each compute the body once. */
  static void runWorkers(String[] args) throws InterruptedException {
    int count = Integer.parseInt(args[1]);
    CpuBody body = Bodies.instantiate(args[2]);
    long iterations = Long.parseLong(args[3]);
    WorkerMain.warmUp(body);
    List<WorkerSpan> spans = new CopyOnWriteArrayList<>();
    List<List<VirtualThreadEvent>> events = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 1; i <= count; i++) {
      String name = "virtual-thread-" + i;
      List<VirtualThreadEvent> own = new ArrayList<>();
      events.add(own);
      threads.add(Thread.ofVirtual().name(name).start(() -> spans.add(VirtualCompute.run(name, body, iterations, own))));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    long end = System.nanoTime();
    spans.stream().sorted(Comparator.comparing(WorkerSpan::worker)).forEach(span -> System.out.println(ChildProtocol.span(span)));
    print(events.stream().flatMap(List::stream).toList(), List.of(), end - start);
  }

  private static void print(List<VirtualThreadEvent> events, List<PinnedEvent> pinned, long elapsedNanos) {
    events.stream().sorted(Comparator.comparingLong(VirtualThreadEvent::epochNanos))
        .forEach(event -> System.out.println(VirtualThreadProtocol.event(event)));
    pinned.forEach(event -> System.out.println(VirtualThreadProtocol.pinned(event)));
    System.out.println(VirtualThreadProtocol.scheduler(CarrierAccess.schedulerParallelism(), CarrierAccess.schedulerTasksTaken()));
    System.out.println(ChildProtocol.elapsed(elapsedNanos));
  }
}
