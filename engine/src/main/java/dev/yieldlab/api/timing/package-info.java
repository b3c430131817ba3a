/**
 * Timing claims: a ratio of two runs' elapsed times as an estimate with an interval ({@link
 * dev.yieldlab.api.timing.ElapsedRatio}, {@link dev.yieldlab.api.timing.RatioEstimate}), judged
 * against a band ({@link dev.yieldlab.api.timing.RatioAssert}) as confirmed, refuted or inconclusive
 * ({@link dev.yieldlab.api.timing.TimingVerdict}); and what they rest on: measured repetitions
 * ({@link dev.yieldlab.api.timing.Measurement}), pairs of runs ({@link
 * dev.yieldlab.api.timing.PairedMeasurement}) and the noise around them. See docs/TIMING.md.
 */
package dev.yieldlab.api.timing;
