/**
 * The evidence a run leaves: its {@link dev.yieldlab.api.timeline.Timeline} of {@link
 * dev.yieldlab.api.timeline.TimelineEvent}s, each about a typed {@link
 * dev.yieldlab.api.timeline.EventSubject}; the queries checks and reports read off it (task
 * activities and spans, wake-ups, stalls, queue lengths, lock holds); and the ordering assertions
 * ({@link dev.yieldlab.api.timeline.TimelineAssert}, failing with an {@link
 * dev.yieldlab.api.timeline.OrderingClaimFailure}).
 */
package dev.yieldlab.api.timeline;
