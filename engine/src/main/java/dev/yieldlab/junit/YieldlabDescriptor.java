package dev.yieldlab.junit;

import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * What every node of yieldlab's tree below the engine shares: a fixed type and the claim tags it
 * carries, so that a tag filter on a claim (`-Dgroups=C2a`) keeps or drops a whole experiment.
 */
abstract class YieldlabDescriptor extends AbstractTestDescriptor implements Node<YieldlabExecutionContext> {

  private final Type type;
  private final Set<TestTag> tags;

  YieldlabDescriptor(UniqueId uniqueId, String displayName, TestSource source, Type type, Set<TestTag> tags) {
    super(uniqueId, displayName, source);
    this.type = type;
    this.tags = Set.copyOf(tags);
  }

  @Override
  public final Type getType() {
    return type;
  }

  @Override
  public final Set<TestTag> getTags() {
    return tags;
  }
}
