package dev.yieldlab.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.reporting.EngineVersion;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The yieldlab test engine, id {@value #ENGINE_ID}: discovers {@code @Experiment} classes and runs
 * their coroutine bodies on yieldlab's event loop. Registered in {@code META-INF/services}, so any
 * JUnit Platform launcher (Maven Surefire, Gradle, IntelliJ, Eclipse, the console launcher) finds it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class YieldlabTestEngine extends HierarchicalTestEngine<YieldlabExecutionContext> {

  public static final String ENGINE_ID = "yieldlab";

  private static final EngineDiscoveryRequestResolver<YieldlabEngineDescriptor> RESOLVER =
      EngineDiscoveryRequestResolver.<YieldlabEngineDescriptor>builder()
          .addClassContainerSelectorResolver(ExperimentModel::isExperimentClass)
          .addSelectorResolver(context -> new ExperimentResolver(context.getClassNameFilter(), context.getIssueReporter()))
          .addTestDescriptorVisitor(context -> descriptor -> {
            if (descriptor instanceof ExperimentDescriptor experiment) {
              experiment.orderRunsBeforeChecks();
            }
          })
          .addTestDescriptorVisitor(context -> descriptor -> {
            if (descriptor instanceof RunGroupDescriptor group) {
              group.removeUnselectedVariants();
            }
          })
          .addTestDescriptorVisitor(context -> descriptor -> {
            if (descriptor instanceof YieldlabEngineDescriptor engine) {
              ClaimsFileDescriptor.check(engine, context.getIssueReporter());
              ScheduleIdCheck.check(engine, context.getDiscoveryRequest().getConfigurationParameters(),
                  context.getIssueReporter());
            }
          })
          .addTestDescriptorVisitor(context -> TestDescriptor::prune)
          .build();

  public YieldlabTestEngine() {
    // The launcher creates every engine before it creates its TestExecutionListeners
    // (LauncherFactory.createDefaultLauncher). Creating the reporters now lets one prepare what must
    // exist before a listener is created: the Allure reporter installs its atomic results writer,
    // which allure-junit-platform's listener picks up in its constructor; when execution starts it is
    // too late (allure.LauncherListenerOrderTest fails without this line). These instances are
    // dropped; each execution creates fresh ones (createExecutionContext), since reporters collect
    // per execution.
    ExperimentReporters.load();
  }

  @Override
  public String getId() {
    return ENGINE_ID;
  }

  @Override
  public Optional<String> getGroupId() {
    return Optional.of("dev.yieldlab");
  }

  @Override
  public Optional<String> getArtifactId() {
    return Optional.of("yieldlab-engine");
  }

  /** The platform's default reads the manifest, which a class directory (reactor, IDE) does not have. */
  @Override
  public Optional<String> getVersion() {
    return Optional.of(EngineVersion.current());
  }

  /** The issues this engine has reported: each once per run, however often the launcher discovers (see {@link OnceReportedIssues}). */
  private final OnceReportedIssues issues = new OnceReportedIssues();

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    EngineDiscoveryRequest once = issues.filter(request);
    YieldlabEngineDescriptor engine = new YieldlabEngineDescriptor(uniqueId);
    RESOLVER.resolve(once, engine);
    reportUnknownKeys(once, uniqueId);
    return engine;
  }

  /**
   * A {@code yieldlab.*} key that is set, as a configuration parameter or a system property, but not
   * read: a WARNING naming the nearest key yieldlab reads (see {@link ConfigurationKeys}).
   */
  private static void reportUnknownKeys(EngineDiscoveryRequest request, UniqueId engineId) {
    ConfigurationParameters parameters = request.getConfigurationParameters();
    Set<String> keys = new HashSet<>(parameters.keySet());
    keys.addAll(System.getProperties().stringPropertyNames());
    DiscoveryIssueReporter reporter = DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), engineId);
    ConfigurationKeys.unknown(keys, key -> parameters.get(key).or(() -> Optional.ofNullable(System.getProperty(key))))
        .forEach(unknown -> reporter.reportIssue(DiscoveryIssue.create(DiscoveryIssue.Severity.WARNING, unknown.message())));
  }

  @Override
  protected YieldlabExecutionContext createExecutionContext(ExecutionRequest request) {
    return YieldlabExecutionContext.root(
        YieldlabConfiguration.from(request.getConfigurationParameters()), request.getEngineExecutionListener(),
        request.getCancellationToken(), ExperimentReporters.load());
  }
}
