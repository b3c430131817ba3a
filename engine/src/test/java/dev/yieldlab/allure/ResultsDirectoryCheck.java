package dev.yieldlab.allure;

import io.qameta.allure.internal.Allure2ModelJackson;
import io.qameta.allure.internal.shadowed.jackson.databind.JsonNode;
import io.qameta.allure.internal.shadowed.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Reads every file of a results directory that {@link ResultsWritingChild} wrote, as a reader would,
 * and lists what is incomplete: results and containers parse as JSON and results have all their
 * steps, every attachment a result names exists, text attachments end with their last
 * line, SVG parses as XML, {@code environment.properties} and {@code categories.json} are whole. The
 * only other files allowed are {@link AtomicFiles}'s temporary ones, which Allure never reads.
 */
final class ResultsDirectoryCheck {

  private static final ObjectMapper MAPPER = Allure2ModelJackson.createMapper();
  private static final String TEXT = selfCheckingText(ResultsWritingChild.TEXT_LINES);

  private final List<String> problems = new ArrayList<>();
  private int results;
  private int leftovers;

  private ResultsDirectoryCheck() {}

  static ResultsDirectoryCheck of(Path directory) throws IOException {
    ResultsDirectoryCheck check = new ResultsDirectoryCheck();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        check.file(directory, file);
      }
    }
    return check;
  }

  /** What is incomplete or unexpected, one line per file; empty when a reader would find all whole. */
  List<String> problems() {
    return problems;
  }

  int results() {
    return results;
  }

  /** Temporary files a killed writer left behind: evidence that a kill landed inside a write. */
  int leftovers() {
    return leftovers;
  }

  static boolean isTemporary(String name) {
    return name.startsWith(AtomicFiles.TEMP_PREFIX) && name.endsWith(AtomicFiles.TEMP_SUFFIX);
  }

  /** Lines "line i of n", then "END": truncation anywhere is visible. */
  static String selfCheckingText(int lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      text.append("line ").append(i).append(" of ").append(lines).append(": ").append(HostileText.KOREAN_LOG)
          .append('\n');
    }
    return text.append("END\n").toString();
  }

  /** The file's JSON; Jackson reads an empty file as no value at all, which is no less incomplete. */
  private static JsonNode json(Path file) throws IOException {
    JsonNode json = MAPPER.readTree(file.toFile());
    if (json == null || json.isMissingNode()) {
      throw new IOException("empty file");
    }
    return json;
  }

  private void file(Path directory, Path file) {
    String name = file.getFileName().toString();
    try {
      if (isTemporary(name)) {
        leftovers++;
      } else if (name.endsWith("-result.json")) {
        results++;
        JsonNode result = json(file);
        if (result.path("steps").size() != ResultsWritingChild.STEPS) {
          problems.add(name + ": " + result.path("steps").size() + " steps instead of " + ResultsWritingChild.STEPS);
        }
        for (JsonNode attachment : result.path("attachments")) {
          if (!Files.exists(directory.resolve(attachment.path("source").asText()))) {
            problems.add(name + ": names attachment " + attachment.path("source") + ", which does not exist");
          }
        }
      } else if (name.endsWith("-container.json")) {
        json(file);
      } else if (name.endsWith("-attachment.svg")) {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
      } else if (name.endsWith("-attachment.txt")) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.equals(TEXT)) {
          problems.add(name + ": text attachment incomplete (" + text.length() + " chars)");
        }
      } else if (name.equals("environment.properties")) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
          properties.load(in);
        }
        Set<Object> expected = new HashSet<>(ResultsEnvironment.describeMachine().keySet());
        expected.add("Machine"); // the machine profile's name, written first (ResultsEnvironment.write)
        if (!properties.keySet().equals(expected)) {
          problems.add(name + ": keys " + properties.keySet());
        }
      } else if (name.equals("categories.json")) {
        JsonNode categories = json(file);
        if (!categories.isArray() || categories.size() != FailureCategory.ALL.size()) {
          problems.add(name + ": not the " + FailureCategory.ALL.size() + " categories");
        }
      } else {
        problems.add(name + ": unexpected file");
      }
    } catch (Exception unreadable) {
      problems.add(name + ": " + unreadable.toString().lines().findFirst().orElse(""));
    }
  }
}
