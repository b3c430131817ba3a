package dev.yieldlab.starter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What one Maven run left: its exit code, its output, and the tests Surefire reported.
 *
 * @param arguments what was typed after mvn, for messages
 */
record MavenRun(String arguments, int exitCode, String output, Path log, Path project) {

  /** One testcase of Surefire's XML: {@code experiment} is the container's display name, {@code name} the test's. */
  record TestCase(String experiment, String name, Outcome outcome, String message) {

    /** {@code "wake-order: Sleepers wake in deadline order > the earliest deadline wakes first: PASSED"}. */
    @Override
    public String toString() {
      return experiment + " > " + name + ": " + outcome + (message.isEmpty() ? "" : " (" + message + ")");
    }
  }

  enum Outcome { PASSED, FAILED, SKIPPED }

  /** The last lines of the output, to put into an assertion's message. */
  String tail() {
    List<String> lines = output.lines().toList();
    return "mvn " + arguments + " exited with " + exitCode + "; the last lines of " + log + ":\n"
        + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  /** Every testcase of target/surefire-reports/TEST-*.xml. */
  List<TestCase> testCases() {
    Path reports = project.resolve("target/surefire-reports");
    List<TestCase> cases = new ArrayList<>();
    if (!Files.isDirectory(reports)) {
      return cases;
    }
    try (Stream<Path> files = Files.list(reports)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
        NodeList testcases = parse(file).getElementsByTagName("testcase");
        for (int i = 0; i < testcases.getLength(); i++) {
          cases.add(testCase((Element) testcases.item(i)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + reports, e);
    }
    return cases;
  }

  /** The values of every JUnit report entry named {@code key}, from the Open Test Reporting XML. */
  List<String> reportEntries(String key) {
    Path report = project.resolve("target/junit-platform-reports/open-test-report.xml");
    NodeList entries = parse(report).getElementsByTagNameNS("*", "entry");
    List<String> values = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      if (entry.getAttribute("key").equals(key)) {
        values.add(entry.getTextContent());
      }
    }
    return values;
  }

  private static TestCase testCase(Element testcase) {
    for (String kind : List.of("failure", "error", "skipped")) {
      NodeList found = testcase.getElementsByTagName(kind);
      if (found.getLength() > 0) {
        String message = ((Element) found.item(0)).getAttribute("message");
        return new TestCase(testcase.getAttribute("classname"), testcase.getAttribute("name"),
            kind.equals("skipped") ? Outcome.SKIPPED : Outcome.FAILED, message);
      }
    }
    return new TestCase(testcase.getAttribute("classname"), testcase.getAttribute("name"), Outcome.PASSED, "");
  }

  private static Document parse(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new AssertionError("cannot parse " + file, e);
    }
  }
}
