/**
 * The verdict-stability benchmark ({@code benchmarks/verdicts.sh}): the REAL-clock ratio experiments
 * and two synthetic claims of known truth ({@link dev.yieldlab.benchmarks.verdicts.SyntheticClaims}),
 * run again and again on an idle machine, under bursty and under persistent foreign load, their timing
 * verdicts recorded typed as the engine reaches them ({@link dev.yieldlab.benchmarks.verdicts.VerdictRecorder}),
 * and counted into {@code docs/VERDICTS.md} ({@link dev.yieldlab.benchmarks.verdicts.VerdictsReport}).
 */
package dev.yieldlab.benchmarks.verdicts;
