package dev.yieldlab.allure;

import io.qameta.allure.internal.Allure2ModelJackson;
import io.qameta.allure.internal.shadowed.jackson.databind.JsonNode;
import io.qameta.allure.internal.shadowed.jackson.databind.ObjectMapper;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Reads every file of an Allure results directory as a reader would and lists what is incomplete:
 * results and containers parse with Allure's own Jackson mapper, SVG parses as XML, the
 * self-checking text attachments end with their last line, {@code environment.properties} has its
 * last key, {@code categories.json} has every category, every attachment a result names exists, and
 * no leftover file has a name Allure would read.
 */
final class ResultsDirectoryCheck {

  private static final ObjectMapper MAPPER = Allure2ModelJackson.createMapper();

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

  /** Lines "line i of n", then "END": truncation anywhere is visible. */
  static String selfCheckingText(int lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      text.append("line ").append(i).append(" of ").append(lines).append(": ").append(HostileText.KOREAN_LOG)
          .append('\n');
    }
    return text.append("END\n").toString();
  }

  private void file(Path directory, Path file) {
    String name = file.getFileName().toString();
    try {
      if (name.startsWith(AtomicFiles.TEMP_PREFIX) && name.endsWith(AtomicFiles.TEMP_SUFFIX)) {
        leftovers++;
        if (readByAllure(name)) {
          problems.add(name + ": a temporary file with a name Allure reads");
        }
      } else if (name.endsWith("-result.json")) {
        results++;
        TestResult result = MAPPER.readValue(file.toFile(), TestResult.class);
        for (Attachment attachment : result.getAttachments()) {
          if (!Files.exists(directory.resolve(attachment.getSource()))) {
            problems.add(name + ": names attachment " + attachment.getSource() + ", which does not exist");
          }
        }
      } else if (name.endsWith("-container.json")) {
        MAPPER.readValue(file.toFile(), TestResultContainer.class);
      } else if (name.endsWith("-attachment.svg")) {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
      } else if (name.endsWith("-attachment.txt")) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.endsWith("\nEND\n") || !text.equals(selfCheckingText(ResultsWritingChild.TEXT_LINES))) {
          problems.add(name + ": text attachment incomplete (" + text.length() + " chars)");
        }
      } else if (name.equals("environment.properties")) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
          properties.load(in);
        }
        if (!properties.containsKey("Git.commit")) {
          problems.add(name + ": has no Git.commit, its last key");
        }
      } else if (name.equals("categories.json")) {
        JsonNode categories = MAPPER.readTree(file.toFile());
        if (!categories.isArray() || categories.size() != FailureCategory.ALL.size()) {
          problems.add(name + ": not the " + FailureCategory.ALL.size() + " categories");
        }
      } else {
        problems.add(name + ": unexpected file");
      }
    } catch (Exception unreadable) {
      problems.add(name + ": " + unreadable);
    }
  }

  private static boolean readByAllure(String name) {
    return name.endsWith("-result.json") || name.endsWith("-container.json") || name.contains("-attachment")
        || name.equals("environment.properties") || name.equals("categories.json");
  }
}
