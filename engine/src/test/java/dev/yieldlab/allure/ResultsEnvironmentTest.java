package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ResultsEnvironmentTest {

  @Test
  void propertiesRoundTripThroughJavasOwnReaderWhateverTheValues() throws Exception {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("CPU", "AMD EPYC 7B13 = fast: #1!");
    entries.put("OS name", "리눅스 \\ 6.1\nsecond line");

    Properties read = new Properties();
    read.load(new StringReader(ResultsEnvironment.properties(entries)));

    assertThat(read).containsEntry("CPU", "AMD EPYC 7B13 = fast: #1!").containsEntry("OS name", "리눅스 \\ 6.1\nsecond line");
  }

  @Test
  void describesTheMachineTheClaimsWereMeasuredOn() {
    assertThat(ResultsEnvironment.describeMachine()).containsKeys("CPU", "Cores", "JVM", "OS", "Git.commit")
        .containsEntry("Cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
  }

  @Test
  void namesTheEngineVersionThatMeasured() {
    assertThat(ResultsEnvironment.describeMachine())
        .containsEntry("yieldlab", System.getProperty("yieldlab.test.projectVersion"));
  }
}
