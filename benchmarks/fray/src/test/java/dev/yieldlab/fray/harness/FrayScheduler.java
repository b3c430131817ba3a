package dev.yieldlab.fray.harness;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Fray 0.9.2's schedulers that {@code @FrayTest} can name (it instantiates one through a no-argument
 * constructor, which SURWScheduler lacks), by the key run.sh and the TSV use, with the test methods
 * of {@link dev.yieldlab.fray.RaceUnderFray} that run each.
 */
enum FrayScheduler {
  FIFO("fifo", "Fifo", "FifoScheduler: always the first runnable thread; one schedule, the baseline"),
  RANDOM("random", "Random", "RandomScheduler: a uniformly random runnable thread at every point"),
  PCT("pct", "Pct", "PCTScheduler(): 3 priority change points (depth 4), Fray's default PCT"),
  PCT_D2("pct-d2", "PctDepth2", "PCTScheduler with 1 change point (depth 2), through PctDepth2Scheduler"),
  POS("pos", "Pos", "POSScheduler: partial order sampling; @FrayTest's default scheduler in 0.9.2"),
  FEST("fest", "Fest", "FestScheduler(): feedback-guided mutation of POS's random choices");

  private final String key;
  private final String methodSuffix;
  private final String description;

  FrayScheduler(String key, String methodSuffix, String description) {
    this.key = key;
    this.methodSuffix = methodSuffix;
    this.description = description;
  }

  String key() {
    return key;
  }

  String description() {
    return description;
  }

  String findMethod() {
    return "find" + methodSuffix;
  }

  String rateMethod() {
    return "rate" + methodSuffix;
  }

  String rateFastMethod() {
    return "rateFast" + methodSuffix;
  }

  static FrayScheduler of(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no scheduler '" + key + "'; schedulers: " + keys()));
  }

  static String keys() {
    return Arrays.stream(values()).map(FrayScheduler::key).collect(Collectors.joining(", "));
  }
}
