package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Explores a {@link Run}: besides the one FIFO order a run takes, it is run again under many other
 * schedules, each a legal order of the loop (which ready task resumes next, whether a timeout fires
 * before a task that is ready at the same instant), and every {@link Check} that reads it is judged
 * on each schedule's result. A check passes with its scope ("held in all 1,152 schedules", "held in
 * 10,000 schedules: random 3,334, pct3 3,333, pos 3,333") or fails on the first schedule that refutes
 * it, shrunk to its fewest deviations from FIFO, with the command line that replays it.
 *
 * <p>An explored run runs on the VIRTUAL clock; it may not be {@link Run#measured() measured} or
 * {@link Run#paired() paired}, have a workers or {@link Yields#INJECTED_TIMED} variant, or hand work
 * to other threads ({@code toThread}, {@code await(future)}): their timing is real, not chosen.
 *
 * <p>Every value can be set from the command line, which wins over the annotation so that a nightly
 * job can explore deeper without editing experiments: {@code yieldlab.explore.schedules},
 * {@code .strategies} (e.g. {@code random,pct3,pos,exhaustive}), {@code .seed}, {@code .budget},
 * {@code .jitter}, {@code .deviations}, {@code .shard} ({@code i/n}); {@code yieldlab.schedule=<id>}
 * replays one schedule. See docs/EXPLORING.md.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@API(status = EXPERIMENTAL, since = "0.3")
public @interface Explore {

  /** The most schedules to run, the FIFO one included. */
  int schedules() default 10_000;

  /**
   * The strategies, in the order they take turns; empty for the default portfolio: an exhaustive
   * search first, which ends the exploration with "all N schedules" when the run is small enough,
   * then random walk, PCT of depth {@link #pctDepth()} and POS in turn.
   */
  Strategy[] strategies() default {};

  /** The seed every randomised strategy derives its schedules from: the same seed explores the same schedules. */
  long seed() default 1;

  /** The most wall time the exploration may take, e.g. {@code "10s"}; the schedules explored by then count. */
  String budget() default "10s";

  /**
   * The most a timer may be late, e.g. {@code "1ms"}: each sleep and timeout of a schedule then fires
   * at its deadline plus a random delay up to this, so that things meant for the same instant are
   * tried in both orders and near it. Empty for none (timers fire at their deadline, and only their
   * order among things due at the same instant is explored). Not with the exhaustive strategy.
   */
  String jitter() default "";

  /** PCT's depth d: the number of ordering constraints a bug needs that PCT finds with probability 1/(n k^(d-1)). */
  int pctDepth() default 3;

  /**
   * The exhaustive search's bound on deviations from FIFO per schedule (the preemption bound of
   * context-bounded search); -1 for none.
   */
  int deviations() default -1;
}
