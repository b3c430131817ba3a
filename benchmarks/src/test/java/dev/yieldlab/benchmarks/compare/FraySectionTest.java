package dev.yieldlab.benchmarks.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Fray section of docs/PERFORMANCE.md from lines as benchmarks/fray/run.sh prints them, read from
 * a real process as the comparison reads run.sh's (Fray itself is never started here: it needs a JDK
 * of its own, which CI does not build).
 */
class FraySectionTest {

  /** What the comparison reads from a process that prints {@code lines}, through ProcessSide as for run.sh. */
  private static Measures measures(String... lines) {
    List<String> printf = new ArrayList<>(List.of("printf", "%s\\n"));
    printf.addAll(List.of(lines));
    return ProcessSide.run(printf, Path.of("."), new Measures());
  }

  @Test
  void oneRowPerRaceAndSchedulerWithTheMedianAndEveryRun() {
    Measures fray = measures("fray.runs\t3",
        "fray.e1-check-then-act.random.schedules-to-failure\t1.00000\tnan\tschedules\tmedian of 3 runs, each: 1, 1, 4",
        "fray.e1-check-then-act.random.seconds-to-failure\t0.682000\tnan\ts\tmedian of 3 runs, each: 0.330, 0.682, 0.918",
        "fray.e1-check-then-act.random.per-second\t170.000\tnan\tschedules/s\tmedian of 3 runs, each: 112.9, 169.6, 312.4",
        "fray.e1-check-then-act.random.per-second-fastest\t462.000\tnan\tschedules/s\tmedian of 3 runs, each: 225.6, 462.2, 800.3",
        "fray.e1-check-then-act.pos.schedules-to-failure\tinf\tnan\tschedules\tmedian of 3 runs, each: none in 10000, none in 10000, none in 10000");

    Measures yieldlab = measures("explore.e1.rate\t41503.3\tnan\tschedules/s\t20,000 schedules",
        "explore.e1.portfolio\t3.00000\tnan\tschedules\tmedian of 5 seeds");
    String section = FraySection.render(fray, yieldlab, Profile.FULL);

    assertThat(section)
        .contains("3 runs of each race")
        .contains("| e1-check-then-act · random | 1<br>median of 3 runs, each: 1, 1, 4 | 0.682<br>median of 3 runs, each: 0.330, 0.682, 0.918 "
            + "| 170<br>median of 3 runs, each: 112.9, 169.6, 312.4 | 462<br>median of 3 runs, each: 225.6, 462.2, 800.3 |")
        .contains("| e1-check-then-act · pos | none<br>median of 3 runs, each: none in 10000, none in 10000, none in 10000 "
            + "| not measured | not measured | not measured |")
        .contains("| E1: ≥ 100 × Fray's schedules per second (Fray's fastest settings, its best scheduler) | 41,503 schedules/s"
            + " | 462 schedules/s | missed |".replace("missed", "**missed**"))
        .contains("Fray's best scheduler (medians; yieldlab's best strategy, its count including the FIFO schedule it"
            + " always runs first) | 3.0 schedules | 1.0 schedules | **missed** |");
  }

  @Test
  void aRowThatSaysWhyWhenFrayCouldNotRun() {
    Measures fray = measures("fray.unavailable\tbuilding benchmarks/fray failed: JDK version is not 25.x");

    assertThat(FraySection.render(fray, new Measures(), Profile.FULL))
        .contains("| not measured | building benchmarks/fray failed: JDK version is not 25.x |")
        .doesNotContain("runs of each race");
  }

  @Test
  void aSmokeRunSaysItDidNotStartFray() {
    assertThat(FraySection.render(new Measures(), new Measures(), Profile.SMOKE))
        .contains("A smoke run does not start Fray")
        .doesNotContain("not measured");
  }
}
