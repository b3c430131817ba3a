package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.yieldlab.junit.fixtures.PassingFixture;
import dev.yieldlab.junit.fixtures.malformed.NoRunFixture;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Settings that change nothing say so: an unknown {@code yieldlab.*} key is a discovery warning naming
 * the nearest known one, from every place a key can come from; and a discovery warning is printed once
 * per run, though Surefire discovers twice.
 */
@DisplayName("Unknown settings and warnings printed once")
class SettingsTest {

  @TempDir
  Path classpath;

  @Test
  @DisplayName("the nearest known key: yieldlab.seed is yieldlab.explore.seed, a typo is its key")
  void nearestKey() {
    assertThat(ConfigurationKeys.nearest("yieldlab.seed")).isEqualTo("yieldlab.explore.seed");
    assertThat(ConfigurationKeys.nearest("yieldlab.repetiton")).isEqualTo("yieldlab.repetitions");
    assertThat(ConfigurationKeys.nearest("yieldlab.timeout.defualt")).isEqualTo("yieldlab.timeout.default");
    assertThat(ConfigurationKeys.nearest("yieldlab.stall.treshold")).isEqualTo("yieldlab.stall.threshold");
    assertThat(ConfigurationKeys.nearest("yieldlab.clocks")).isEqualTo("yieldlab.clock");
    assertThat(ConfigurationKeys.editDistance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  @DisplayName("-Dyieldlab.seed=7 is a warning naming yieldlab.explore.seed; yieldlab.schedule and an experiment's own section are not")
  void unknownParameterIsAWarning() {
    List<DiscoveryIssue> issues = virtual().configurationParameter("yieldlab.seed", "7")
        .configurationParameter("yieldlab.schedule", "random")
        .configurationParameter("yieldlab.explore.budget", "100")
        .configurationParameter("yieldlab.workers.iterations", "5")
        .selectors(selectClass(PassingFixture.class)).discover().getDiscoveryIssues();
    // yieldlab.schedule is a known key: its value, not a schedule id, is a warning of its own (ScheduleIdCheck).
    assertThat(issues).extracting(DiscoveryIssue::message)
        .anySatisfy(message -> assertThat(message).startsWith("yieldlab.schedule=random is not a schedule id"));
    assertThat(issues).filteredOn(issue -> issue.message().contains("is not a yieldlab setting")).singleElement()
        .satisfies(issue -> {
      assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
      assertThat(issue.message()).startsWith("configuration parameter yieldlab.seed=7 is not a yieldlab setting, so it"
          + " changes nothing: did you mean yieldlab.explore.seed? yieldlab reads yieldlab.clock, ")
          .endsWith("An experiment's own parameter belongs in a section of its own (yieldlab.<section>.<name>, as"
              + " yieldlab.workers.iterations), which yieldlab leaves alone");
    });
  }

  @Test
  @DisplayName("a -D system property in an engine section is checked too: yieldlab.stall.treshold names yieldlab.stall.threshold")
  void unknownSystemProperty() {
    System.setProperty("yieldlab.stall.treshold", "50ms");
    try {
      assertThat(virtual().selectors(selectClass(PassingFixture.class)).discover().getDiscoveryIssues())
          .extracting(DiscoveryIssue::message).singleElement().asString()
          .startsWith("configuration parameter yieldlab.stall.treshold=50ms is not a yieldlab setting, so it changes"
              + " nothing: did you mean yieldlab.stall.threshold?");
    } finally {
      System.clearProperty("yieldlab.stall.treshold");
    }
  }

  @Test
  @DisplayName("a key in junit-platform.properties is checked as the launcher reads it, and its warning is logged once though Surefire discovers twice")
  void fromThePropertiesFileLoggedOnce() throws Exception {
    Files.writeString(classpath.resolve("junit-platform.properties"), "yieldlab.repetiton = 9\n", StandardCharsets.UTF_8);
    List<String> logged = logged(() -> {
      List<DiscoveryIssue> issues = new ArrayList<>();
      LauncherDiscoveryRequest request = request().selectors(selectClass(PassingFixture.class))
          .filters(includeEngines(YieldlabTestEngine.ENGINE_ID))
          .configurationParameter(YieldlabConfiguration.CLOCK, "VIRTUAL")
          .listeners(new LauncherDiscoveryListener() {
            @Override
            public void issueEncountered(UniqueId engineId, DiscoveryIssue issue) {
              issues.add(issue);
            }
          }).build();
      try (LauncherSession session = LauncherFactory.openSession()) { // one session per fork, as Surefire opens it
        Launcher launcher = session.getLauncher();
        launcher.discover(request); // Surefire's TestPlanScannerFilter
        launcher.execute(request, new SummaryGeneratingListener()); // and its execution, which discovers again
      }
      assertThat(issues).extracting(DiscoveryIssue::message).singleElement().asString()
          .startsWith("configuration parameter yieldlab.repetiton=9 is not a yieldlab setting, so it changes nothing:"
              + " did you mean yieldlab.repetitions?");
    });
    assertThat(logged).filteredOn(line -> line.contains("yieldlab.repetiton=9")).hasSize(1);
  }

  @Test
  @DisplayName("a malformed experiment's warning is logged once per launcher session, and once more by a second session (a second run)")
  void declarationWarningLoggedOncePerRun() throws Exception {
    List<String> logged = logged(() -> {
      for (int run = 0; run < 2; run++) {
        try (LauncherSession session = LauncherFactory.openSession()) {
          LauncherDiscoveryRequest request = request().selectors(selectClass(NoRunFixture.class))
              .filters(includeEngines(YieldlabTestEngine.ENGINE_ID)).build();
          session.getLauncher().discover(request);
          session.getLauncher().execute(request, new SummaryGeneratingListener());
        }
      }
    });
    assertThat(logged).filteredOn(line -> line.contains("declares no @Run method")).hasSize(2);
  }

  @Test
  @DisplayName("a warning the platform is told to treat as critical is reported at every discovery, so each one still fails")
  void criticalWarningsAreNeverDropped() {
    try (LauncherSession session = LauncherFactory.openSession()) {
      LauncherDiscoveryRequest request = request().selectors(selectClass(NoRunFixture.class))
          .filters(includeEngines(YieldlabTestEngine.ENGINE_ID))
          .configurationParameter(OnceReportedIssues.CRITICAL_SEVERITY, "WARNING").build();
      for (int discovery = 0; discovery < 2; discovery++) {
        assertThatThrownBy(() -> session.getLauncher().discover(request)).as("discovery %d", discovery + 1)
            .hasMessageContaining("critical issue").hasMessageContaining("declares no @Run method");
      }
    }
  }

  /** What the launcher logs about discovery issues while {@code action} runs with {@link #classpath} on the class path. */
  private List<String> logged(ThrowingRunnable action) throws Exception {
    Logger logger = Logger.getLogger("org.junit.platform.launcher.core.DiscoveryIssueNotifier");
    List<String> lines = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        lines.add(record.getMessage() == null ? "" : record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Level level = logger.getLevel();
    boolean parents = logger.getUseParentHandlers();
    logger.setLevel(Level.ALL);
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, previous)) {
      thread.setContextClassLoader(loader);
      action.run();
    } finally {
      thread.setContextClassLoader(previous);
      logger.removeHandler(handler);
      logger.setUseParentHandlers(parents);
      logger.setLevel(level);
    }
    return lines;
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
