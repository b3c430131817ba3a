package dev.yieldlab.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.Yields;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.Workers;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Workers declared as a variant's parameters, and what a malformed declaration tells its author. */
@DisplayName("Workers.of(variant)")
class WorkerVariantTest {

  @Test
  @DisplayName("reads kind, count, pinning and switch interval")
  void readsEveryParameter() {
    Workers workers = Workers.of(variant(Map.of("kind", "gil_threads", "workers", "3", "pinned", "true",
        "switch-interval", "250us")));

    assertThat(workers.kind()).isEqualTo(WorkerKind.GIL_THREADS);
    assertThat(workers.workerCount()).isEqualTo(3);
    assertThat(workers.isPinnedToOneCpu()).isTrue();
    assertThat(workers.switchIntervalValue()).isEqualTo(Duration.ofNanos(250_000));
  }

  @Test
  @DisplayName("defaults to one worker per processor, unpinned, CPython's 5 ms switch interval")
  void defaultsAsWorkersOf() {
    Workers workers = Workers.of(variant(Map.of("kind", "PROCESSES")));

    assertThat(workers.workerCount()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(workers.isPinnedToOneCpu()).isFalse();
    assertThat(workers.switchIntervalValue()).isEqualTo(Workers.DEFAULT_SWITCH_INTERVAL);
  }

  @Test
  @DisplayName("names the variant and the fix for each malformed parameter")
  void malformedParameters() {
    assertThatThrownBy(() -> Workers.of(variant(Map.of("kind", "PROCESSES", "pinnned", "true"))))
        .hasMessage("variant 'v' sets [pinnned], which workers do not read: use [carriers, kind, pinned, switch-interval, workers]");
    assertThatThrownBy(() -> Workers.of(variant(Map.of())))
        .hasMessageStartingWith("variant 'v' sets no kind: add params = \"kind=PROCESSES\"");
    assertThatThrownBy(() -> Workers.of(variant(Map.of("kind", "fibers"))))
        .hasMessage("variant 'v' has kind=fibers, which is not a kind of worker: use one of COROUTINES, PROCESSES,"
            + " THREADS, GIL_THREADS, VIRTUAL_THREADS");
    assertThatThrownBy(() -> Workers.of(variant(Map.of("kind", "THREADS", "workers", "0"))))
        .hasMessageStartingWith("variant 'v' has workers=0: write a whole number of at least 1");
    assertThatThrownBy(() -> Workers.of(variant(Map.of("kind", "THREADS", "pinned", "yes"))))
        .hasMessage("variant 'v' has pinned=yes: write pinned=true to run every worker on CPU 0");
    assertThatThrownBy(() -> Workers.of(variant(Map.of("kind", "GIL_THREADS", "switch-interval", "5"))))
        .hasMessage("variant 'v' switch-interval = \"5\" is not a duration: write a whole number with us, ms, s or m,"
            + " e.g. \"10s\"");
    assertThatThrownBy(() -> Workers.of(variant(Map.of("kind", "GIL_THREADS", "switch-interval",
        "99999999999999999999us"))))
        .hasMessageStartingWith("variant 'v' switch-interval = \"99999999999999999999us\" is too long");
  }

  @Test
  void carriersAreTheVirtualThreadSchedulersParallelism() {
    assertThat(Workers.of(variant(Map.of("kind", "VIRTUAL_THREADS", "carriers", "1"))).carrierCount()).isEqualTo(1);
    assertThat(Workers.of(variant(Map.of("kind", "virtual_threads"))).carrierCount())
        .as("one per processor by default").isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  /** A malformed carriers value fails the variant in the parent, before the JDK would fail in the child's scheduler. */
  @Test
  void malformedCarriersFailTheVariantWithTheFix() {
    String fix = ": write a whole number from 1 to 32767 (the virtual-thread scheduler's parallelism), or leave it out"
        + " for one per processor (" + Runtime.getRuntime().availableProcessors() + " here)";
    for (String value : new String[] {"two", "0", "-1", "32768", "1.5", ""}) {
      assertThatThrownBy(() -> Workers.of(variant(Map.of("kind", "VIRTUAL_THREADS", "carriers", value))))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("variant 'v' has carriers=" + value + fix);
    }
    assertThatThrownBy(() -> Workers.of(variant(Map.of("kind", "THREADS", "carriers", "2"))))
        .hasMessage("variant 'v' sets carriers=2 for kind=THREADS: carriers are the virtual-thread scheduler's parallelism,"
            + " so they go with kind=VIRTUAL_THREADS only");
  }

  private static VariantSpec variant(Map<String, String> params) {
    return new VariantSpec("v", Yields.PLAIN, 0, Optional.empty(), params);
  }
}
