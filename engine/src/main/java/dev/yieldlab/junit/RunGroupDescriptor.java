package dev.yieldlab.junit;

import dev.yieldlab.api.VariantSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * A run with declared variants: a container whose tests are its variants. Discovery creates it with
 * every variant and records which were selected: all of them for a method or run selector, only the
 * named ones for variant unique-id selectors (an IDE re-running one variant); {@link
 * #removeUnselectedVariants()} then drops the others. Created during execution instead (a check
 * reads a run that a filter removed), it registers and runs each variant as a dynamic test.
 */
final class RunGroupDescriptor extends YieldlabDescriptor {

  private final Class<?> experiment;
  private final RunMethod run;
  private final Set<String> selectedVariants = new HashSet<>();
  private boolean allSelected;
  /** Variants still to be registered as dynamic tests when this group executes. */
  private List<VariantSpec> unregistered;

  private RunGroupDescriptor(UniqueId uniqueId, Class<?> experiment, RunMethod run, Set<TestTag> tags,
      List<VariantSpec> unregistered) {
    super(uniqueId, run.displayName(), MethodSource.from(experiment, run.method()), Type.CONTAINER, tags);
    this.experiment = experiment;
    this.run = run;
    this.unregistered = unregistered;
  }

  /** The group as discovery builds it: every variant a child. */
  static RunGroupDescriptor withVariants(UniqueId uniqueId, Class<?> experiment, RunMethod run, Set<TestTag> tags) {
    RunGroupDescriptor group = new RunGroupDescriptor(uniqueId, experiment, run, tags, List.of());
    run.variants().forEach(variant -> group.addChild(group.variant(variant)));
    return group;
  }

  /**
   * The group as a dynamic test: the platform learns of dynamic descriptors one at a time, as they
   * are registered, so its variants become children only when {@link #execute} registers them.
   */
  static RunGroupDescriptor registeringVariants(UniqueId uniqueId, Class<?> experiment, RunMethod run,
      Set<TestTag> tags) {
    return new RunGroupDescriptor(uniqueId, experiment, run, tags, run.variants());
  }

  private RunDescriptor variant(VariantSpec variant) {
    return new RunDescriptor(getUniqueId().append(RunDescriptor.VARIANT_SEGMENT, variant.name()), experiment, run,
        variant, getTags());
  }

  @Override
  public YieldlabExecutionContext execute(YieldlabExecutionContext context, DynamicTestExecutor executor) {
    for (VariantSpec variant : unregistered) {
      RunDescriptor descriptor = variant(variant);
      addChild(descriptor);
      executor.execute(descriptor);
    }
    unregistered = List.of();
    return context;
  }

  /** The run itself was selected: every variant executes. */
  void selectAll() {
    allSelected = true;
  }

  /** One variant was selected by its unique id; returns its descriptor, empty when there is no such variant. */
  Optional<TestDescriptor> select(String variant) {
    Optional<TestDescriptor> child = getChildren().stream()
        .filter(d -> d.getUniqueId().getLastSegment().getValue().equals(variant))
        .findFirst()
        .map(TestDescriptor.class::cast);
    child.ifPresent(d -> selectedVariants.add(variant));
    return child;
  }

  /** After discovery: keeps only the selected variants (all of them unless only some were named). */
  void removeUnselectedVariants() {
    if (allSelected) {
      return;
    }
    List<? extends TestDescriptor> unselected = getChildren().stream()
        .filter(d -> !selectedVariants.contains(d.getUniqueId().getLastSegment().getValue()))
        .toList();
    unselected.forEach(this::removeChild);
  }
}
