package dev.yieldlab.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.starter.MavenRun.Outcome;
import dev.yieldlab.starter.MavenRun.TestCase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code mvn verify} in the starter project: what a new user gets from the steps of docs/guide/getting-started.md. */
@DisplayName("The starter project, built with mvn verify")
class StarterProjectIT {

  @Test
  @DisplayName("builds, and its experiments' runs and checks all pass")
  void experimentsPass() {
    MavenRun verify = Starter.verified();
    assertThat(verify.exitCode()).as(verify.tail()).isZero();

    List<TestCase> cases = verify.testCases();
    assertThat(cases).as(verify.tail()).allMatch(c -> c.outcome() == Outcome.PASSED);
    assertThat(cases).extracting(TestCase::name).containsExactlyInAnyOrderElementsOf(Stream.of(Starter.OVERLAP_RUNS,
        Starter.OVERLAP_CHECKS, Starter.WAKE_ORDER_RUNS, Starter.WAKE_ORDER_CHECKS).flatMap(List::stream).toList());
  }

  @Test
  @DisplayName("downloads nothing but from Maven Central (here: nothing that this build had already)")
  void downloadsOnlyFromCentral() {
    List<String> downloads = Starter.verified().output().lines().filter(line -> line.contains("Downloaded from")).toList();
    System.out.println("[starter-it] the starter's first build downloaded " + downloads.size() + " files");
    assertThat(downloads).allMatch(line -> line.contains("Downloaded from central: https://repo.maven.apache.org/"));
  }

  @Test
  @DisplayName("leaves one self-contained HTML report")
  void leavesAReport() throws Exception {
    Path index = Starter.project().resolve("target/allure-report/index.html");
    assertThat(index).as(Starter.verified().tail()).isRegularFile();
    // The single-file report inlines its scripts, styles and every result: megabytes, not a shell.
    assertThat(Files.size(index)).isGreaterThan(1_000_000);
    assertThat(Files.readString(index, StandardCharsets.UTF_8)).contains("<title>Allure Report</title>");
  }

  @Test
  @DisplayName("its report opens on the claims ledger: both claims confirmed, each of the four checks linked to its result")
  void reportOpensOnTheLedger() throws Exception {
    String html = Files.readString(Starter.project().resolve("target/allure-report/index.html"), StandardCharsets.UTF_8);
    String key = "d('data/yieldlab-ledger.json','";
    int from = html.indexOf(key);
    assertThat(from).as("the Claims page's data, written by yieldlab's Allure plugin").isNotNegative();
    String page = new String(Base64.getDecoder().decode(html.substring(from + key.length(), html.indexOf("')", from))),
        StandardCharsets.UTF_8);

    assertThat(page).contains("\"claim\":\"overlap\"", "\"claim\":\"wake-order\"", "\"problems\":[]")
        .doesNotContain("\"uid\":null");
    assertThat(Pattern.compile("\"status\":\"passed\"[^}]*\"uid\":\"[0-9a-f]+\"").matcher(page).results().count())
        .as("checks linked to their results").isEqualTo(Starter.OVERLAP_CHECKS.size() + Starter.WAKE_ORDER_CHECKS.size());
    assertThat(html).as("the page's script, inlined").contains("<script src=\"data:text/javascript;base64,");
  }

  @Test
  @DisplayName("the report's environment names the engine version that measured")
  void environmentNamesTheEngine() throws Exception {
    Properties environment = new Properties();
    try (InputStream in = Files.newInputStream(Starter.verifiedResults().resolve("environment.properties"))) {
      environment.load(in);
    }
    assertThat(environment.getProperty("yieldlab")).isEqualTo(Maven.VERSION);
  }

  @Test
  @DisplayName("the claims ledger quotes the starter's own claims file and confirms both claims")
  void ledgerQuotesTheStartersClaims() throws Exception {
    String ledger;
    try (Stream<Path> results = Files.list(Starter.verifiedResults())) {
      ledger = results.filter(f -> f.toString().endsWith("-result.json")).map(StarterProjectIT::read)
          .filter(json -> json.contains("\"fullName\":\"dev.yieldlab.ClaimsLedger\"")).findFirst()
          .orElseThrow(() -> new AssertionError("no claims ledger among the Allure results"));
    }
    assertThat(ledger).contains("\"name\":\"Claims ledger: 2 confirmed, 0 partly evidenced, 0 refuted, 0 nuanced, 0 inconclusive, 0 skipped\"");
    List<String> sentences = Files.readAllLines(Maven.STARTER.resolve("src/test/resources/yieldlab/claims.tsv")).stream()
        .filter(line -> !line.startsWith("#") && line.contains("\t")).map(line -> line.substring(line.indexOf('\t') + 1))
        .toList();
    assertThat(sentences).hasSize(2).allSatisfy(sentence -> assertThat(ledger).contains(sentence));
  }

  @Test
  @DisplayName("the engine jar it ran carries its version in the manifest")
  void engineJarCarriesItsVersion() throws Exception {
    Path jar = Maven.REPOSITORY.resolve("dev/yieldlab/yieldlab-engine/" + Maven.VERSION + "/yieldlab-engine-"
        + Maven.VERSION + ".jar");
    try (JarFile engine = new JarFile(jar.toFile())) {
      Attributes manifest = engine.getManifest().getMainAttributes();
      assertThat(manifest.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).isEqualTo(Maven.VERSION);
      assertThat(manifest.getValue(Attributes.Name.IMPLEMENTATION_TITLE)).isEqualTo("yieldlab engine");
      assertThat(manifest.getValue(Attributes.Name.SPECIFICATION_VERSION)).isNotBlank();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
