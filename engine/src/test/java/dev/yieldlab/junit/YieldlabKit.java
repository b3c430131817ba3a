package dev.yieldlab.junit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Shortcuts for driving the real yieldlab engine through EngineTestKit in the engine tests. */
final class YieldlabKit {

  static final String ENGINE = "yieldlab";

  /**
   * The launcher logs every discovery issue as a JUL warning. The malformed fixtures produce them on
   * purpose and the tests assert on them through getDiscoveryIssues(), so in the build log they are
   * only noise that would bury a real problem. Held in a field: JUL keeps loggers weakly.
   */
  private static final Logger DISCOVERY_ISSUE_LOG =
      Logger.getLogger("org.junit.platform.launcher.core.DiscoveryIssueNotifier");

  static {
    DISCOVERY_ISSUE_LOG.setLevel(Level.SEVERE);
  }

  private YieldlabKit() {}

  /** The engine on the REAL clock, for the tests where wall time is the point (deadlines, timed preemption). */
  static EngineTestKit.Builder real() {
    return EngineTestKit.engine(ENGINE).configurationParameter("yieldlab.clock", "REAL");
  }

  /** The engine on the VIRTUAL clock, so fixtures that sleep seconds finish in milliseconds. */
  static EngineTestKit.Builder virtual() {
    return EngineTestKit.engine(ENGINE).configurationParameter("yieldlab.clock", "VIRTUAL");
  }

  /** {@code [engine:yieldlab]/[experiment:<class>]}. */
  static UniqueId experimentId(Class<?> type) {
    return UniqueId.forEngine(ENGINE).append("experiment", type.getName());
  }

  static UniqueId childId(Class<?> type, String segmentType, String name) {
    return experimentId(type).append(segmentType, name);
  }

  /** The last unique-id segment, e.g. {@code run:answer}, of every event's descriptor, in event order. */
  static List<String> leafSegments(List<Event> events) {
    return events.stream().map(YieldlabKit::leafSegment).toList();
  }

  static String leafSegment(Event event) {
    UniqueId.Segment last = event.getTestDescriptor().getUniqueId().getLastSegment();
    return last.getType() + ":" + last.getValue();
  }

  /** The finished event of the test whose last segment is {@code segment} ({@code run:answer}). */
  static TestExecutionResult resultOf(EngineExecutionResults results, String segment) {
    return results.allEvents().finished().stream()
        .filter(e -> leafSegment(e).equals(segment))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finished event for " + segment + " in "
            + leafSegments(results.allEvents().finished().list())))
        .getRequiredPayload(TestExecutionResult.class);
  }

  static Throwable failureOf(EngineExecutionResults results, String segment) {
    return resultOf(results, segment).getThrowable()
        .orElseThrow(() -> new AssertionError(segment + " has no throwable"));
  }

  /** Every report entry published for the descriptor {@code id}, merged in publication order. */
  static Map<String, String> entriesOf(EngineExecutionResults results, UniqueId id) {
    Map<String, String> entries = new LinkedHashMap<>();
    results.allEvents().stream()
        .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
        .filter(e -> e.getTestDescriptor().getUniqueId().equals(id))
        .forEach(e -> entries.putAll(e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()));
    return entries;
  }
}
