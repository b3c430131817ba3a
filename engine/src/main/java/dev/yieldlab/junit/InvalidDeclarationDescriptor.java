package dev.yieldlab.junit;

import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;

/**
 * Stands in the tree where a malformed experiment or method would be and fails with the same message
 * as its discovery issue: the problem is visible in the IDE and fails the build, while everything
 * else still runs.
 */
final class InvalidDeclarationDescriptor extends YieldlabDescriptor {

  private final Declaration declaration;

  /** {@code tags}: the experiment's claim tag, so a tag filter on the claim keeps this failure in view. */
  InvalidDeclarationDescriptor(UniqueId uniqueId, String displayName, Declaration declaration, Set<TestTag> tags) {
    super(uniqueId, displayName, declaration.source(), Type.TEST, tags);
    this.declaration = declaration;
  }

  @Override
  public YieldlabExecutionContext execute(YieldlabExecutionContext context, DynamicTestExecutor executor) {
    throw new InvalidExperimentException(declaration.message());
  }
}
