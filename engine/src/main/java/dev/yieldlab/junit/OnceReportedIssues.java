package dev.yieldlab.junit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryFilter;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryListener;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.OutputDirectoryCreator;
import org.junit.platform.engine.SelectorResolutionResult;
import org.junit.platform.engine.UniqueId;

/**
 * Reports each discovery issue once per engine instance, that is once per launcher and so once per
 * run. Maven Surefire discovers every test class twice in one launcher, first to find the classes
 * that hold tests ({@code TestPlanScannerFilter}), then again when it executes them (SUREFIRE-1864),
 * and the launcher logs a discovery's issues each time, so each warning was printed twice. An issue
 * the platform treats as critical ({@code junit.platform.discovery.issue.severity.critical}, ERROR
 * by default) is reported at every discovery, since it fails the engine only where it is reported.
 */
final class OnceReportedIssues {

  static final String CRITICAL_SEVERITY = "junit.platform.discovery.issue.severity.critical";

  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  /** The severity {@code text} names; empty for a value the platform would refuse itself. */
  private static java.util.Optional<DiscoveryIssue.Severity> severity(String text) {
    try {
      return java.util.Optional.of(DiscoveryIssue.Severity.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return java.util.Optional.empty();
    }
  }

  /** {@code request}, with a discovery listener that drops the issues this engine has reported already. */
  EngineDiscoveryRequest filter(EngineDiscoveryRequest request) {
    java.util.Optional<String> given = request.getConfigurationParameters().get(CRITICAL_SEVERITY);
    DiscoveryIssue.Severity critical = given.isEmpty() ? DiscoveryIssue.Severity.ERROR // the platform's default
        : severity(given.get()).orElse(DiscoveryIssue.Severity.INFO); // a value it cannot read: drop nothing
    EngineDiscoveryListener listener = request.getDiscoveryListener();
    EngineDiscoveryListener once = new EngineDiscoveryListener() {
      @Override
      public void selectorProcessed(UniqueId engineId, DiscoverySelector selector, SelectorResolutionResult result) {
        listener.selectorProcessed(engineId, selector, result);
      }

      @Override
      public void issueEncountered(UniqueId engineId, DiscoveryIssue issue) {
        String key = issue.severity() + "|" + issue.message() + "|" + issue.source();
        if (issue.severity().compareTo(critical) >= 0 || reported.add(key)) {
          listener.issueEncountered(engineId, issue);
        }
      }
    };
    return new EngineDiscoveryRequest() {
      @Override
      public <T extends DiscoverySelector> List<T> getSelectorsByType(Class<T> type) {
        return request.getSelectorsByType(type);
      }

      @Override
      public <T extends DiscoveryFilter<?>> List<T> getFiltersByType(Class<T> type) {
        return request.getFiltersByType(type);
      }

      @Override
      public ConfigurationParameters getConfigurationParameters() {
        return request.getConfigurationParameters();
      }

      @Override
      public EngineDiscoveryListener getDiscoveryListener() {
        return once;
      }

      @Override
      public OutputDirectoryCreator getOutputDirectoryCreator() {
        return request.getOutputDirectoryCreator();
      }
    };
  }
}
