package dev.yieldlab.junit;

import dev.yieldlab.api.VariantSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a run variant ran with, one entry per setting, in the order reports list them as parameters. */
final class RunSettings {

  private RunSettings() {}

  static Map<String, String> of(RunMethod run, VariantSpec variant, YieldlabConfiguration configuration) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("clock", configuration.clock().name());
    settings.put("timeout", run.timeout().orElse(configuration.defaultTimeout()).toMillis() + " ms");
    settings.put("variant", variant.name());
    settings.put("yields", variant.yields().name());
    if (variant.every() > 0) {
      settings.put("yield interval (iterations or back-edges)", variant.everyText());
    }
    variant.interval().ifPresent(interval -> settings.put("yield interval (wall time)", interval.toMillis() + " ms"));
    variant.params().forEach(settings::put);
    settings.put("warm-ups", Integer.toString(RepeatedRun.warmups(run, configuration)));
    settings.put("repetitions", Integer.toString(RepeatedRun.repetitions(run, configuration)));
    return settings;
  }
}
