package dev.yieldlab.allureplugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The plugin in the real Allure commandline (the zip allure-maven unpacks, from Maven Central):
 * installed by {@link InstallPlugin} from this module's jar, then {@code bin/allure generate
 * --single-file} in a JVM of its own, on a results directory with a ledger file whose checks and runs
 * have results (one of them retried) and whose links partly point at nothing.
 */
@DisplayName("The Claims page's data in a single-file report of the real commandline")
class ClaimsPageIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATA_FILE = Pattern.compile("d\\('([^']+)','([A-Za-z0-9+/=]*)'\\)");
  private static final Path FIXTURE = Path.of("src/test/resources/results");

  private static Path work;
  private static Path home;

  @BeforeAll
  static void install() throws IOException {
    work = Path.of(System.getProperty("yieldlab.it.work"));
    deleteRecursively(work);
    home = copy(Path.of(System.getProperty("yieldlab.it.allureHome")), work.resolve("allure"));
    InstallPlugin.install(home, Path.of(System.getProperty("yieldlab.it.pluginJar")));
  }

  @Test
  @DisplayName("links every check and run to the result the report shows for its history id, and inlines the page's script")
  void linksTheEvidence() throws Exception {
    Path report = generate("linked", FIXTURE);
    Map<String, String> data = embedded(report);
    Map<String, JsonNode> byHistoryId = new HashMap<>();
    data.forEach((name, base64) -> {
      if (name.startsWith("data/test-cases/")) {
        JsonNode result = decode(base64);
        if (!result.get("hidden").asBoolean()) {
          byHistoryId.put(result.get("historyId").asText(), result);
        }
      }
    });

    JsonNode page = decode(data.get(ClaimsPage.DATA));
    assertThat(page.get("problems")).isEmpty();
    JsonNode ledger = page.get("ledgers").get(0);
    assertThat(ledger.get("machine").asText()).isEqualTo("fixture-machine");
    assertThat(ledger.get("claims")).extracting(c -> c.get("claim").asText()).containsExactly("S1", "S2", "S3");

    JsonNode s1 = ledger.get("claims").get(0).get("verdict").get("evidence");
    assertThat(s1.get(0).get("uid").asText()).isEqualTo(byHistoryId.get("h-check").get("uid").asText());
    assertThat(s1.get(0).get("runs").get(0).get("uid").asText()).isEqualTo(byHistoryId.get("h-run").get("uid").asText());
    assertThat(byHistoryId.get("h-retried").get("name").asText()).as("the try the report shows").isEqualTo("the ratio, second try");
    assertThat(s1.get(1).get("uid").asText()).isEqualTo(byHistoryId.get("h-retried").get("uid").asText());
    assertThat(s1.get(1).get("runs").get(1).get("uid").isNull()).as("a run without a result: no link").isTrue();
    JsonNode reference = ledger.get("claims").get(0).get("reference").get("evidence").get(0);
    assertThat(reference.get("uid").isNull()).as("a history id no result has: no link").isTrue();
    assertThat(ledger.get("claims").get(1).get("verdict").get("evidence").get(0).get("uid").isNull()).isTrue();

    String html = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(scripts(html)).anySatisfy(script -> assertThat(script).contains("allure.api.addTab(ROUTE"));
    try (Stream<Path> files = Files.list(report)) {
      assertThat(files.map(f -> f.getFileName().toString())).as("one file").containsExactly("index.html");
    }
  }

  @Test
  @DisplayName("a ledger of an unknown schema: the page says so and how to fix it, the commandline logs it, the report is built")
  void unknownSchema() throws Exception {
    Path results = copy(FIXTURE, work.resolve("schema-99-results"));
    Path ledger = results.resolve(LedgerReader.FILE);
    Files.writeString(ledger, Files.readString(ledger).replace("\"schema\":1", "\"schema\":99"));

    Path report = generate("schema-99", results);

    JsonNode page = decode(embedded(report).get(ClaimsPage.DATA));
    assertThat(page.get("ledgers")).isEmpty();
    assertThat(page.get("problems").get(0).asText()).contains(ledger.toString(), "has schema 99",
        "this yieldlab Allure plugin reads schema 1", "build the report with the plugin of the engine version");
    assertThat(Files.readString(report.resolveSibling("schema-99.log"))).contains("[yieldlab]", "has schema 99");
    assertThat(embedded(report).keySet()).anyMatch(name -> name.startsWith("data/test-cases/"));
  }

  @Test
  @DisplayName("results without a ledger file (another tool's): an empty page, which says so, and the report as usual")
  void noLedger() throws Exception {
    Path results = copy(FIXTURE, work.resolve("no-ledger-results"));
    Files.delete(results.resolve(LedgerReader.FILE));

    Path report = generate("no-ledger", results);

    JsonNode page = decode(embedded(report).get(ClaimsPage.DATA));
    assertThat(page.get("ledgers")).isEmpty();
    assertThat(page.get("problems")).isEmpty();
  }

  @Test
  @DisplayName("an allure.yml without its list of plugins is refused, with how to restore it")
  void configWithoutPlugins() throws IOException {
    Path config = Files.createDirectories(work.resolve("no-list/config")).resolve("allure.yml");
    Files.writeString(config, "# emptied\n");

    assertThatThrownBy(() -> InstallPlugin.install(config.getParent().getParent(),
        Path.of(System.getProperty("yieldlab.it.pluginJar"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(config + " has no `plugins:` list, so the commandline would load no plugin from it: restore it from"
            + " the commandline's zip (delete the install directory and build again)");
  }

  @Test
  @DisplayName("installing twice lists the plugin once, after the commandline's own, which all stay")
  void installIsIdempotent() throws IOException {
    Path fresh = Files.createDirectories(work.resolve("twice/config"));
    Path original = Path.of(System.getProperty("yieldlab.it.allureHome"), "config", "allure.yml");
    Files.copy(original, fresh.resolve("allure.yml"));
    Path jar = Path.of(System.getProperty("yieldlab.it.pluginJar"));

    InstallPlugin.install(fresh.getParent(), jar);
    InstallPlugin.install(fresh.getParent(), jar);

    List<String> before = Files.readAllLines(original);
    assertThat(Files.readAllLines(fresh.resolve("allure.yml"))).containsSubsequence(before)
        .containsOnlyOnce("  - " + InstallPlugin.ID).endsWith("  - " + InstallPlugin.ID);
    try (Stream<Path> files = Files.walk(fresh.getParent().resolve("plugins").resolve(InstallPlugin.ID))) {
      assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("allure-plugin.yml", "index.js", "styles.css", "yieldlab-allure-plugin.jar");
    }
  }

  @Test
  @DisplayName("a directory that is not an unpacked commandline is refused with the goal to run first")
  void refusesWhatIsNoCommandline() throws IOException {
    Path empty = Files.createDirectories(work.resolve("empty"));

    assertThatThrownBy(() -> InstallPlugin.install(empty, Path.of(System.getProperty("yieldlab.it.pluginJar"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(empty + " is not an unpacked Allure 2 commandline (it has no config/allure.yml): run allure-maven's"
            + " install goal before this one, with the same installDirectory");
  }

  /** {@code bin/allure generate --single-file} into {@code work/name}, its output in {@code work/name.log}. */
  private static Path generate(String name, Path results) throws Exception {
    Path report = work.resolve(name);
    Path log = work.resolve(name + ".log");
    ProcessBuilder allure = new ProcessBuilder("sh", home.resolve("bin/allure").toString(), "generate", "--single-file",
        "--clean", results.toAbsolutePath().toString(), "-o", report.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    // The JDK of this test; the plugin is compiled for 17, so any JDK from 17 on loads it.
    allure.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = allure.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("allure generate finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    assertThat(Files.readString(log)).doesNotContain("Could not load extension class");
    return report;
  }

  private static Map<String, String> embedded(Path report) throws IOException {
    Map<String, String> files = new HashMap<>();
    Matcher matcher = DATA_FILE.matcher(Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8));
    while (matcher.find()) {
      files.put(matcher.group(1), matcher.group(2));
    }
    return files;
  }

  private static List<String> scripts(String html) {
    return Pattern.compile("<script src=\"data:text/javascript;base64,([A-Za-z0-9+/=]*)\"").matcher(html).results()
        .map(m -> new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8)).toList();
  }

  private static JsonNode decode(String base64) {
    try {
      return JSON.readTree(Base64.getDecoder().decode(base64));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return to;
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
