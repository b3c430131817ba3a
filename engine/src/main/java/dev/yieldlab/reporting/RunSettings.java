package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.VariantSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a run variant ran with. Reporters read the fields; {@link #listed()} is only how they are
 * shown, one line per setting, as report parameters.
 *
 * @param clock the loop's clock
 * @param timeout the run's limit on that clock
 * @param variant the variant that ran
 * @param warmups unrecorded runs before the measured ones (for a paired run: pairs)
 * @param repetitions measured repetitions (for a paired run: the pairs measured)
 * @param paired whether it was measured in back-to-back pairs of a baseline and a treatment
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record RunSettings(ClockKind clock, Duration timeout, VariantSpec variant, int warmups, int repetitions,
    boolean paired) {

  /** One setting as a report shows it. */
  public record Listed(String name, String value) {}

  /** Every setting as report parameters show them, in this order. */
  public List<Listed> listed() {
    List<Listed> listed = new ArrayList<>();
    listed.add(new Listed("clock", clock.name()));
    listed.add(new Listed("timeout", timeout.toMillis() + " ms"));
    listed.add(new Listed("variant", variant.name()));
    listed.add(new Listed("yields", variant.yields().name()));
    if (variant.every() > 0) {
      listed.add(new Listed("yield interval (iterations or back-edges)", variant.everyText()));
    }
    variant.interval().ifPresent(interval -> listed.add(new Listed("yield interval (wall time)", interval.toMillis() + " ms")));
    for (Map.Entry<String, String> param : variant.params().entrySet()) {
      listed.add(new Listed(param.getKey(), param.getValue()));
    }
    if (paired) {
      listed.add(new Listed("measured", "in back-to-back pairs of baseline and treatment, order alternating"));
      listed.add(new Listed("warm-ups", warmups + " pair(s)"));
      listed.add(new Listed("repetitions", repetitions + " pair(s)"));
    } else {
      listed.add(new Listed("warm-ups", Integer.toString(warmups)));
      listed.add(new Listed("repetitions", Integer.toString(repetitions)));
    }
    return listed;
  }
}
