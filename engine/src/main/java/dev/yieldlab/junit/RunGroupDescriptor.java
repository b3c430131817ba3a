package dev.yieldlab.junit;

import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** A run with declared variants: a container whose tests are its variants. */
final class RunGroupDescriptor extends YieldlabDescriptor {

  RunGroupDescriptor(UniqueId uniqueId, Class<?> experiment, RunMethod run, Set<TestTag> tags) {
    super(uniqueId, run.displayName(), MethodSource.from(experiment, run.method()), Type.CONTAINER, tags);
    run.variants().forEach(variant -> addChild(new RunDescriptor(
        uniqueId.append(RunDescriptor.VARIANT_SEGMENT, variant.name()), experiment, run, variant, tags)));
  }

}
