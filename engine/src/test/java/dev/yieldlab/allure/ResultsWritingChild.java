package dev.yieldlab.allure;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM that {@link AtomicResultsKillTest} kills: installs yieldlab's atomic Allure lifecycle and
 * writes results, containers, a large text attachment, a timeline SVG and the environment files in
 * an endless loop, until it is killed. It reuses a few result slots, so the directory stays small
 * however long it runs, and every write replaces a complete file, the case a crash must not spoil.
 *
 * <p>Arguments: the results directory, and a prefix for this JVM's file names.
 */
final class ResultsWritingChild {

  static final String READY = "writing results";
  static final int SLOTS = 3;
  /** Large enough that most of the child's time is spent inside a write, where the kill should land. */
  static final int TEXT_LINES = 40_000;

  private ResultsWritingChild() {}

  public static void main(String[] args) {
    Path directory = Path.of(args[0]);
    String prefix = args[1];
    System.setProperty("allure.results.directory", directory.toString());
    if (!AtomicAllureLifecycle.installIfAbsent()) {
      throw new IllegalStateException("the atomic lifecycle was not installed");
    }
    AllureLifecycle lifecycle = Allure.getLifecycle();
    byte[] text = ResultsDirectoryCheck.selfCheckingText(TEXT_LINES).getBytes(StandardCharsets.UTF_8);
    byte[] svg = TimelineSvg.render(HostileText.SCRIPT_TASK + " " + HostileText.KOREAN_TASK, HostileText.timeline(),
        10_008_000).getBytes(StandardCharsets.UTF_8);
    for (long round = 0; ; round++) {
      int slot = (int) (round % SLOTS);
      if (slot == 0) {
        ResultsEnvironment.write(directory);
      }
      String uuid = prefix + "-" + slot;
      String container = prefix + "-container-" + slot;
      lifecycle.startTestContainer(new TestResultContainer().setUuid(container).setName("slot " + slot)
          .setChildren(List.of(uuid)));
      lifecycle.scheduleTestCase(container, new TestResult().setUuid(uuid)
          .setName(HostileText.SCRIPT_TASK + " \"" + HostileText.KOREAN_LOG + "\"\nround " + round)
          .setFullName("dev.yieldlab.Child#slot" + slot));
      lifecycle.startTestCase(uuid);
      attach(lifecycle, uuid, "log", "text/plain", uuid + "-log-attachment.txt", text);
      attach(lifecycle, uuid, "timeline", "image/svg+xml", uuid + "-timeline-attachment.svg", svg);
      lifecycle.updateTestCase(uuid, result -> result.setStatus(Status.PASSED));
      lifecycle.stopTestCase(uuid);
      lifecycle.writeTestCase(uuid);
      lifecycle.stopTestContainer(container);
      lifecycle.writeTestContainer(container);
      if (round == 0) {
        System.out.println(READY);
        System.out.flush();
      }
    }
  }

  /** As {@code lifecycle.addAttachment}, but with a fixed source name, so a slot's files are replaced. */
  private static void attach(AllureLifecycle lifecycle, String uuid, String name, String type, String source,
      byte[] content) {
    lifecycle.updateTestCase(uuid, result -> result.getAttachments()
        .add(new Attachment().setName(name).setType(type).setSource(source)));
    lifecycle.writeAttachment(source, new ByteArrayInputStream(content));
  }
}
