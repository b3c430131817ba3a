/**
 * Schedule exploration: runs one {@code @Explore}d run under many schedules of the VIRTUAL clock's
 * loop and keeps what a person needs to trust the verdict: how many schedules, by which strategy,
 * the first that refutes a check, replayed twice, shrunk to its fewest deviations from FIFO, and an
 * id that replays it.
 *
 * <p>Pieces, one job each:
 * <ul>
 *   <li>{@link dev.yieldlab.explore.Schedule}: the choices one run took; {@link
 *       dev.yieldlab.explore.ScheduleId} writes and reads them as a replayable id.</li>
 *   <li>{@link dev.yieldlab.explore.ChoiceSource} and its strategies ({@code RandomWalk},
 *       {@code Pct}, {@code Pos}, {@code Exhaustive}, {@code Replay}); {@link
 *       dev.yieldlab.explore.RecordingChooser} is the loop's {@link dev.yieldlab.loop.ScheduleChooser}
 *       over one of them, recording what was chosen.</li>
 *   <li>{@link dev.yieldlab.explore.Explorer}: the portfolio, the budget and the per-check
 *       verdicts; {@link dev.yieldlab.explore.Shrinker}: delta debugging over the deviations;
 *       {@link dev.yieldlab.explore.Divergence}: where two replays of one schedule part.</li>
 * </ul>
 *
 * <p>It depends on {@code dev.yieldlab.api} and {@code dev.yieldlab.loop}; it runs schedules through
 * a {@link dev.yieldlab.explore.ScheduleTrial} the engine gives it, and knows nothing of JUnit.
 */
package dev.yieldlab.explore;

import dev.yieldlab.api.explore.ScheduleId;
