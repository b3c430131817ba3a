package dev.yieldlab.junit;

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
 * #removeUnselectedVariants()} then drops the others.
 */
final class RunGroupDescriptor extends YieldlabDescriptor {

  private final Set<String> selectedVariants = new HashSet<>();
  private boolean allSelected;

  RunGroupDescriptor(UniqueId uniqueId, Class<?> experiment, RunMethod run, Set<TestTag> tags) {
    super(uniqueId, run.displayName(), MethodSource.from(experiment, run.method()), Type.CONTAINER, tags);
    run.variants().forEach(variant -> addChild(new RunDescriptor(
        uniqueId.append(RunDescriptor.VARIANT_SEGMENT, variant.name()), experiment, run, variant, tags)));
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
