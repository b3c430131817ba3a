package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.kernel.KernelAssert;
import dev.yieldlab.api.kernel.KernelView;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineAssert;
import dev.yieldlab.api.timing.ElapsedRatio;
import dev.yieldlab.api.timing.RatioAssert;
import org.apiguardian.api.API;
import org.assertj.core.api.Assertions;

/**
 * The AssertJ entry point for experiments: {@code import static
 * dev.yieldlab.api.YieldlabAssertions.assertThat;} next to (or instead of) AssertJ's own, whose
 * methods it inherits.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class YieldlabAssertions extends Assertions {

  protected YieldlabAssertions() {}

  public static TimelineAssert assertThat(Timeline actual) {
    return new TimelineAssert(actual);
  }

  public static RatioAssert assertThat(ElapsedRatio actual) {
    return new RatioAssert(actual);
  }

  public static KernelAssert assertThat(KernelView actual) {
    return new KernelAssert(actual);
  }
}
