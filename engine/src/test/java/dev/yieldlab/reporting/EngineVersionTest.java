package dev.yieldlab.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.junit.YieldlabTestEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The version a report and the JUnit Platform are told is the one Maven built (passed in by Surefire). */
@DisplayName("Engine version")
class EngineVersionTest {

  private static final String BUILT = System.getProperty("yieldlab.test.projectVersion");

  @Test
  @DisplayName("is the project version, read from the class directory as well as from the jar")
  void isTheProjectVersion() {
    assertThat(BUILT).as("yieldlab.test.projectVersion, set by engine/pom.xml").isNotBlank();
    assertThat(EngineVersion.current()).isEqualTo(BUILT);
  }

  @Test
  @DisplayName("is what the test engine reports to the platform")
  void isTheTestEnginesVersion() {
    assertThat(new YieldlabTestEngine().getVersion()).contains(BUILT);
  }
}
