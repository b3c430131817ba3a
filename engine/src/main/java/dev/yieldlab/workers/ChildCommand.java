package dev.yieldlab.workers;

import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.Workers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM: this JVM's own {@code java} and class path, the export the loop
 * needs, a label to find it by in the process table, and {@code taskset -c 0} in front when pinned.
 * No shell is involved.
 */
final class ChildCommand {

  /** The system property on every child's command line that carries the run's label. */
  static final String LABEL_PROPERTY = "yieldlab.worker.label";

  private ChildCommand() {}

  static List<String> of(Workers plan, boolean pinned, List<String> mainArguments) {
    List<String> command = new ArrayList<>();
    if (pinned) {
      command.addAll(List.of(CpuPinning.tasksetPath(), "-c", "0"));
    }
    command.add(javaBinary());
    // One GC thread and no perf-data file: the child is a measuring device, it should add little.
    command.addAll(List.of("-XX:+UseSerialGC", "-XX:-UsePerfData"));
    // Compilations complete before the calls that trigger them go on, so the warm-up really warms up.
    command.add("-XX:-BackgroundCompilation");
    // A pinned child running threads or coroutines hosts an EventLoop, i.e. a Continuation.
    command.addAll(List.of("--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"));
    if (plan.kind() == WorkerKind.VIRTUAL_THREADS) {
      // The scheduler's parallelism is JVM-wide: the reason virtual threads run in a child at all.
      command.add("-Djdk.virtualThreadScheduler.parallelism=" + plan.carrierCount());
      // CarrierAccess reads a virtual thread's carrier; a program may call native code (FFM) without a warning.
      command.addAll(List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED"));
    }
    command.add("-D" + LABEL_PROPERTY + "=" + plan.labelValue());
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(WorkerMain.class.getName());
    command.addAll(mainArguments);
    return command;
  }

  /** The {@code java} launcher of the running JVM, so children run the same JDK. */
  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
