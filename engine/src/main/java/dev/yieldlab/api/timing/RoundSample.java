package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * One repetition of a run timed as one side of a pair with another run: the engine times two runs a
 * check compares ({@link ElapsedRatio#of(RunResult, RunResult)}) back to back, and each run's
 * {@link Measurement#rounds()} keeps its side, joined to the other's by {@code round}.
 *
 * @param round which pair: the same number on both runs' sides, unique in the JVM
 * @param first whether this side ran first in its pair
 * @param elapsed the side's compared time: its loop's elapsed time, or what its {@link PairedSample}
 *     value says it measured
 * @param noise what else happened on the machine meanwhile
 * @param cpusNeeded CPUs the side needs to itself: its value's {@link PairedSample#freeCpusNeeded()}, 1 otherwise
 */
@API(status = EXPERIMENTAL, since = "0.4")
public record RoundSample(long round, boolean first, Duration elapsed, Noise noise, int cpusNeeded) {}
