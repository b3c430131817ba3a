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
 * The guide's pom.xml for a project that cannot inherit yieldlab-experiments-parent (in
 * docs/guide/getting-started.md), put in place of the starter's own: the starter must build with it
 * just the same, so the guide cannot drift from what works.
 */
@DisplayName("The guide's pom without the parent")
class GuidePomIT {

  private static final String PAGE = "docs/guide/getting-started.md";
  private static final String MARKER = "<!-- starter-it GuidePomIT builds examples/starter with the next xml block";

  @Test
  @DisplayName("builds the starter: every run and check passes, and the report is there")
  void buildsTheStarter() throws Exception {
    Path copy = Maven.copyOfStarter("starter-guide-pom");
    Files.writeString(copy.resolve("pom.xml"), guidePom(), StandardCharsets.UTF_8);

    MavenRun verify = Maven.run(copy, "verify");

    assertThat(verify.exitCode()).as(verify.tail()).isZero();
    assertThat(verify.testCases()).hasSize(9).allMatch(c -> c.outcome() == Outcome.PASSED, "passed");
    assertThat(verify.testCases()).extracting(TestCase::experiment).containsOnly(Starter.OVERLAP, Starter.WAKE_ORDER);
    assertThat(copy.resolve("target/allure-report/index.html")).isRegularFile();
    assertThat(verify.output().lines().filter(line -> line.contains("Downloaded from")))
        .allMatch(line -> line.contains("Downloaded from central: https://repo.maven.apache.org/"));
  }

  private static String guidePom() throws Exception {
    String page = Files.readString(Maven.STARTER.resolve("../..").resolve(PAGE).normalize(), StandardCharsets.UTF_8);
    int marker = page.indexOf(MARKER);
    assertThat(marker).as("%s has the line %s...", PAGE, MARKER).isNotNegative();
    int start = page.indexOf("```xml\n", marker) + "```xml\n".length();
    int end = page.indexOf("\n```", start);
    String pom = page.substring(start, end + 1);
    assertThat(pom).as("the block after the marker").startsWith("<project").contains("</project>");
    return pom;
  }
}
