package dev.yieldlab.junit;

import dev.yieldlab.reporting.ClaimSentences;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * The claims file ({@value ClaimSentences#RESOURCE}) checked at discovery, where a mistake in it can
 * still be shown at its line. Each line that says no claim is a WARNING discovery issue and, together,
 * one failing test of that name, so the build fails instead of the ledger quietly losing a sentence;
 * an experiment's claim that a non-empty file does not list is only a warning, since the ledger then
 * says "no sentence" where the reader will see it.
 */
final class ClaimsFileDescriptor extends YieldlabDescriptor {

  static final String SEGMENT = "claims";

  private final String message;

  private ClaimsFileDescriptor(TestDescriptor engine, ClaimSentences.Problem first, String message) {
    super(engine.getUniqueId().append(SEGMENT, ClaimSentences.RESOURCE), ClaimSentences.RESOURCE,
        source(first.line()), Type.TEST, Set.of());
    this.message = message;
  }

  /** Checks the claims file against the experiments discovered below {@code engine}. */
  static void check(TestDescriptor engine, DiscoveryIssueReporter issues) {
    List<ExperimentModel> experiments = engine.getChildren().stream()
        .filter(ExperimentDescriptor.class::isInstance).map(child -> ((ExperimentDescriptor) child).model())
        .toList();
    if (experiments.isEmpty()) {
      return;
    }
    ClaimSentences claims = ClaimSentences.load();
    List<ClaimSentences.Problem> problems = claims.problems();
    problems.forEach(problem -> issues.reportIssue(
        DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, problem.message()).source(source(problem.line()))));
    if (!problems.isEmpty()) {
      String message = problems.stream().map(ClaimSentences.Problem::message).collect(Collectors.joining("\n"));
      engine.addChild(new ClaimsFileDescriptor(engine, problems.getFirst(), message));
    }
    if (claims.asMap().isEmpty()) {
      return; // no claims file (or none that parses): the ledger lists claims without sentences
    }
    for (ExperimentModel experiment : experiments) {
      experiment.claims().stream().filter(claim -> !claims.asMap().containsKey(claim)).forEach(claim ->
          issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, "claim '" + claim
              + "' of @Experiment " + experiment.type().getSimpleName() + " is not in " + ClaimSentences.RESOURCE
              + ", so the claims ledger has no sentence for it: add a line " + claim + "<TAB>the sentence it tests")
              .source(ClassSource.from(experiment.type()))));
    }
  }

  private static ClasspathResourceSource source(int line) {
    return ClasspathResourceSource.from(ClaimSentences.RESOURCE, FilePosition.from(line));
  }

  @Override
  public YieldlabExecutionContext execute(YieldlabExecutionContext context, DynamicTestExecutor executor) {
    throw new InvalidExperimentException(message);
  }
}
