package dev.yieldlab.allure;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM that {@link AtomicResultsKillTest} kills: writes Allure results through a lifecycle, in an
 * endless loop, until it is killed. Each round writes a large result (thousands of steps), its
 * container, a large self-checking text attachment and a timeline SVG, so that most of its time is
 * spent inside a write, where the kill should land.
 *
 * <p>Results and containers use {@value #SLOTS} names in turn, so every write from round
 * {@value #SLOTS} on replaces a complete file: the case a crash must not spoil. Attachments get a new
 * name each round (Allure's own writer refuses to overwrite one) and go once no result names them,
 * which keeps the directory small however long the child runs.
 *
 * <p>Arguments: a prefix for this JVM's file names, and {@code atomic} (yieldlab's lifecycle, as the
 * engine installs it) or {@code in-place} (Allure's default lifecycle and its
 * {@code FileSystemResultsWriter}). The directory is {@code -Dallure.results.directory}, as in a build.
 */
final class ResultsWritingChild {

  static final String READY = "every slot written";
  static final int SLOTS = 3;
  static final int TEXT_LINES = 10_000;
  static final int STEPS = 2_000;

  private ResultsWritingChild() {}

  public static void main(String[] args) throws IOException {
    String prefix = args[0];
    AllureLifecycle lifecycle = switch (args[1]) {
      case "atomic" -> {
        if (!AtomicAllureLifecycle.installIfAbsent()) {
          throw new IllegalStateException("the atomic lifecycle was not installed");
        }
        yield Allure.getLifecycle();
      }
      case "in-place" -> Allure.getLifecycle();
      default -> throw new IllegalArgumentException("atomic or in-place, not " + args[1]);
    };
    Path directory = AtomicAllureLifecycle.resultsDirectory();
    ResultsEnvironment.write(directory, dev.yieldlab.reporting.MachineProfile.current());
    byte[] text = ResultsDirectoryCheck.selfCheckingText(TEXT_LINES).getBytes(StandardCharsets.UTF_8);
    byte[] svg = TimelineSvg.render(HostileText.SCRIPT_TASK + " " + HostileText.KOREAN_TASK, HostileText.timeline(),
        10_008_000).getBytes(StandardCharsets.UTF_8);
    // Made once: a round should spend its time writing, not building what it writes.
    List<StepResult> steps = steps();
    for (long round = 0; ; round++) {
      int slot = (int) (round % SLOTS);
      String uuid = prefix + "-slot" + slot;
      String container = prefix + "-container" + slot;
      lifecycle.startTestContainer(new TestResultContainer().setUuid(container).setName("slot " + slot));
      lifecycle.scheduleTestCase(container, new TestResult().setUuid(uuid)
          .setName(HostileText.SCRIPT_TASK + " \"" + HostileText.KOREAN_LOG + "\"\nround " + round)
          .setFullName("dev.yieldlab.Child#slot" + slot));
      lifecycle.startTestCase(uuid);
      attach(lifecycle, uuid, "log", "text/plain", attachmentName(prefix, round, "log", "txt"), text);
      attach(lifecycle, uuid, "timeline", "image/svg+xml", attachmentName(prefix, round, "timeline", "svg"), svg);
      lifecycle.updateTestCase(uuid, result -> result.setStatus(Status.PASSED).setSteps(steps));
      lifecycle.stopTestCase(uuid);
      lifecycle.writeTestCase(uuid);
      lifecycle.stopTestContainer(container);
      lifecycle.writeTestContainer(container);
      if (round >= SLOTS) {
        // The slot's result now names this round's attachments; the ones it named before are free.
        Files.delete(directory.resolve(attachmentName(prefix, round - SLOTS, "log", "txt")));
        Files.delete(directory.resolve(attachmentName(prefix, round - SLOTS, "timeline", "svg")));
      }
      if (round == SLOTS - 1) {
        System.out.println(READY);
        System.out.flush();
      }
    }
  }

  private static String attachmentName(String prefix, long round, String name, String extension) {
    return prefix + "-" + round + "-" + name + "-attachment." + extension;
  }

  /** As {@code lifecycle.addAttachment}, but with a source name of our choosing. */
  private static void attach(AllureLifecycle lifecycle, String uuid, String name, String type, String source,
      byte[] content) {
    lifecycle.updateTestCase(uuid, result -> result.getAttachments()
        .add(new Attachment().setName(name).setType(type).setSource(source)));
    lifecycle.writeAttachment(source, new ByteArrayInputStream(content));
  }

  /** Enough steps to make the result JSON a third of a megabyte, written in many chunks. */
  private static List<StepResult> steps() {
    List<StepResult> steps = new ArrayList<>(STEPS);
    for (int i = 0; i < STEPS; i++) {
      steps.add(new StepResult().setName("step " + i + ": " + HostileText.QUOTED_LOG)
          .setStatus(Status.PASSED).setStart((long) i).setStop(i + 1L));
    }
    return steps;
  }
}
