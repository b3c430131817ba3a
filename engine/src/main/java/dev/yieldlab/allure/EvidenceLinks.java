package dev.yieldlab.allure;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.explore.Exploration;
import dev.yieldlab.reporting.CheckReport;
import dev.yieldlab.reporting.OutcomeCollector;
import dev.yieldlab.reporting.RunReport;
import io.qameta.allure.Allure;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the ledger's evidence is among the Allure results: the history id of each check's result and of
 * the results of the runs it read, so that the report's first page ({@link LedgerDocument}, shown by
 * yieldlab's Allure plugin) links each claim to its checks and runs. A history id is the one identity
 * of a result that survives into the report (the report gives every result a new uid), and it carries
 * the machine ({@link MachineParameter}). Keyed by typed identities, never by text read back: a run by
 * its experiment class and its label (name and variant), a check by its location (class#method).
 */
final class EvidenceLinks {

  /** One run a check read: its label, and its result's history id when the run was recorded here. */
  record RunLink(String label, Optional<String> historyId) {}

  /** A check's result and the runs it read. */
  record CheckLinks(String historyId, List<RunLink> runs) {
    CheckLinks {
      runs = List.copyOf(runs);
    }
  }

  private final Map<String, String> runs = new ConcurrentHashMap<>();
  private final Map<String, CheckLinks> checks = new ConcurrentHashMap<>();

  /** Called on the run's thread, after its history id got the machine. */
  void runRecorded(RunReport run) {
    currentHistoryId().ifPresent(id -> runs.put(runKey(run.experiment().type(), run.result().label()), id));
  }

  /** Called on the check's thread, after its history id got the machine; its runs finished before it. */
  void checkRecorded(CheckReport check) {
    Set<String> labels = new LinkedHashSet<>();
    check.read().stream().map(RunResult::label).forEach(labels::add);
    check.explored().stream().map(Exploration::fifo).map(RunResult::label).forEach(labels::add);
    List<RunLink> read = labels.stream()
        .map(label -> new RunLink(label, Optional.ofNullable(runs.get(runKey(check.experiment().type(), label)))))
        .toList();
    currentHistoryId().ifPresent(id -> checks.put(OutcomeCollector.location(check), new CheckLinks(id, read)));
  }

  /** The links of the check at {@code location} ({@code class#method}), if its result was recorded. */
  Optional<CheckLinks> check(String location) {
    return Optional.ofNullable(checks.get(location));
  }

  private static String runKey(Class<?> experiment, String label) {
    return experiment.getName() + "#" + label;
  }

  private static Optional<String> currentHistoryId() {
    AtomicReference<String> id = new AtomicReference<>();
    Allure.getLifecycle().updateTestCase(result -> id.set(result.getHistoryId()));
    return Optional.ofNullable(id.get());
  }
}
