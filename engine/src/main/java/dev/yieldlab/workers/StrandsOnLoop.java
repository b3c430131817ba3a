package dev.yieldlab.workers;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.strand.StrandProgram;
import dev.yieldlab.api.workers.StrandRun;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.kernel.MachineLoad;
import java.time.Duration;
import java.util.List;

/** A strand program as coroutines of the run's own loop: the virtual threads' twin, timed on the loop's clock. */
final class StrandsOnLoop {

  private StrandsOnLoop() {}

  static StrandRun run(Loop loop, StrandProgram program) {
    MachineLoad.Reading before = MachineLoad.read();
    Duration start = loop.elapsed();
    try {
      program.runOn(loop);
    } catch (RuntimeException | Error failure) {
      throw failure;
    } catch (Exception checked) {
      throw new WorkerFailedException("strand program " + program.describe() + " failed on the loop: " + checked, checked);
    }
    return new StrandRun(program.describe(), WorkerKind.COROUTINES, 1, loop.elapsed().minus(start), 0, List.of(), List.of(),
        MachineLoad.foreignCpus(before, MachineLoad.read()));
  }
}
