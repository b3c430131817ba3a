package dev.yieldlab.fray.harness;

import dev.yieldlab.fray.E1CheckThenAct;
import dev.yieldlab.fray.E2LostUpdate;
import dev.yieldlab.fray.RaceUnderFray;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The races run.sh measures, by the key it and the TSV use. */
enum Race {
  E1("e1-check-then-act", E1CheckThenAct.class),
  E2_TWO("e2-lost-update-2", E2LostUpdate.OfTwo.class),
  E2_FOUR("e2-lost-update-4", E2LostUpdate.OfFour.class);

  private final String key;
  private final Class<? extends RaceUnderFray> testClass;

  Race(String key, Class<? extends RaceUnderFray> testClass) {
    this.key = key;
    this.testClass = testClass;
  }

  String key() {
    return key;
  }

  Class<? extends RaceUnderFray> testClass() {
    return testClass;
  }

  static Race of(String key) {
    return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no race '" + key + "'; races: " + keys()));
  }

  static String keys() {
    return Arrays.stream(values()).map(Race::key).collect(Collectors.joining(", "));
  }
}
