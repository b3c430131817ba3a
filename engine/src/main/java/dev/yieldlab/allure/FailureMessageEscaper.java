package dev.yieldlab.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import org.apiguardian.api.API;

/**
 * Escapes the failure message and stack trace of yieldlab's results before Allure writes them.
 * Allure 2.34's report puts both into the page as HTML (inside {@code <code>}, newlines as
 * {@code <br>}), and yieldlab's assertion messages quote task names and log lines, which come from
 * experiment code: unescaped, a {@code <script>} in a log line runs when someone opens the failure.
 * Escaped, the browser shows exactly the original text.
 *
 * <p>Registered for Allure's own {@link java.util.ServiceLoader} lookup of lifecycle listeners; it
 * touches only results labelled epic {@value AllureExperimentReporter#EPIC}, so other engines'
 * results in the same JVM stay as their frameworks wrote them.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FailureMessageEscaper implements TestLifecycleListener {

  @Override
  public void beforeTestWrite(TestResult result) {
    StatusDetails details = result.getStatusDetails();
    if (details == null || !isYieldlab(result)) {
      return;
    }
    details.setMessage(Markup.escapeText(details.getMessage()));
    details.setTrace(Markup.escapeText(details.getTrace()));
  }

  private static boolean isYieldlab(TestResult result) {
    return result.getLabels().stream().anyMatch(label -> isEpic(label) && AllureExperimentReporter.EPIC.equals(label.getValue()));
  }

  private static boolean isEpic(Label label) {
    return "epic".equals(label.getName());
  }
}
