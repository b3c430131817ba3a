package dev.yieldlab.api;

import dev.yieldlab.api.timeline.OrderingClaimFailure;
import java.util.List;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.ListAssert;

/**
 * Turns AssertJ's failures into yieldlab's typed claim failures, keeping message, values and stack
 * as AssertJ made them: AssertJ formats the messages (descriptions, representations) and yieldlab
 * only says which kind of claim failed.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.4")
public final class ClaimFailures {

  private ClaimFailures() {}

  /**
   * {@code actual} as AssertJ list assertions whose every failure is an {@link OrderingClaimFailure}:
   * AssertJ's soft-assertion proxy intercepts each assertion method, and instead of collecting the
   * failure this collector rethrows it typed, at once, so the assertions still stop at the first.
   */
  @SuppressWarnings("unchecked")
  public static ListAssert<String> orderingListAssert(List<String> actual) {
    return new AbstractSoftAssertions() {
      @Override
      public void collectAssertionError(AssertionError error) {
        throw OrderingClaimFailure.of(error);
      }
    }.proxy(ListAssert.class, List.class, actual);
  }

  public static <T extends AssertionError> T withStackOf(T typed, AssertionError original) {
    typed.setStackTrace(original.getStackTrace());
    return typed;
  }
}
