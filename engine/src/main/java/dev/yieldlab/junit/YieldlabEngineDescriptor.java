package dev.yieldlab.junit;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The root of yieldlab's test tree; its children are experiments. */
final class YieldlabEngineDescriptor extends EngineDescriptor implements Node<YieldlabExecutionContext> {

  YieldlabEngineDescriptor(UniqueId uniqueId) {
    super(uniqueId, "yieldlab");
  }

  @Override
  public void after(YieldlabExecutionContext context) {
    context.reporter().executionFinished();
  }
}
