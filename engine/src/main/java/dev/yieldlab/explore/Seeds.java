package dev.yieldlab.explore;

import java.util.SplittableRandom;

/**
 * The random numbers of one schedule, from (seed, strategy, index) alone: a schedule's draw never
 * depends on which schedules ran before it, so an id replays it however the exploration was split
 * (shards) or cut short (budget).
 */
final class Seeds {

  private Seeds() {}

  static SplittableRandom of(long seed, String strategy, long index) {
    long mixed = mix(mix(seed ^ 0x9E3779B97F4A7C15L) + strategy.hashCode()) + index;
    return new SplittableRandom(mix(mixed));
  }

  /** Stafford's variant 13 of the MurmurHash3 finalizer, as SplittableRandom uses it. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
