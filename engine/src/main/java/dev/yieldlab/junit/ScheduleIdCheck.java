package dev.yieldlab.junit;

import dev.yieldlab.api.explore.ScheduleId;
import dev.yieldlab.explore.RunFingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * {@code -Dyieldlab.schedule=<id>} checked at discovery: an id that is not one, or one made for a run
 * that is not among the selected explored runs (another experiment, a renamed run), is a warning that
 * says which runs are selected and how to select the right one. The runs themselves then explore as
 * usual; a malformed id also fails each explored run with the same message, and nothing else.
 */
final class ScheduleIdCheck {

  private ScheduleIdCheck() {}

  static void check(TestDescriptor engine, ConfigurationParameters parameters, DiscoveryIssueReporter issues) {
    Optional<String> given = parameters.get(ExplorationPlan.SCHEDULE);
    if (given.isEmpty()) {
      return;
    }
    ScheduleId id;
    try {
      id = ScheduleId.parse(given.get(), ExplorationPlan.SCHEDULE);
    } catch (IllegalArgumentException malformed) {
      issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, malformed.getMessage()));
      return;
    }
    List<String> explored = new ArrayList<>();
    for (TestDescriptor child : engine.getChildren()) {
      if (child instanceof ExperimentDescriptor experiment) {
        for (RunMethod run : experiment.model().runs().values()) {
          if (run.explore().isEmpty()) {
            continue;
          }
          for (var variant : run.variants()) {
            RunFingerprint fingerprint = RunFingerprint.of(experiment.model().type(), run.name(),
                run.hasDeclaredVariants() ? variant.name() : null);
            if (fingerprint.run().equals(id.run())) {
              return;
            }
            explored.add(fingerprint.label() + " (" + fingerprint.run() + ")");
          }
        }
      }
    }
    issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, ExplorationPlan.SCHEDULE + "=" + id
        + " was made for another run: its first four digits, " + id.run() + ", name none of the selected explored runs "
        + explored + ". Select the check its failure message named, e.g. -Dtest=SomeExperiment#someCheck; the selected"
        + " runs explore as usual"));
  }
}
