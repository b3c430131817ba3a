package dev.yieldlab.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.RunResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A finished run, as reporters see it.
 *
 * @param experiment the experiment it belongs to
 * @param displayName the run test's display name
 * @param settings what the run ran with (clock, timeout, ...), one entry per setting, in order
 * @param result its timeline, elapsed time and failure
 * @param measures what was measured (elapsed, switches, ...), in order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunReport(ExperimentInfo experiment, String displayName, Map<String, String> settings,
    RunResult result, Map<String, String> measures) {

  public RunReport {
    // Copies that keep their order: reports list settings and measures as the engine gave them.
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
  }
}
