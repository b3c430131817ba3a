package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Declares one way to run a {@link Run} method; each variant is a test of its own, with its
 * parameters in its display name. A run without {@code @Variant} has one, PLAIN.
 *
 * <p>Giving {@link #every()} several values declares a sweep: one variant per value, named
 * "{@code name} every N".
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Variants.class)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Variant {

  /** The variant's name, unique within its run; {@link #yields()} in lower case when empty. */
  String name() default "";

  /** How the body yields. */
  Yields yields() default Yields.PLAIN;

  /** Iterations (MANUAL, CHECK_ONLY) or back-edges (INJECTED) between yields; several values make a sweep. */
  long[] every() default {};

  /** Wall time between yields for INJECTED_TIMED, e.g. {@code "5ms"}. */
  String interval() default "";

  /** Further settings as {@code key=value}, read by the body through {@link VariantSpec#param(String)}. */
  String[] params() default {};
}
