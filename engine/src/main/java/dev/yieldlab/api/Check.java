package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.timing.InconclusiveTimingException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks an assertion over the experiment's runs. Checks execute after every run of the experiment,
 * each as a test of its own, so a failed claim is reported apart from the run that produced the
 * evidence.
 *
 * <p>The method is non-private, non-static, returns {@code void} and takes a {@link Runs} (and, to
 * publish measures, a {@link Report}). If a
 * run it reads failed, the check is aborted with that failure as its cause instead of failing a
 * second time.
 */
@Documented
@Testable
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Check {

  /** What the check asserts, shown as the test's display name; the method name when empty. */
  String value() default "";

  /**
   * The names of the runs (method names) this check reads. Selecting only this check (IDE gutter,
   * {@code -Dtest=Class#check}) runs these too. Empty means every run of the experiment.
   */
  String[] runs() default {};

  /** The claims this check is evidence for, a subset of the experiment's; all of them when empty. */
  String[] claim() default {};

  /** What a pass of this check says about the claims' sentences; the claims ledger weighs it so. */
  Stance stance() default Stance.SUPPORTS;

  /**
   * Whether this check is about the post's own code rerun here (its Python, as a reference) rather
   * than about yieldlab's reproduction: the claims ledger gives such checks a verdict of their own,
   * beside yieldlab's, so a reader sees what the original does on this machine next to what ours does.
   */
  boolean reference() default false;

  /**
   * For a check that reads an {@link Explore explored} run: whether it is expected to hold in every
   * schedule or to be refuted by one. Ignored for a check of runs that are not explored.
   */
  Expect expect() default Expect.HOLDS;

  /**
   * The most pairs a timing claim of this check may rest on: while its ratio's verdict is
   * inconclusive ({@link InconclusiveTimingException}) the engine measures more pairs of the runs it
   * compares, up to this many in all, and runs the check again. Negative (the default): the
   * configuration parameter {@code yieldlab.timing.budget.pairs}. At least 2 (an interval needs two).
   */
  int budgetPairs() default -1;

  /**
   * How long the engine may spend measuring more pairs for this check, e.g. {@code "2m"}; empty (the
   * default): the configuration parameter {@code yieldlab.timing.budget.time}.
   */
  String budgetTime() default "";
}
