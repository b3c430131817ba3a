package dev.yieldlab.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.yieldlab.instrument.samples.Computations;
import dev.yieldlab.instrument.samples.LoopShapes;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain and instrumented code compute the same results. Every case runs with the slow path taken at
 * every back-edge ({@code everyBackEdges(1)}), outside any coroutine, so the injected branch is
 * exercised as hard as it can be while it must change nothing.
 */
class SemanticEquivalenceTest {

  private InstalledPolicy policy;

  @AfterEach
  void uninstall() {
    if (policy != null) {
      policy.close();
    }
  }

  @ParameterizedTest(name = "{0} returns the same result instrumented")
  @ValueSource(strings = {"nestedLoopsMatrixChecksum", "exceptionsThroughLoops", "recursionWithLoops",
      "lambdasWithLoops", "nestedAndAnonymousClasses", "longAndDoubleLocals", "instanceStateAndConstructorLoops",
      "stringsAndCollections", "mergedTypesInALoop"})
  void computationsGiveTheSameResultsInstrumented(String method) {
    Object plain = Copies.callStatic(Computations.class, method);
    Class<?> copy = Instrumentation.instrumentedCopy(Computations.class);
    policy = YieldPoints.install(YieldPolicy.everyBackEdges(1), YieldTarget.nowhere());

    Object instrumented = Copies.callStatic(copy, method);

    assertThat(instrumented).isEqualTo(plain);
    assertThat(policy.slowPaths()).as("slow paths taken, so the copy really polls").isPositive();
  }

  @Test
  void anExceptionThrownOutOfALoopIsTheSameInstrumented() {
    Throwable plain = catchThrowable(() -> Copies.callStatic(Computations.class, "exceptionEscapingALoop"));
    Class<?> copy = Instrumentation.instrumentedCopy(Computations.class);
    policy = YieldPoints.install(YieldPolicy.everyBackEdges(1), YieldTarget.nowhere());

    Throwable instrumented = catchThrowable(() -> Copies.callStatic(copy, "exceptionEscapingALoop"));

    assertThat(plain).isInstanceOf(ArrayIndexOutOfBoundsException.class);
    assertThat(instrumented).isInstanceOf(plain.getClass()).hasMessage(plain.getMessage());
    assertThat(policy.slowPaths()).isEqualTo(3);
  }

  @ParameterizedTest(name = "LoopShapes.{0}(n) returns the same results instrumented for n = 0..40")
  @ValueSource(strings = {"forLoop", "whileLoop", "doWhileLoop", "labelledContinue", "loopInTryCatchFinally",
      "switchInLoop", "nestedLoops", "noLoop"})
  void everyLoopShapeReturnsTheSameResultsInstrumented(String method) {
    Class<?> copy = Instrumentation.instrumentedCopy(LoopShapes.class);
    policy = YieldPoints.install(YieldPolicy.everyBackEdges(3), YieldTarget.nowhere());
    for (int n = 0; n <= 40; n++) {
      assertThat(Copies.callStatic(copy, method, n)).as("%s(%d)", method, n)
          .isEqualTo(Copies.callStatic(LoopShapes.class, method, n));
    }
  }

  @ParameterizedTest(name = "{0} counts down the same through its instrumented switch")
  @ValueSource(strings = {"countDownTable", "countDownLookup"})
  void switchLoopsReturnTheSameResultsAndPollAtEachRound(String method, @TempDir Path classes) throws Exception {
    Class<?> plain = Class.forName(BackwardSwitches.NAME, true, BackwardSwitches.loader(classes));
    Class<?> copy = Instrumentation.instrumentedCopy(plain);
    policy = YieldPoints.install(YieldPolicy.everyBackEdges(1), YieldTarget.nowhere());

    assertThat(Copies.callStatic(copy, method, 25)).isEqualTo(Copies.callStatic(plain, method, 25)).isEqualTo(25);
    assertThat(policy.slowPaths()).as("one back-edge per round but the last").isEqualTo(24);
  }

  @Test
  void aForLoopOfNIterationsTakesTheSlowPathOncePerIntervalOfBackEdges() {
    Class<?> copy = Instrumentation.instrumentedCopy(LoopShapes.class);
    policy = YieldPoints.install(YieldPolicy.everyBackEdges(10), YieldTarget.nowhere());

    Object sum = Copies.callStatic(copy, "forLoop", 1_005);

    assertThat(sum).isEqualTo(Objects.requireNonNull(Copies.callStatic(LoopShapes.class, "forLoop", 1_005)));
    assertThat(policy.slowPaths()).isEqualTo(100);
    assertThat(policy.yields()).as("outside a coroutine the slow path never yields").isZero();
  }
}
