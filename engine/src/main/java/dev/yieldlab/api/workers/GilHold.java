package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One stretch during which a worker held the emulated GIL, and so was the only one computing.
 *
 * @param worker the holder
 * @param fromEpochNanos when it got the lock (nanoseconds since the epoch)
 * @param toEpochNanos when it let go of it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GilHold(String worker, long fromEpochNanos, long toEpochNanos) {}
