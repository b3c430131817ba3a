package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.kernel.RunKernel;
import dev.yieldlab.api.timeline.InjectedYieldPoints;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timing.Measurement;
import dev.yieldlab.api.timing.PairedMeasurement;
import dev.yieldlab.api.timing.PairedSample;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What one variant of one {@link Run} left behind.
 *
 * @param name the run's name (its method name)
 * @param variant the variant that ran ({@link VariantSpec#DEFAULT} for a run without variants)
 * @param timeline every event of its loop (for a measured run, of the repetition closest to the median)
 * @param measurement elapsed times of the measured repetitions on the loop's clock
 * @param value what the run method returned, or null
 * @param failure what it threw, if it failed
 * @param kernel what the kernel counted for the loop thread over that repetition
 * @param yieldPoints for an injected variant, what its yield points did in that repetition; empty otherwise
 * @param unobservedFailures the tasks of that repetition that ended in a failure nothing observed,
 *     counted by the loop (past the timeline's event limit too); when there are any, {@code failure}
 *     says so as well
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunResult(String name, VariantSpec variant, Timeline timeline, Measurement measurement, Object value,
    Optional<Throwable> failure, RunKernel kernel, Optional<InjectedYieldPoints> yieldPoints,
    UnobservedFailures unobservedFailures) {

  /** A result whose every task failure was observed. */
  public RunResult(String name, VariantSpec variant, Timeline timeline, Measurement measurement, Object value,
      Optional<Throwable> failure, RunKernel kernel, Optional<InjectedYieldPoints> yieldPoints) {
    this(name, variant, timeline, measurement, value, failure, kernel, yieldPoints, UnobservedFailures.NONE);
  }

  /** A result of a variant without injected yield points. */
  public RunResult(String name, VariantSpec variant, Timeline timeline, Measurement measurement, Object value,
      Optional<Throwable> failure, RunKernel kernel) {
    this(name, variant, timeline, measurement, value, failure, kernel, Optional.empty());
  }

  /** A result without kernel counters (made outside a loop thread, e.g. in tests of reports). */
  public RunResult(String name, VariantSpec variant, Timeline timeline, Measurement measurement, Object value,
      Optional<Throwable> failure) {
    this(name, variant, timeline, measurement, value, failure, RunKernel.unavailable("not read: this result was not made by a run"));
  }

  /** The median elapsed time of the measured repetitions (the only one for an unmeasured run). */
  public Duration elapsed() {
    return measurement.median();
  }

  /** {@code cpuHeavy [injected every 2,000,000]}, or just the name for a run without variants. */
  public String label() {
    return variant == VariantSpec.DEFAULT ? name : name + " [" + variant.name() + "]";
  }

  /**
   * The pairs of a {@link Run#paired() paired} run, whose sides returned {@code sampleType}; fails
   * clearly for a run that is not paired.
   */
  @SuppressWarnings("unchecked")
  public <T extends PairedSample> PairedMeasurement<T> paired(Class<T> sampleType) {
    if (!(value instanceof PairedMeasurement<?> pairs)) {
      throw new IllegalStateException("run '" + label() + "' is not a paired run: declare it @Run(paired = true)");
    }
    pairs.pairs().forEach(pair -> {
      if (!sampleType.isInstance(pair.baseline()) || !sampleType.isInstance(pair.treatment())) {
        throw new IllegalStateException("run '" + label() + "' measured " + pair.treatment().getClass().getName()
            + " samples, not " + sampleType.getName());
      }
    });
    return (PairedMeasurement<T>) pairs;
  }

  /**
   * The run method's return value as {@code type} (a primitive type such as {@code int.class} reads
   * the boxed value, as the run method returned it); fails clearly if it returned something else.
   */
  @SuppressWarnings("unchecked")
  public <T> T value(Class<T> type) {
    // Reflection boxes a primitive return value; int.class.isInstance(42) is false, so compare boxed types.
    Class<?> boxed = MethodType.methodType(type).wrap().returnType();
    if (!boxed.isInstance(value)) {
      String got = value == null ? "nothing" : value.getClass().getName();
      String hint = value != null && value.getClass().getName().equals(type.getName())
          ? ": it is the instrumented copy of that class (an INJECTED variant); return JDK types from injected runs"
          : ": return the value from the @Run method";
      throw new IllegalStateException("run '" + label() + "' returned " + got + ", not a " + type.getName() + hint);
    }
    return (T) value;
  }
}
