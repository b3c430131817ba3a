package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.timing.PairSide;
import dev.yieldlab.api.timing.PairedMeasurement;
import dev.yieldlab.api.timing.PairedSample;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks the body of one run: the method becomes the main coroutine of a fresh {@link Loop} and its
 * timeline, elapsed time and return value are kept for the {@link Check}s of the experiment.
 *
 * <p>The method is non-private, non-static, takes any of a {@link Loop}, a {@link VariantSpec} and a
 * {@link Configuration} (or nothing), and returns {@code void} or a value that checks read through
 * {@link RunResult#value(Class)}. {@link Variant} annotations declare the ways to run it. A {@link
 * #paired()} run also takes a {@link PairSide} and returns a {@link PairedSample}.
 */
@Documented
@Testable
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Run {

  /** What the run does, shown as the test's display name; the method name when empty. */
  String value() default "";

  /**
   * Wall-clock limit of this run, e.g. {@code "10s"} or {@code "500ms"}; the configuration
   * parameter {@code yieldlab.timeout.default} when empty.
   */
  String timeout() default "";

  /**
   * Whether elapsed time is what this run is for: it then runs {@code yieldlab.warmups} times
   * unrecorded and {@code yieldlab.repetitions} times measured, and checks see the median and spread.
   */
  boolean measured() default false;

  /**
   * This run's own number of measured repetitions, for runs whose effect is small next to the noise;
   * {@code yieldlab.repetitions} still raises it. With {@link #measured()}; with {@link #paired()}, the
   * pairs its own test measures.
   */
  int repetitions() default 0;

  /**
   * Whether this run compares a baseline with a treatment in back-to-back pairs ({@link
   * PairedMeasurement}): the engine calls the method once per side, within one loop, one warm-up pair
   * first and then {@code yieldlab.timing.pairs} pairs (2 unless set; or {@link #repetitions()},
   * whichever is larger) in alternating order, with the machine's noise measured around every side. Checks read the pairs
   * through {@link RunResult#paired(Class)} and judge {@link PairedMeasurement#ratio(String, String)};
   * while a verdict is inconclusive the engine measures more pairs within the check's budget. The
   * method takes a {@link PairSide} and returns a {@link PairedSample}. Not with {@link #measured()}:
   * the pairs are the repetitions.
   */
  boolean paired() default false;
}
