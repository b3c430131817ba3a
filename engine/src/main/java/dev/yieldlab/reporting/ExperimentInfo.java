package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.Experiment;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Who a reported run or check belongs to.
 *
 * @param type the {@code @Experiment} class
 * @param claims its claim ids, e.g. {@code C2a}
 * @param title its title, or the class's simple name when it has none
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExperimentInfo(Class<?> type, List<String> claims, String title) {

  public ExperimentInfo {
    claims = List.copyOf(claims);
  }

  public static ExperimentInfo of(Class<?> type) {
    Experiment experiment = type.getAnnotation(Experiment.class);
    String title = experiment.title().isBlank() ? type.getSimpleName() : experiment.title();
    return new ExperimentInfo(type, List.of(experiment.claim()), title);
  }
}
