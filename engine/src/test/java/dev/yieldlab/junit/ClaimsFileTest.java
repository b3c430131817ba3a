package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.junit.fixtures.PassingFixture;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A user's own yieldlab/claims.tsv, as the engine reads it at discovery: from the test class path
 * (here a directory put on the thread's context class loader, as Surefire's class path would be).
 */
@DisplayName("The claims file")
class ClaimsFileTest {

  @TempDir Path classpath;

  @Test
  @DisplayName("a line without a TAB is a WARNING at its line and one failing test, and the experiments still run")
  void lineWithoutTab() throws Exception {
    claims("# the claims\nF1    two sleeping tasks take turns\n");

    String message = "yieldlab/claims.tsv line 2 has no TAB between the claim id and its sentence: write the id,"
        + " one TAB, then the sentence (an editor may have turned the TAB into spaces):"
        + " \"F1    two sleeping tasks take turns\"";
    assertSingleWarning(message, ClasspathResourceSource.from("yieldlab/claims.tsv", FilePosition.from(2)));

    EngineExecutionResults results = execute();
    assertThat(failureOf(results, "claims:yieldlab/claims.tsv"))
        .isInstanceOf(InvalidExperimentException.class).hasMessage(message);
    results.testEvents().assertStatistics(stats -> stats.succeeded(4).failed(1));
  }

  @Test
  @DisplayName("every malformed line is named: a missing id, a missing sentence, a claim listed twice")
  void everyProblemIsNamed() throws Exception {
    claims("F1\tfirst\n\tno id\nF2\t \nF1\tagain\n");

    EngineExecutionResults results = execute();
    assertThat(failureOf(results, "claims:yieldlab/claims.tsv").getMessage().lines()).containsExactly(
        "yieldlab/claims.tsv line 2 starts with a TAB, so it names no claim: put the claim id (as in"
            + " @Experiment(claim = ...)) before the TAB",
        "yieldlab/claims.tsv line 3: claim 'F2' has no sentence after its TAB: write the sentence the claim tests,"
            + " or delete the line",
        "yieldlab/claims.tsv line 4: claim 'F1' is listed again (first on line 1): keep one line per claim");
  }

  @Test
  @DisplayName("an experiment's claim missing from the file is a WARNING at the experiment, not a failure")
  void claimMissingFromTheFile() throws Exception {
    claims("F9\tanother claim\n");

    assertSingleWarning("claim 'F1' of @Experiment PassingFixture is not in yieldlab/claims.tsv, so the claims ledger"
        + " has no sentence for it: add a line F1<TAB>the sentence it tests", ClassSource.from(PassingFixture.class));
    EngineExecutionResults results = execute();
    results.testEvents().assertStatistics(stats -> stats.succeeded(4).failed(0));
  }

  @Test
  @DisplayName("a well-formed file that lists every claim, or no file at all, says nothing")
  void wellFormedOrAbsent() throws Exception {
    assertThat(virtual().selectors(selectClass(PassingFixture.class)).discover().getDiscoveryIssues()).isEmpty();
    claims("# comment\n\nF1\ttwo sleeping tasks take turns\n");
    assertThat(issues()).isEmpty();
  }

  private void assertSingleWarning(String message, TestSource source) throws Exception {
    assertThat(issues()).singleElement().satisfies(issue -> {
      assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
      assertThat(issue.message()).isEqualTo(message);
      assertThat(issue.source()).contains(source);
    });
  }

  /** Discovery of PassingFixture (claim F1) with the claims file on the class path. */
  private List<DiscoveryIssue> issues() throws Exception {
    return withClaimsFile(() -> virtual().selectors(selectClass(PassingFixture.class)).discover().getDiscoveryIssues());
  }

  private EngineExecutionResults execute() throws Exception {
    return withClaimsFile(() -> virtual().selectors(selectClass(PassingFixture.class)).execute());
  }

  private void claims(String text) throws Exception {
    Files.createDirectories(classpath.resolve("yieldlab"));
    Files.writeString(classpath.resolve("yieldlab/claims.tsv"), text, StandardCharsets.UTF_8);
  }

  private <T> T withClaimsFile(Supplier<T> action) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, previous)) {
      thread.setContextClassLoader(loader);
      return action.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
