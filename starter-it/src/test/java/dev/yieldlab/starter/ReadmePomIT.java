package dev.yieldlab.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.starter.MavenRun.Outcome;
import dev.yieldlab.starter.MavenRun.TestCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * README's pom.xml for a project that cannot inherit yieldlab-experiments-parent, put in place of the
 * starter's own: the starter must build with it just the same, so the README cannot drift from what
 * works.
 */
@DisplayName("README's pom without the parent")
class ReadmePomIT {

  private static final String MARKER = "<!-- starter-it ReadmePomIT builds examples/starter with the next xml block";

  @Test
  @DisplayName("builds the starter: every run and check passes, and the report is there")
  void buildsTheStarter() throws Exception {
    Path copy = Maven.copyOfStarter("starter-readme-pom");
    Files.writeString(copy.resolve("pom.xml"), readmePom(), StandardCharsets.UTF_8);

    MavenRun verify = Maven.run(copy, "verify");

    assertThat(verify.exitCode()).as(verify.tail()).isZero();
    assertThat(verify.testCases()).hasSize(9).allMatch(c -> c.outcome() == Outcome.PASSED, "passed");
    assertThat(verify.testCases()).extracting(TestCase::experiment).containsOnly(Starter.OVERLAP, Starter.WAKE_ORDER);
    assertThat(copy.resolve("target/allure-report/index.html")).isRegularFile();
    assertThat(verify.output().lines().filter(line -> line.contains("Downloaded from")))
        .allMatch(line -> line.contains("Downloaded from central: https://repo.maven.apache.org/"));
  }

  private static String readmePom() throws Exception {
    String readme = Files.readString(Maven.STARTER.resolve("../../README.md").normalize(), StandardCharsets.UTF_8);
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("README.md has the line %s...", MARKER).isNotNegative();
    int start = readme.indexOf("```xml\n", marker) + "```xml\n".length();
    int end = readme.indexOf("\n```", start);
    String pom = readme.substring(start, end + 1);
    assertThat(pom).as("the block after the marker").startsWith("<project").contains("</project>");
    return pom;
  }
}
