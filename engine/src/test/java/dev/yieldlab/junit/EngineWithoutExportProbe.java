package dev.yieldlab.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.junit.fixtures.ClockFixture;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs one experiment through the real engine and prints each failure's class and message; {@link
 * dev.yieldlab.loop.MissingExportTest} starts it in a JVM without {@code --add-exports}.
 */
public final class EngineWithoutExportProbe {

  private EngineWithoutExportProbe() {}

  public static void main(String[] args) {
    EngineTestKit.engine("yieldlab")
        .configurationParameter("yieldlab.clock", "VIRTUAL")
        .selectors(selectClass(ClockFixture.class))
        .execute()
        .allEvents().finished().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class))
        .forEach(result -> result.getThrowable().ifPresent(failure ->
            System.out.println(result.getStatus() + " " + failure.getClass().getName() + ": " + failure.getMessage())));
  }
}
