package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureMessageEscaperTest {

  private static TestResult result(String epic, String message) {
    return new TestResult()
        .setLabels(new ArrayList<>(List.of(ResultsUtils.createEpicLabel(epic))))
        .setStatusDetails(new StatusDetails().setMessage(message).setTrace("java.lang.AssertionError: " + message + "\n\tat x"));
  }

  @Test
  void yieldlabsFailureMessagesAndTracesAreEscapedBecauseAllureShowsThemAsHtml() {
    TestResult result = result("yieldlab", "expected \"" + HostileText.SCRIPT_TASK + "\" & " + HostileText.KOREAN_TASK);

    new FailureMessageEscaper().beforeTestWrite(result);

    assertThat(result.getStatusDetails().getMessage())
        .isEqualTo("expected \"&lt;script&gt;alert('task')&lt;/script&gt;\" &amp; " + HostileText.KOREAN_TASK);
    assertThat(result.getStatusDetails().getTrace()).doesNotContain("<script").contains("\n\tat x");
  }

  @Test
  void otherFrameworksResultsAreLeftAsTheyWereWritten() {
    TestResult result = result("someone else", HostileText.SCRIPT_TASK);

    new FailureMessageEscaper().beforeTestWrite(result);

    assertThat(result.getStatusDetails().getMessage()).isEqualTo(HostileText.SCRIPT_TASK);
  }

  @Test
  void aResultWithoutFailureIsUntouched() {
    TestResult result = new TestResult().setLabels(new ArrayList<>(List.of(ResultsUtils.createEpicLabel("yieldlab"))));

    new FailureMessageEscaper().beforeTestWrite(result);

    assertThat(result.getStatusDetails()).isNull();
  }
}
