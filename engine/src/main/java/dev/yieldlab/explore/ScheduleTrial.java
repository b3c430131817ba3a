package dev.yieldlab.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.loop.ScheduleChooser;
import org.apiguardian.api.API;

/**
 * Runs the explored run once, on a fresh loop explored by the chooser it is given, and judges the
 * result with the checks that read it: what the engine gives the {@link Explorer}.
 */
@API(status = EXPERIMENTAL, since = "0.3")
@FunctionalInterface
public interface ScheduleTrial {

  Trial run(ScheduleChooser chooser);
}
