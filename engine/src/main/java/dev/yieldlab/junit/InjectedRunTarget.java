package dev.yieldlab.junit;

import dev.yieldlab.api.Configuration;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.Yields;
import dev.yieldlab.api.timeline.InjectedYieldPoints;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timing.PairSide;
import dev.yieldlab.instrument.InjectedPolls;
import dev.yieldlab.instrument.InstalledPolicy;
import dev.yieldlab.instrument.Instrumentation;
import dev.yieldlab.instrument.InstrumentingClassLoader;
import dev.yieldlab.instrument.YieldPoints;
import dev.yieldlab.instrument.YieldPolicy;
import dev.yieldlab.loop.EventLoop;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Runs an INJECTED or INJECTED_TIMED variant: the run method of an instrumented copy of the
 * experiment's classes, on an instance of that copy. Each run (warm-up or repetition) installs the
 * variant's yield policy on its loop's thread, leading to that loop, for as long as the run method
 * runs: the policy belongs to the loop, so another run's instrumented code on another thread follows
 * its own.
 */
final class InjectedRunTarget implements RunTarget {

  /** One instrumented copy per experiment class: making it re-reads and rewrites class files. */
  private static final ClassValue<Class<?>> COPIES = new ClassValue<>() {
    @Override
    protected Class<?> computeValue(Class<?> experiment) {
      return Instrumentation.instrumentedCopy(experiment);
    }
  };

  private final Object instance;
  private final Method method;
  private final RunMethod run;
  private final VariantSpec variant;
  private final YieldPolicy policy;
  private final Configuration configuration;
  /** The counts of the last invoke's policy: read by {@link #yieldPoints} on the same loop thread. */
  private long reached;
  private long yielded;

  private InjectedRunTarget(Object instance, Method method, RunMethod run, VariantSpec variant, YieldPolicy policy,
      Configuration configuration) {
    this.instance = instance;
    this.method = method;
    this.run = run;
    this.variant = variant;
    this.policy = policy;
    this.configuration = configuration;
  }

  static RunTarget create(Class<?> experiment, RunMethod run, VariantSpec variant, YieldlabConfiguration configuration)
      throws Exception {
    Class<?> copy = COPIES.get(experiment);
    Constructor<?> constructor = copy.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = Reflection.invoke(() -> constructor.newInstance());
    Method method = Instrumentation.counterpart(run.method(), copy);
    method.setAccessible(true);
    return new InjectedRunTarget(instance, method, run, variant, policyOf(variant), configuration.parameters());
  }

  static YieldPolicy policyOf(VariantSpec variant) {
    if (variant.yields() == Yields.INJECTED_TIMED) {
      return YieldPolicy.every(variant.interval().orElseThrow());
    }
    return YieldPolicy.everyBackEdges(Math.toIntExact(variant.every()));
  }

  @Override
  public Object invoke(EventLoop loop, PairSide side) throws Exception {
    InstalledPolicy installed = YieldPoints.install(policy, loop::preemptAt);
    try (installed) {
      return Reflection.invoke(() -> method.invoke(instance, run.arguments(loop, variant, configuration, side)));
    } catch (IllegalAccessError crossLoader) {
      // The copy lives in its own class loader, so it is in another runtime package than the
      // experiment's package-private helpers; the JVM's message does not say why that matters.
      throw new IllegalStateException(run.name() + " [" + variant.name() + "] runs from an instrumented copy of "
          + method.getDeclaringClass().getName() + ", which can only reach public members of classes outside the"
          + " experiment class and its nested classes: make the helper it calls public, or nest it in the experiment."
          + " The JVM said: " + crossLoader.getMessage(), crossLoader);
    } finally {
      reached = installed.slowPaths() + installed.entryPaths();
      yielded = installed.yields();
    }
  }

  @Override
  public Optional<InjectedYieldPoints> yieldPoints(Timeline timeline) {
    InjectedPolls injected = ((InstrumentingClassLoader) method.getDeclaringClass().getClassLoader()).injected();
    return Optional.of(new InjectedYieldPoints(injected.backEdges(), injected.methodEntries(), reached, yielded,
        InjectedYieldPoints.unreachedIn(timeline, method.getDeclaringClass().getClassLoader().getName())));
  }
}
