package dev.yieldlab.loop;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Which run of which experiment a loop serves: the engine gives it to the loop it makes, so that a
 * message about a primitive, a task or a connection used across loops can name the experiment and
 * run on each side. Loop threads are reused and renamed from run to run, so a thread's name alone
 * cannot say which run made what.
 *
 * @param experiment the experiment class's simple name; empty for a loop made outside the engine
 * @param run the run's label ({@code cpuHeavy [injected]}); empty for a loop made outside the engine
 */
@API(status = INTERNAL, since = "0.4")
public record RunIdentity(String experiment, String run) {

  /** A loop made outside the engine (tests, benchmarks, a worker's child JVM). */
  public static final RunIdentity NONE = new RunIdentity("", "");

  public RunIdentity {
    Objects.requireNonNull(experiment, "experiment");
    Objects.requireNonNull(run, "run");
  }

  /** The run {@code run} of {@code experiment}. */
  public static RunIdentity of(Class<?> experiment, String run) {
    return new RunIdentity(experiment.getSimpleName(), run);
  }

  /** {@code run 'useShared' of SharedLockExperiment}, or {@code a loop made outside the engine}. */
  @Override
  public String toString() {
    return this.equals(NONE) ? "a loop made outside the engine" : "run '" + run + "' of " + experiment;
  }
}
