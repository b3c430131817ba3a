package dev.yieldlab.workers;

import dev.yieldlab.api.workers.VirtualThreadEvent;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.strand.StrandProgram;
import dev.yieldlab.api.workers.StrandRun;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.kernel.MachineLoad;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link StrandProgram} as virtual threads in a child JVM whose scheduler has the plan's
 * carriers, then puts every virtual thread's lane into the loop's timeline. The child is like every
 * other: no shell, killed with its descendants at the timeout, gone when this JVM dies, and a failure
 * gives its exit code and stderr tail.
 */
final class VirtualThreadRunner {

  private VirtualThreadRunner() {}

  static StrandRun run(Workers plan, Loop loop, StrandProgram program) {
    List<String> arguments = new ArrayList<>(List.of(WorkerMain.STRANDS, program.main().getName()));
    program.arguments().forEach((key, value) -> arguments.add(key + "=" + value));
    MachineLoad.Reading before = MachineLoad.read();
    ChildProcess child = ChildProcess.start("virtual-threads " + program.describe(),
        ChildCommand.of(plan, plan.isPinnedToOneCpu(), arguments));
    try {
      ChildProcess.awaitAll(List.of(child), plan.timeoutValue());
      List<String> lines = child.stdoutLines();
      long elapsed = ChildProtocol.elapsedNanos(lines).orElseThrow(
          () -> child.withoutReport("an '" + ChildProtocol.ELAPSED + "' line"));
      VirtualThreadProtocol.Scheduler scheduler = VirtualThreadProtocol.scheduler(lines).orElseThrow(
          () -> child.withoutReport("a '" + VirtualThreadProtocol.SCHEDULER + "' line"));
      List<VirtualThreadEvent> events = VirtualThreadProtocol.events(lines);
      StrandRun run = new StrandRun(program.describe(), WorkerKind.VIRTUAL_THREADS, scheduler.parallelism(),
          Duration.ofNanos(elapsed), scheduler.tasksTaken(), events, VirtualThreadProtocol.pinnedEvents(lines),
          MachineLoad.foreignCpus(before, MachineLoad.read()));
      if (loop != null) {
        loop.recordOutside(VirtualThreadLanes.of(events));
      }
      return run;
    } finally {
      child.kill();
    }
  }
}
