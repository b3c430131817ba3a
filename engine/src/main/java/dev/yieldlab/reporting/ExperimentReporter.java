package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.timing.TimingVerdict;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Observes an engine execution to report it somewhere (Allure results, for one). Implementations are
 * found with {@link java.util.ServiceLoader} ({@code META-INF/services/dev.yieldlab.reporting.ExperimentReporter})
 * and called on the thread that executes the test concerned, between the platform's
 * {@code executionStarted} and {@code executionFinished} for it, so thread-bound reporting APIs see the
 * right test. A reporter that throws is logged and ignored: reporting must never change an outcome.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ExperimentReporter {

  /** A run's loop has ended (normally or not); its test has not finished yet. */
  default void runFinished(RunReport run) {}

  /** A check is about to read its runs. */
  default void checkStarted(CheckReport check) {}

  /**
   * A check has returned ({@code failure} empty) or thrown: an assertion error, an abort because a
   * run it reads failed, or any other exception.
   */
  default void checkFinished(CheckReport check, Optional<Throwable> failure) {}

  /** A check published a value through its {@link dev.yieldlab.api.Report}. */
  default void checkEntry(CheckReport check, String key, String value) {}

  /** A check published what it found, a sentence for the claims ledger ({@link dev.yieldlab.api.Report#finding}). */
  default void checkFinding(CheckReport check, String sentence) {}

  /**
   * A check reached a timing verdict ({@link dev.yieldlab.api.timing.TimingVerdict}: confirmed, refuted or
   * inconclusive, with its estimate, band and every pair), in its final run: before {@link #checkFinished}.
   */
  default void checkTiming(CheckReport check, TimingVerdict verdict) {}

  /** How far a check's evidence reaches (a timing claim's interval), typed for the ledger: before {@link #checkFinished}. */
  default void checkScope(CheckReport check, EvidenceScope scope) {}

  /** A check published a table through its {@link dev.yieldlab.api.Report}. */
  default void checkTable(CheckReport check, String title, List<String> header, List<List<String>> rows) {}

  /** Every experiment of this engine execution has finished. */
  default void executionFinished() {}
}
