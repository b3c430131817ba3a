package dev.yieldlab.junit;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * An experiment class: a container whose children are its runs, then its checks. Executing it
 * creates the one instance they share and an empty {@link RunStore} for the runs to fill, and first
 * runs the runs its checks read that a filter took out of the tree ({@link #execute}).
 */
final class ExperimentDescriptor extends YieldlabDescriptor {

  static final String SEGMENT = "experiment";

  private final ExperimentModel model;

  ExperimentDescriptor(UniqueId uniqueId, ExperimentModel model) {
    super(uniqueId, model.displayName(), ClassSource.from(model.type()), Type.CONTAINER, model.tags());
    this.model = model;
  }

  ExperimentModel model() {
    return model;
  }

  /**
   * Checks read runs, so runs execute first whatever order discovery added them in; and explored runs
   * after the others, since their checks, judged while they explore, may read the others too.
   */
  void orderRunsBeforeChecks() {
    orderChildren(children -> {
      List<TestDescriptor> ordered = new ArrayList<>(children);
      ordered.sort(java.util.Comparator.comparingInt(this::executionRank));
      return ordered;
    });
  }

  private int executionRank(TestDescriptor child) {
    if (child instanceof CheckDescriptor) {
      return 2;
    }
    RunMethod run = model.runs().get(child.getUniqueId().getLastSegment().getValue());
    return run != null && run.explore().isPresent() ? 1 : 0;
  }

  /** The checks of this experiment, as the tree holds them now, that read the run named {@code run}. */
  List<CheckMethod> checksReading(String run) {
    return getChildren().stream().filter(CheckDescriptor.class::isInstance)
        .map(child -> ((CheckDescriptor) child).check()).filter(check -> check.runs().contains(run)).toList();
  }

  /** The experiment {@code descriptor} belongs to (a run, a variant of one, a check). */
  static Optional<ExperimentDescriptor> of(TestDescriptor descriptor) {
    for (Optional<TestDescriptor> at = Optional.of(descriptor); at.isPresent(); at = at.get().getParent()) {
      if (at.get() instanceof ExperimentDescriptor experiment) {
        return Optional.of(experiment);
      }
    }
    return Optional.empty();
  }

  /**
   * The descriptor of {@code run} below this experiment: the one already there, if an earlier
   * selector added it, else a new one, with every variant. A new one with the same id would not be
   * added (children are a set of ids) and what is selected on it would be lost: a variant selector
   * only matches the variant, so the platform does not know the run's container yet.
   */
  TestDescriptor runDescriptor(RunMethod run) {
    UniqueId id = runId(run);
    Optional<? extends TestDescriptor> existing = getChildren().stream()
        .filter(child -> child.getUniqueId().equals(id)).findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    return run.hasDeclaredVariants()
        ? RunGroupDescriptor.withVariants(id, model.type(), run, getTags())
        : new RunDescriptor(id, model.type(), run, run.variants().getFirst(), getTags());
  }

  private UniqueId runId(RunMethod run) {
    return getUniqueId().append(RunDescriptor.SEGMENT, run.name());
  }

  @Override
  public YieldlabExecutionContext before(YieldlabExecutionContext context) throws Exception {
    Constructor<?> constructor = model.type().getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = Reflection.invoke(() -> constructor.newInstance());
    return context.forExperiment(instance, new RunStore(model.runs().values()));
  }

  /** Closes what the runs kept open for more pairs: no check of this experiment will ask any more. */
  @Override
  public void after(YieldlabExecutionContext context) {
    if (context.runs() != null) { // null when the experiment could not even be created
      context.runs().close();
    }
  }

  /**
   * Runs, as dynamic tests and before any check, the runs that the remaining checks read but that
   * are no longer in the tree. Discovery selects a check's runs with it when the check itself is
   * selected (a method or unique-id selector: the IDE), but a post-discovery filter removes tests
   * after the engine has discovered them, and that is how Maven Surefire's {@code -Dtest=X#check}
   * (its TestMethodFilter on the method name) and Gradle's {@code --tests} select a method: the
   * engine gets the whole class, then the launcher drops every run whose method has another name.
   * The engine never sees those filters, so it brings the runs back here, when the tree is final:
   * only the runs a kept check reads, never the experiment's others.
   */
  @Override
  public YieldlabExecutionContext execute(YieldlabExecutionContext context, DynamicTestExecutor executor) {
    for (RunMethod run : runsReadButFilteredOut()) {
      // Dynamic descriptors are registered one by one, so a group comes without its variants and
      // registers each as it runs it.
      TestDescriptor descriptor = run.hasDeclaredVariants()
          ? RunGroupDescriptor.registeringVariants(runId(run), model.type(), run, getTags())
          : runDescriptor(run);
      addChild(descriptor);
      executor.execute(descriptor);
    }
    return context;
  }

  private List<RunMethod> runsReadButFilteredOut() {
    Set<String> present = new HashSet<>();
    Set<String> read = new HashSet<>();
    for (TestDescriptor child : getChildren()) {
      UniqueId.Segment last = child.getUniqueId().getLastSegment();
      if (last.getType().equals(RunDescriptor.SEGMENT)) {
        present.add(last.getValue());
      } else if (child instanceof CheckDescriptor check) {
        read.addAll(check.check().runs());
      }
    }
    return model.runs().values().stream()
        .filter(run -> read.contains(run.name()) && !present.contains(run.name()))
        .toList();
  }
}
