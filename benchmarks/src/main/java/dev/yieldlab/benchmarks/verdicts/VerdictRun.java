package dev.yieldlab.benchmarks.verdicts;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One repetition of the verdict-stability benchmark, in a JVM of its own as Surefire would start it:
 * runs the experiment classes named by the arguments on the yieldlab engine (REAL clock, the
 * configuration as {@code -D}), with {@link VerdictRecorder} writing the verdicts, and writes how long
 * each experiment and each test took, how it ended and with what reason ({@value #TIMES}).
 */
public final class VerdictRun {

  static final String TIMES = "times.tsv";

  private VerdictRun() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(System.getProperty(VerdictRecorder.OUT));
    Map<String, Long> started = new ConcurrentHashMap<>();
    List<String> times = new ArrayList<>();
    TestExecutionListener timing = new TestExecutionListener() {
      @Override
      public void executionStarted(TestIdentifier test) {
        started.put(test.getUniqueId(), System.nanoTime());
      }

      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Long start = started.remove(test.getUniqueId());
        String location = test.getSource().map(source -> switch (source) {
          case MethodSource method -> method.getClassName() + "#" + method.getMethodName();
          case ClassSource type -> type.getClassName();
          default -> test.getDisplayName();
        }).orElse(test.getDisplayName());
        String reason = result.getThrowable().map(thrown -> String.valueOf(thrown.getMessage())).orElse("");
        if (!test.isTest()) {
          result.getThrowable().ifPresent(Throwable::printStackTrace); // a container that fails: say why, on the console log
        }
        synchronized (times) {
          times.add(Rows.time(location, test.isTest() ? "test" : "container",
              start == null ? 0 : (System.nanoTime() - start) / 1e9, result.getStatus().name(), reason));
        }
      }
    };
    List<ClassSelector> selectors = List.of(args).stream().map(name -> selectClass(name)).toList();
    long suiteStart = System.nanoTime();
    try (LauncherSession session = LauncherFactory.openSession()) {
      session.getLauncher().execute(request().selectors(selectors).filters(includeEngines("yieldlab")).build(), timing);
    }
    times.add(Rows.time("suite", "suite", (System.nanoTime() - suiteStart) / 1e9, "SUCCESSFUL", ""));
    Files.createDirectories(out);
    Files.write(out.resolve(TIMES), times);
  }
}
