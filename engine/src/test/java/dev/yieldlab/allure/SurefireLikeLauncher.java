package dev.yieldlab.allure;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.yieldlab.junit.YieldlabConfiguration;
import dev.yieldlab.junit.YieldlabTestEngine;
import dev.yieldlab.junit.fixtures.PassingFixture;
import io.qameta.allure.Allure;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The main class of {@link LauncherListenerOrderTest}'s child JVM: runs {@link PassingFixture} on
 * the yieldlab engine the way Surefire's JUnit Platform provider does ({@code LauncherFactory.openSession()},
 * then the session's launcher), so engines and listeners, Allure's among them, come from their
 * service files. Prints how many tests succeeded and whether Allure's lifecycle is yieldlab's.
 *
 * <p>Argument {@code allure-first}: asks Allure for its lifecycle before the session opens, as code
 * that runs earlier could (a static initializer, another tool's listener); the control case.
 */
final class SurefireLikeLauncher {

  static final String ALLURE_FIRST = "allure-first";

  private SurefireLikeLauncher() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals(ALLURE_FIRST)) {
      Allure.getLifecycle();
    }
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    try (LauncherSession session = LauncherFactory.openSession()) {
      session.getLauncher().execute(request()
          .selectors(selectClass(PassingFixture.class))
          .filters(includeEngines(YieldlabTestEngine.ENGINE_ID))
          .configurationParameter(YieldlabConfiguration.CLOCK, "VIRTUAL")
          .configurationParameter(YieldlabConfiguration.WARMUPS, "0")
          .configurationParameter(YieldlabConfiguration.REPETITIONS, "1")
          .build(), summary);
    }
    System.out.println("tests succeeded: " + summary.getSummary().getTestsSucceededCount());
    // Installs nothing now: says whether the lifecycle every caller of Allure.getLifecycle() got is ours.
    System.out.println("lifecycle atomic: " + AtomicAllureLifecycle.installIfAbsent());
  }
}
