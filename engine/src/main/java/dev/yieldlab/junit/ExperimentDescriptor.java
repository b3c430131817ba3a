package dev.yieldlab.junit;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * An experiment class: a container whose children are its runs, then its checks. Executing it
 * creates the one instance they share and an empty {@link RunStore} for the runs to fill.
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

  /** Checks read runs, so runs execute first whatever order discovery added them in. */
  void orderRunsBeforeChecks() {
    orderChildren(children -> {
      List<TestDescriptor> ordered = new ArrayList<>(children);
      ordered.sort((a, b) -> Boolean.compare(a instanceof CheckDescriptor, b instanceof CheckDescriptor));
      return ordered;
    });
  }

  @Override
  public YieldlabExecutionContext before(YieldlabExecutionContext context) throws Exception {
    Constructor<?> constructor = model.type().getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = Reflection.invoke(() -> constructor.newInstance());
    return context.forExperiment(instance, new RunStore(model.runs().values()));
  }
}
