package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

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
 * <p>The method is non-private, non-static, takes a {@link Loop} and/or a {@link VariantSpec} (or
 * nothing), and returns {@code void} or a value that checks read through {@link
 * RunResult#value(Class)}. {@link Variant} annotations declare the ways to run it.
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
   * {@code yieldlab.repetitions} still raises it. Only with {@link #measured()}.
   */
  int repetitions() default 0;
}
