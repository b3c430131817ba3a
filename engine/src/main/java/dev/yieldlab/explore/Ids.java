package dev.yieldlab.explore;

import dev.yieldlab.api.explore.ScheduleId;
import java.util.List;
import java.util.Optional;

/** Schedule ids of one run: a schedule by its deviations, or a strategy's draw by its name, seed and index. */
final class Ids {

  private Ids() {}

  static ScheduleId of(RunFingerprint run, Schedule schedule) {
    return new ScheduleId(run.run(), run.build(), schedule.deviations(), Optional.empty());
  }

  static ScheduleId drawn(RunFingerprint run, ScheduleId.Drawn drawn) {
    return new ScheduleId(run.run(), run.build(), List.of(), Optional.of(drawn));
  }
}
