package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.real;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.junit.fixtures.workers.WorkerVariantsFixture;
import dev.yieldlab.workers.ExitingBody;
import dev.yieldlab.workers.WorkerFailedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Kinds of workers declared as variants, run through the real engine: each fails or passes alone. */
@DisplayName("Worker kinds declared as variants")
class EngineWorkerVariantsTest {

  @Test
  @DisplayName("a child that exits non-zero fails its variant with the exit code; a typo fails its own; the rest pass")
  void brokenVariantsFailAlone() {
    EngineExecutionResults results = real().selectors(selectClass(WorkerVariantsFixture.class)).execute();

    assertThat(resultOf(results, "variant:threads").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(resultOf(results, "variant:gil threads").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(failureOf(results, "variant:crashing process"))
        .isInstanceOf(WorkerFailedException.class)
        .hasMessageContaining("exited with code " + ExitingBody.EXIT_CODE)
        .hasMessageContaining("fixture: giving up with exit code " + ExitingBody.EXIT_CODE);
    assertThat(failureOf(results, "variant:typo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variant 'typo' sets [pinnned], which workers do not read: use [carriers, kind, pinned,"
            + " switch-interval, workers]");
    assertThat(resultOf(results, "check:threadsComputedSideBySide").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(resultOf(results, "check:crashedProcessHasNoEvidence").getStatus()).isEqualTo(Status.ABORTED);
  }
}
