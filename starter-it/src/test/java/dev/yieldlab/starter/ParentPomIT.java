package dev.yieldlab.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The guard on yieldlab-parent's engine version, which projects of experiments inherit as a literal. */
@DisplayName("yieldlab-parent")
class ParentPomIT {

  @Test
  @DisplayName("a yieldlab.version out of step with the project version fails the build, saying what to set")
  void versionOutOfStepFails() {
    Path root = Maven.STARTER.resolve("../..").normalize();
    MavenRun validate = Maven.run(root, "-o", "-N", "validate", "-Dyieldlab.version=0.0.1");

    assertThat(validate.exitCode()).as(validate.tail()).isNotZero();
    assertThat(validate.output()).contains("pom.xml: yieldlab.version is 0.0.1 but the project version is "
        + Maven.VERSION + ": set yieldlab.version to " + Maven.VERSION
        + " (projects of experiments get the engine in that version)");
  }
}
