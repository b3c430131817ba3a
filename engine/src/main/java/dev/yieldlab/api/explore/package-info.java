/**
 * What exploring a run's schedules found ({@link dev.yieldlab.api.Explore}): the {@link
 * dev.yieldlab.api.explore.Exploration} (schedules, strategies, outcomes), each check's {@link
 * dev.yieldlab.api.explore.CheckVerdict}, and the {@link dev.yieldlab.api.explore.ScheduleId} that
 * replays a schedule. See docs/EXPLORING.md.
 */
package dev.yieldlab.api.explore;
