package dev.yieldlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.Explore;
import dev.yieldlab.api.explore.CheckVerdict;
import dev.yieldlab.api.explore.Exploration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExplorerTest {

  @Explore
  private static void defaults() {}

  static ExploreSettings settings(String strategies, int schedules) {
    try {
      Explore explore = ExplorerTest.class.getDeclaredMethod("defaults").getAnnotation(Explore.class);
      return ExploreSettings.resolve(explore, key -> switch (key) {
        case ExploreSettings.STRATEGIES -> Optional.ofNullable(strategies);
        case ExploreSettings.SCHEDULES -> Optional.of(String.valueOf(schedules));
        default -> Optional.empty();
      }, "test");
    } catch (NoSuchMethodException impossible) {
      throw new AssertionError(impossible);
    }
  }

  static final RunFingerprint RUN = new RunFingerprint("abcd", "0123", "Races.checkThenAct");

  @Test
  void anExhaustiveSearchFindsTheRaceFifoHidesAndEnds() {
    Exploration found = new Explorer(settings("exhaustive", 10_000), RUN,
        Races.trial(Races::checkThenAct, "oneWinner", value -> (Integer) value == 1), List.of("oneWinner"), () -> false)
        .explore();
    assertThat(found.fifo().value()).isEqualTo(1);
    CheckVerdict verdict = found.verdictOf("oneWinner").orElseThrow();
    assertThat(verdict.status()).isEqualTo(CheckVerdict.Status.REFUTED);
    CheckVerdict.Refutation refutation = verdict.refutation().orElseThrow();
    System.out.println(found.scope() + " / " + found.stopped() + " / " + refutation.shrunk() + " / " + refutation.provenance());
    refutation.deviations().forEach(note -> System.out.println("  " + note.describe()));
    System.out.println(refutation.witness().timeline().describe());
    assertThat(refutation.witness().value()).isEqualTo(2);
  }

  @Test
  void everyStrategyFindsTheRace() {
    for (String strategy : List.of("random", "pct", "pos")) {
      Exploration found = new Explorer(settings(strategy, 1_000), RUN,
          Races.trial(Races::checkThenAct, "oneWinner", value -> (Integer) value == 1), List.of("oneWinner"), () -> false)
          .explore();
      CheckVerdict verdict = found.verdictOf("oneWinner").orElseThrow();
      System.out.println(strategy + ": " + found.scope() + " -> " + verdict.status() + " "
          + verdict.refutation().map(CheckVerdict.Refutation::provenance).orElse(""));
      assertThat(verdict.status()).as(strategy).isEqualTo(CheckVerdict.Status.REFUTED);
    }
  }

  @Test
  void aTaskSpinningOnYieldNowCannotStarveTheOneItWaitsFor() {
    Exploration spun = new Explorer(settings("pct,random,pos", 300), RUN, Races.trial(loop -> {
      boolean[] flag = {false};
      var spinner = loop.spawn("spinner", () -> {
        int spins = 0;
        while (!flag[0]) {
          loop.yieldNow();
          spins++;
        }
        return spins;
      });
      var setter = loop.spawn("setter", () -> {
        loop.yieldNow();
        flag[0] = true;
        return null;
      });
      loop.gather(spinner, setter);
      return "done";
    }, "ends", "done"::equals), List.of("ends"), () -> false).explore();
    assertThat(spun.verdictOf("ends").orElseThrow().status()).isEqualTo(CheckVerdict.Status.HELD);
    assertThat(spun.schedules()).isEqualTo(300);
  }

  @Test
  void schedulesPerSecond() {
    for (int round = 0; round < 3; round++) {
      Exploration held = new Explorer(settings("random", 20_000), RUN,
          Races.trial(loop -> Races.yielding(loop, 2, 10), "count", value -> (Integer) value == 20), List.of("count"),
          () -> false).explore();
      System.out.printf("2x10: %s in %s: %.0f/s%n", held.scope(), held.took(), held.schedulesPerSecond());
    }
  }
}
