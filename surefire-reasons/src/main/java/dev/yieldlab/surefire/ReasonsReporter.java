package dev.yieldlab.surefire;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.apache.maven.plugin.surefire.extensions.DefaultStatelessReportMojoConfiguration;
import org.apache.maven.plugin.surefire.extensions.SurefireStatelessReporter;
import org.apache.maven.plugin.surefire.report.ReportEntryType;
import org.apache.maven.plugin.surefire.report.TestSetStats;
import org.apache.maven.plugin.surefire.report.WrappedReportEntry;
import org.apache.maven.surefire.api.report.ReportEntry;
import org.apache.maven.surefire.api.report.SafeThrowable;
import org.apache.maven.surefire.extensions.StatelessReportEventListener;

/**
 * Surefire's own XML report, except that an aborted test's {@code <skipped>} element gets a {@code
 * message}: the message of the exception the test was aborted with, which Surefire keeps (in the
 * element's text, as the stack trace) but does not pass to the attribute, as its JUnit Platform
 * provider does for a failed test and not for an aborted one. Everything else is Surefire's writer.
 *
 * <p>Configured in a POM as Surefire's {@code <statelessTestsetReporter
 * implementation="dev.yieldlab.surefire.ReasonsReporter"/>}, with this artifact a dependency of the
 * plugin; {@code yieldlab-experiments-parent} does so.
 */
public class ReasonsReporter extends SurefireStatelessReporter {

  @Override
  public StatelessReportEventListener<WrappedReportEntry, TestSetStats> createListener(
      DefaultStatelessReportMojoConfiguration configuration) {
    StatelessReportEventListener<WrappedReportEntry, TestSetStats> xml = super.createListener(configuration);
    return (testSet, stats) -> xml.testSetCompleted(testSet, withReasons(stats, configuration.isTrimStackTrace()));
  }

  /** The same results, each aborted test without a message given its exception's. */
  static TestSetStats withReasons(TestSetStats stats, boolean trimStackTrace) {
    TestSetStats kept = new TestSetStats(trimStackTrace, false);
    for (WrappedReportEntry entry : stats.getReportEntries()) {
      switch (entry.getReportEntryType()) {
        case SUCCESS -> kept.testSucceeded(entry);
        case FAILURE -> kept.testFailure(entry);
        case ERROR -> kept.testError(entry);
        case SKIPPED -> kept.testSkipped(withReason(entry));
      }
    }
    return kept;
  }

  private static WrappedReportEntry withReason(WrappedReportEntry entry) {
    String reason = reasonOf(entry);
    if (entry.getMessage() != null && !entry.getMessage().isEmpty() || reason == null || reason.isEmpty()) {
      return entry;
    }
    ReportEntry withMessage = (ReportEntry) Proxy.newProxyInstance(ReportEntry.class.getClassLoader(),
        new Class<?>[] {ReportEntry.class}, (proxy, method, arguments) -> {
          if (method.getName().equals("getMessage") && method.getParameterCount() == 0) {
            return reason;
          }
          try {
            return method.invoke(entry, arguments);
          } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
          }
        });
    return new WrappedReportEntry(withMessage, ReportEntryType.SKIPPED, entry.getElapsed(), entry.getStdout(),
        entry.getStdErr(), entry.getSystemProperties());
  }

  /** The message of the exception the test ended with, if Surefire kept it. */
  private static String reasonOf(WrappedReportEntry entry) {
    if (entry.getStackTraceWriter() == null) {
      return null;
    }
    SafeThrowable thrown = entry.getStackTraceWriter().getThrowable();
    return thrown == null ? null : thrown.getMessage();
  }
}
