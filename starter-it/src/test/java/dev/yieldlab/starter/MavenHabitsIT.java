package dev.yieldlab.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.starter.MavenRun.Outcome;
import dev.yieldlab.starter.MavenRun.TestCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What Maven users type, through real Maven and Surefire on the built starter (offline: everything
 * is in the repositories by then). docs/guide/command-line.md documents each.
 */
@DisplayName("Maven habits on the starter project")
class MavenHabitsIT {

  @Test
  @DisplayName("-Dtest=Experiment#check runs that check and the run it reads, and no other")
  void checkFromTheCommandLine() {
    assertThat(passingTest("-Dtest=WakeOrderExperiment#earliestDeadlineWakesFirst").testCases()).containsExactlyInAnyOrder(
        passed(Starter.WAKE_ORDER, "three sleeps of 30, 10 and 20 ms"),
        passed(Starter.WAKE_ORDER, "the earliest deadline wakes first"));
  }

  @Test
  @DisplayName("-Dtest=Experiment runs that experiment's runs and checks")
  void experimentFromTheCommandLine() {
    assertThat(passingTest("-Dtest=WakeOrderExperiment").testCases()).containsExactlyInAnyOrderElementsOf(
        passed(Starter.WAKE_ORDER, Starter.WAKE_ORDER_RUNS, Starter.WAKE_ORDER_CHECKS));
  }

  @Test
  @DisplayName("-Dgroups=<claim> runs the experiments of that claim")
  void claimFromTheCommandLine() {
    assertThat(passingTest("-Dgroups=overlap").testCases()).containsExactlyInAnyOrderElementsOf(
        passed(Starter.OVERLAP, Starter.OVERLAP_RUNS, Starter.OVERLAP_CHECKS));
  }

  @Test
  @DisplayName("-Dyieldlab.repetitions=9 measures each run of a timing check nine times")
  void repetitionsFromTheCommandLine() {
    MavenRun run = passingTest("-Dtest=SleepOverlapExperiment#gatheredSleepsOverlap", "-Dyieldlab.repetitions=9");

    assertThat(run.testCases()).containsExactlyInAnyOrder(
        passed(Starter.OVERLAP, "one 100 ms sleep"), passed(Starter.OVERLAP, "three 100 ms sleeps gathered"),
        passed(Starter.OVERLAP, Starter.OVERLAP_CHECKS.getFirst()));
    // Each measured run publishes how many repetitions its median is of (Open Test Reporting XML).
    assertThat(run.reportEntries("repetitions")).containsExactly("9", "9");
  }

  @Test
  @DisplayName("each mvn test starts from results of its own: the run before's are cleared, and it says so once")
  void resultsOfItsOwn() throws Exception {
    MavenRun run = passingTest("-Dtest=WakeOrderExperiment");

    assertThat(run.output().lines().filter(line -> line.contains("[yieldlab] cleared ")).toList()).as(run.tail())
        .singleElement().asString().contains("files of earlier runs from").contains("target/allure-results");
    List<String> results;
    try (Stream<Path> files = Files.list(run.project().resolve("target/allure-results"))) {
      results = files.filter(file -> file.toString().endsWith("-result.json"))
          .map(file -> readString(file)).toList();
    }
    assertThat(results).isNotEmpty().anyMatch(json -> json.contains("WakeOrderExperiment"))
        .noneMatch(json -> json.contains("SleepOverlapExperiment"));
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  @Test
  @DisplayName("-Dtest or -Dgroups that select nothing fail the build, instead of passing on nothing")
  void emptySelectionsFail() {
    for (String selection : List.of("-Dtest=WakeOrderExperiment#noSuchCheck", "-Dgroups=no-such-claim")) {
      MavenRun run = Maven.run(Starter.project(), "-o", "test", selection);
      assertThat(run.exitCode()).as(run.tail()).isNotZero();
      assertThat(run.output()).as(selection).contains("No tests were executed!");
    }
  }

  @Test
  @DisplayName("--fail-fast with -Dsurefire.skipAfterFailureCount=1: after the first failure the rest is skipped")
  void failFast() throws Exception {
    Starter.verified(); // resolves everything once, so this copy can build offline too
    Path copy = Maven.copyOfStarter("starter-fail-fast");
    // Sorted first by -Dsurefire.runOrder=alphabetical: its failing run comes before every other test.
    Files.writeString(copy.resolve("src/test/java/com/example/experiments/FailsFirstExperiment.java"), """
        package com.example.experiments;

        import dev.yieldlab.api.Experiment;
        import dev.yieldlab.api.Run;

        @Experiment(claim = "overlap", title = "Fails first")
        class FailsFirstExperiment {
          @Run("fails at once")
          void fails() {
            throw new AssertionError("this run fails on purpose");
          }
        }
        """, StandardCharsets.UTF_8);

    MavenRun run = Maven.run(copy, "-o", "--fail-fast", "test", "-Dsurefire.skipAfterFailureCount=1",
        "-Dsurefire.runOrder=alphabetical");

    assertThat(run.exitCode()).as(run.tail()).isNotZero();
    List<TestCase> cases = run.testCases();
    assertThat(cases).filteredOn(c -> c.outcome() == Outcome.FAILED).extracting(TestCase::experiment)
        .containsExactly("overlap: Fails first");
    // The platform cancelled the execution: every later test is skipped, none ran.
    assertThat(cases).filteredOn(c -> c.outcome() != Outcome.FAILED).hasSize(9)
        .allMatch(c -> c.outcome() == Outcome.SKIPPED && c.message().equals("Execution cancelled"));
  }

  /** {@code mvn -o test <arguments>} on the built starter, which must succeed. */
  private static MavenRun passingTest(String... arguments) {
    MavenRun run = Maven.run(Starter.project(), Stream.concat(Stream.of("-o", "test"), Stream.of(arguments))
        .toArray(String[]::new));
    assertThat(run.exitCode()).as(run.tail()).isZero();
    return run;
  }

  private static TestCase passed(String experiment, String name) {
    return new TestCase(experiment, name, Outcome.PASSED, "");
  }

  @SafeVarargs
  private static List<TestCase> passed(String experiment, List<String>... names) {
    return Stream.of(names).flatMap(List::stream).map(name -> passed(experiment, name)).toList();
  }
}
