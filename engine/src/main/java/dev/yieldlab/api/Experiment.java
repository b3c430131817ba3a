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
 * Declares an executable experiment: a class whose {@link Run} methods are coroutine bodies run on
 * yieldlab's single-threaded loop and whose {@link Check} methods assert on what those runs did.
 *
 * <p>The class must be concrete, top-level or {@code static} nested, and have a constructor without
 * parameters (it may be private). One instance serves all runs and checks of the class.
 */
@Documented
@Testable
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Experiment {

  /**
   * The claims this experiment tests, e.g. {@code "C2a"}: they link the report back to the claims
   * and are the tests' tags. A {@link Check} may name the subset it is evidence for.
   */
  String[] claim();

  /** What the experiment shows, in one sentence; the class's simple name when empty. */
  String title() default "";
}
