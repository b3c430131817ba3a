package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A queue's length right after one put or get ({@link PrimitiveHistory#queueLengths}): its length over time
 * is the sequence of these.
 *
 * @param nanos when, on the loop's clock
 * @param length items in the queue after it (those handed to a getter that has not run yet count)
 * @param task who put or got
 * @param sequence the event's position in the timeline
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record QueueLength(long nanos, int length, String task, int sequence) {}
