package dev.yieldlab.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Turns class, method and unique-id selectors into experiment, run and check descriptors. Package
 * and classpath-root selectors reach it as class selectors through the platform's class container
 * resolver. Unique ids are [engine:yieldlab]/[experiment:class]/[run|check|invalid:method], plus
 * [variant:name] below a run with declared variants; stable
 * across runs, so IDE re-runs find the same tests.
 */
final class ExperimentResolver implements SelectorResolver {

  static final String INVALID_SEGMENT = "invalid";

  private final Predicate<String> classNameFilter;
  private final DiscoveryIssueReporter issues;
  private final Map<Class<?>, ExperimentModel> models = new HashMap<>();

  ExperimentResolver(Predicate<String> classNameFilter, DiscoveryIssueReporter issues) {
    this.classNameFilter = classNameFilter;
    this.issues = issues;
  }

  @Override
  public Resolution resolve(ClassSelector selector, Context context) {
    Class<?> type = selector.getJavaClass();
    if (!ExperimentModel.isExperimentClass(type) || !classNameFilter.test(type.getName())) {
      return Resolution.unresolved();
    }
    ExperimentModel model = model(type);
    if (!model.classProblems().isEmpty()) {
      Declaration problem = model.classProblems().getFirst();
      return toResolution(context.addToParent(parent -> Optional.of(
          new InvalidDeclarationDescriptor(parent.getUniqueId().append(ExperimentDescriptor.SEGMENT, type.getName()),
              type.getSimpleName(), problem, model.tags()))));
    }
    Optional<ExperimentDescriptor> experiment = context.addToParent(
        parent -> Optional.of(new ExperimentDescriptor(parent.getUniqueId().append(ExperimentDescriptor.SEGMENT, type.getName()), model)));
    return experiment
        .map(descriptor -> Resolution.match(Match.exact(descriptor, () -> everyMethod(model))))
        .orElseGet(Resolution::unresolved);
  }

  @Override
  public Resolution resolve(MethodSelector selector, Context context) {
    Class<?> type = selector.getJavaClass();
    if (!ExperimentModel.isExperimentClass(type)) {
      return Resolution.unresolved();
    }
    ExperimentModel model = model(type);
    if (!model.classProblems().isEmpty()) {
      return Resolution.selectors(Set.of(selectClass(type)));
    }
    Method method = selector.getJavaMethod();
    Declaration problem = model.methodProblems().get(method);
    if (problem != null) {
      return toResolution(inExperiment(type, context, experiment -> new InvalidDeclarationDescriptor(
          experiment.getUniqueId().append(INVALID_SEGMENT, signature(method)), method.getName(), problem,
          experiment.getTags())));
    }
    RunMethod run = model.runs().get(method.getName());
    if (run != null && run.method().equals(method)) {
      Optional<TestDescriptor> descriptor = inExperiment(type, context, experiment -> experiment.runDescriptor(run));
      // The run as a whole was selected; a variant's unique id, resolved below, selects only that variant.
      descriptor.filter(RunGroupDescriptor.class::isInstance).map(RunGroupDescriptor.class::cast)
          .ifPresent(RunGroupDescriptor::selectAll);
      return toResolution(descriptor);
    }
    CheckMethod check = model.checks().get(method.getName());
    if (check != null && check.method().equals(method)) {
      // A check needs its runs: selecting only the check (IDE gutter) selects them too. They are
      // resolved here, not returned as the check's child selectors: the platform resolves a match's
      // child selectors with that match as their parent, so the runs would land under the check,
      // where no run can be added, and silently not run.
      check.runs().forEach(name -> context.resolve(selectMethod(type, model.runs().get(name).method())));
      return toResolution(inExperiment(type, context, experiment -> new CheckDescriptor(
          experiment.getUniqueId().append(CheckDescriptor.SEGMENT, check.name()), type, check, ClaimTags.of(check.claims()))));
    }
    return Resolution.unresolved();
  }

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    List<UniqueId.Segment> segments = selector.getUniqueId().getSegments();
    if (segments.size() < 2 || !segments.get(0).getValue().equals(YieldlabTestEngine.ENGINE_ID)
        || !segments.get(1).getType().equals(ExperimentDescriptor.SEGMENT)) {
      return Resolution.unresolved();
    }
    Optional<Class<?>> type = ReflectionSupport.tryToLoadClass(segments.get(1).getValue()).toOptional();
    if (type.isEmpty()) {
      return Resolution.unresolved();
    }
    if (segments.size() == 2) {
      return Resolution.selectors(Set.of(selectClass(type.get())));
    }
    if (segments.size() == 4 && segments.get(2).getType().equals(RunDescriptor.SEGMENT)
        && segments.get(3).getType().equals(RunDescriptor.VARIANT_SEGMENT)) {
      return resolveVariant(type.get(), segments.get(2).getValue(), segments.get(3).getValue(), context);
    }
    return methodFor(model(type.get()), segments.get(2))
        .map(method -> Resolution.selectors(Set.of(selectMethod(type.get(), method))))
        .orElseGet(Resolution::unresolved);
  }

  /**
   * One variant of a run, as an IDE re-runs it: not through a method selector, which would select
   * every variant, but by adding the run's container (or finding it) and marking just this variant.
   */
  private Resolution resolveVariant(Class<?> type, String runName, String variantName, Context context) {
    ExperimentModel model = model(type);
    RunMethod run = model.classProblems().isEmpty() ? model.runs().get(runName) : null;
    if (run == null || !run.hasDeclaredVariants()) {
      return Resolution.unresolved();
    }
    Optional<TestDescriptor> variant = inExperiment(type, context, experiment -> experiment.runDescriptor(run))
        .filter(RunGroupDescriptor.class::isInstance)
        .flatMap(group -> ((RunGroupDescriptor) group).select(variantName));
    return toResolution(variant);
  }

  private ExperimentModel model(Class<?> type) {
    return models.computeIfAbsent(type, key -> {
      ExperimentModel model = ExperimentModel.of(key);
      model.classProblems().forEach(this::report);
      model.methodProblems().values().forEach(this::report);
      return model;
    });
  }

  private void report(Declaration problem) {
    // WARNING, not ERROR: an ERROR issue makes the platform skip the whole engine, and one bad
    // experiment must not take the others down. The InvalidDeclarationDescriptor fails the build.
    issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, problem.message())
        .source(problem.source()));
  }

  private static Set<DiscoverySelector> everyMethod(ExperimentModel model) {
    Set<DiscoverySelector> selectors = new LinkedHashSet<>();
    model.runs().values().forEach(run -> selectors.add(selectMethod(model.type(), run.method())));
    model.checks().values().forEach(check -> selectors.add(selectMethod(model.type(), check.method())));
    model.methodProblems().keySet().forEach(method -> selectors.add(selectMethod(model.type(), method)));
    return selectors;
  }

  private static Optional<Method> methodFor(ExperimentModel model, UniqueId.Segment segment) {
    String name = segment.getValue();
    return switch (segment.getType()) {
      case RunDescriptor.SEGMENT -> Optional.ofNullable(model.runs().get(name)).map(RunMethod::method);
      case CheckDescriptor.SEGMENT -> Optional.ofNullable(model.checks().get(name)).map(CheckMethod::method);
      case INVALID_SEGMENT -> model.methodProblems().keySet().stream().filter(m -> signature(m).equals(name)).findFirst();
      default -> Optional.empty();
    };
  }

  private static <T extends TestDescriptor> Optional<T> inExperiment(
      Class<?> type, Context context, Function<ExperimentDescriptor, T> child) {
    return context.addToParent(() -> selectClass(type),
        parent -> parent instanceof ExperimentDescriptor experiment ? Optional.of(child.apply(experiment)) : Optional.empty());
  }

  private static Resolution toResolution(Optional<? extends TestDescriptor> descriptor) {
    return descriptor.map(d -> Resolution.match(Match.exact(d))).orElseGet(Resolution::unresolved);
  }

  private static String signature(Method method) {
    return method.getName() + Arrays.stream(method.getParameterTypes())
        .map(Class::getName).collect(Collectors.joining(",", "(", ")"));
  }
}
