package dev.yieldlab.junit;

import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * Stands in the tree where a malformed experiment or method would be and fails with the same message
 * as its discovery issue: the problem is visible in the IDE and fails the build, while everything
 * else still runs.
 */
final class InvalidDeclarationDescriptor extends AbstractTestDescriptor implements Node<YieldlabExecutionContext> {

  private final Declaration declaration;
  private final Set<TestTag> tags;

  /** {@code tags}: the experiment's claim tag, so a tag filter on the claim keeps this failure in view. */
  InvalidDeclarationDescriptor(UniqueId uniqueId, String displayName, Declaration declaration, Set<TestTag> tags) {
    super(uniqueId, displayName, declaration.source());
    this.declaration = declaration;
    this.tags = Set.copyOf(tags);
  }

  @Override
  public Set<TestTag> getTags() {
    return tags;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public YieldlabExecutionContext execute(YieldlabExecutionContext context, DynamicTestExecutor executor) {
    throw new InvalidExperimentException(declaration.message());
  }
}
