package dev.yieldlab.junit;

import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/** A run with declared variants: a container whose tests are its variants. */
final class RunGroupDescriptor extends AbstractTestDescriptor implements Node<YieldlabExecutionContext> {

  private final Set<TestTag> tags;

  RunGroupDescriptor(UniqueId uniqueId, Class<?> experiment, RunMethod run, Set<TestTag> tags) {
    super(uniqueId, run.displayName(), MethodSource.from(experiment, run.method()));
    this.tags = tags;
    run.variants().forEach(variant -> addChild(new RunDescriptor(
        uniqueId.append(RunDescriptor.VARIANT_SEGMENT, variant.name()), experiment, run, variant, tags)));
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  @Override
  public Set<TestTag> getTags() {
    return tags;
  }
}
