package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replacing Allure's writer must change nothing but the way files appear: the same names, the same
 * bytes, the same clean-before-run settings. Each case runs Allure's {@link FileSystemResultsWriter}
 * and {@link AtomicResultsWriter} side by side and compares the directories they leave.
 */
class AtomicResultsWriterTest {

  @TempDir
  Path allures;

  @TempDir
  Path ours;

  @Test
  void writesTheSameFilesUnderTheSameNamesAsAlluresOwnWriter() throws IOException {
    writeSampleResults(new FileSystemResultsWriter(allures));
    writeSampleResults(new AtomicResultsWriter(ours));

    assertThat(contents(ours)).isEqualTo(contents(allures)).hasSize(4);
  }

  @ParameterizedTest(name = "clean before run {0}, only once {1}")
  @CsvSource({"false, true", "true, true", "true, false"})
  void cleansTheDirectoryAsAlluresOwnWriterDoes(boolean cleanBeforeRun, boolean cleanOnlyOnce) throws IOException {
    for (Path directory : List.of(allures, ours)) {
      Files.writeString(directory.resolve("stale-result.json"), "{}");
      Files.createDirectories(directory.resolve("history"));
      Files.writeString(directory.resolve("history/history.json"), "{}");
    }

    writeSampleResults(new FileSystemResultsWriter(allures, cleanBeforeRun, cleanOnlyOnce));
    writeSampleResults(new AtomicResultsWriter(ours, cleanBeforeRun, cleanOnlyOnce));

    assertThat(contents(ours)).isEqualTo(contents(allures));
    assertThat(contents(ours).containsKey("stale-result.json")).isEqualTo(!cleanBeforeRun);
  }

  @Test
  void readsItsDirectoryAndCleaningFromAllureProperties() throws IOException {
    Files.writeString(ours.resolve("stale-result.json"), "{}");
    Map<String, String> settings = Map.of("allure.results.directory", ours.toString(),
        "allure.results.clean.before.run", "true");
    AtomicResultsWriter writer;
    settings.forEach(System::setProperty);
    try {
      writer = AtomicResultsWriter.fromAllureProperties();
    } finally {
      settings.keySet().forEach(System::clearProperty);
    }

    writer.write(new TestResult().setUuid("fresh"));

    assertThat(writer.directory()).isEqualTo(ours);
    assertThat(contents(ours)).containsOnlyKeys("fresh-result.json");
  }

  @Test
  void saysOnceThatItClearedEarlierRunsResults() throws IOException {
    Files.writeString(ours.resolve("stale-result.json"), "{}");
    Files.createDirectories(ours.resolve("history"));
    Files.writeString(ours.resolve("history/history.json"), "{}");
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream previous = System.err;
    System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      AtomicResultsWriter writer = new AtomicResultsWriter(ours, true, true);
      writeSampleResults(writer);
      writeSampleResults(writer);
      new AtomicResultsWriter(ours.resolve("empty"), true, true).write(new TestResult().setUuid("nothing-to-clear"));
    } finally {
      System.setErr(previous);
    }
    assertThat(contents(ours)).doesNotContainKey("stale-result.json");
    assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("[yieldlab] cleared 2 files of"
        + " earlier runs from " + ours + " (allure.results.clean.before.run=true): each run's report holds that run's"
        + " results only; Allure's trend history is not kept there (a report build copies it in; yieldlab's own build"
        + " keeps it in reports/.allure-history)");
  }

  /** A result with hostile text, its container and two attachments, as a listener writes them. */
  private static void writeSampleResults(AllureResultsWriter writer) {
    writer.write(new TestResult().setUuid("r1").setName(HostileText.SCRIPT_TASK).setFullName("a.B#c")
        .setStatus(Status.FAILED)
        .setStatusDetails(new StatusDetails().setMessage(HostileText.QUOTED_LOG).setTrace(HostileText.MULTILINE_LOG))
        .setLabels(List.of(new Label().setName("feature").setValue(HostileText.KOREAN_TASK)))
        .setSteps(List.of(new StepResult().setName(HostileText.KOREAN_LOG).setStatus(Status.PASSED)))
        .setAttachments(List.of(new Attachment().setName("log").setSource("a1-attachment.txt").setType("text/plain")))
        .setStart(1L).setStop(2L));
    writer.write(new TestResultContainer().setUuid("c1").setName("container").setChildren(List.of("r1")));
    writer.write("a1-attachment.txt", new ByteArrayInputStream(
        (HostileText.KOREAN_LOG + "\n" + HostileText.CONTROL_CHARS).getBytes(StandardCharsets.UTF_8)));
    writer.write("a2-attachment.svg", new ByteArrayInputStream(TimelineSvg.render(HostileText.SCRIPT_TASK,
        HostileText.timeline(), 10_008_000).getBytes(StandardCharsets.UTF_8)));
  }

  /** Every file below the directory, by relative name, with its content. */
  private static Map<String, String> contents(Path directory) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.put(directory.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return contents;
  }
}
