package dev.yieldlab.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.yieldlab.instrument.samples.LoopShapes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: the ASM Textifier listing of each loop shape after injection, compared exactly
 * with {@code src/test/resources/dev/yieldlab/instrument/golden/<Class>.<method>.txt}.
 *
 * <p>After an intended change to the injected code (or to a sample), regenerate them and review the
 * diff: {@code ./mvnw -B -q -pl engine test -Dtest=TransformedBytecodeTest -Dyieldlab.golden.update=true}.
 */
class TransformedBytecodeTest {

  private static final String UPDATE_PROPERTY = "yieldlab.golden.update";
  private static final Path GOLDEN = Path.of("src/test/resources/dev/yieldlab/instrument/golden");

  @ParameterizedTest(name = "{0} gets the poll at each back-edge as in its golden file")
  @ValueSource(strings = {"forLoop", "whileLoop", "doWhileLoop", "labelledContinue", "loopInTryCatchFinally",
      "switchInLoop", "nestedLoops", "spinForever"})
  void eachLoopShapeIsTransformedAsItsGoldenFileShows(String method) throws IOException {
    assertMatchesGolden("LoopShapes." + method, Copies.listing(Copies.instrumented(LoopShapes.class), method));
  }

  @ParameterizedTest(name = "{0}: a switch target that jumps back goes through a polling trampoline")
  @ValueSource(strings = {"countDownTable", "countDownLookup"})
  void switchTargetsThatJumpBackAreBackEdgesToo(String method) throws IOException {
    byte[] transformed = new YieldPointTransformer(getClass().getClassLoader()).transform(BackwardSwitches.classFile());
    assertMatchesGolden("BackwardSwitches." + method, Copies.listing(transformed, method));
  }

  @ParameterizedTest(name = "{0} has no loop and gets only the poll at its entry, as in its golden file")
  @ValueSource(strings = {"noLoop", "fib"})
  void aMethodWithoutLoopsGetsOnlyTheEntryPoll(String method) throws IOException {
    assertMatchesGolden("LoopShapes." + method, Copies.listing(Copies.instrumented(LoopShapes.class), method));
    String original = Copies.listing(Copies.classFile(LoopShapes.class), method);
    // The original method, after the entry poll's four instructions, its label and frame.
    assertThat(Copies.listing(Copies.instrumented(LoopShapes.class), method))
        .contains("GETSTATIC dev/yieldlab/instrument/YieldPoints.quantumExpiredAtEntry : Z")
        .contains("INVOKESTATIC dev/yieldlab/instrument/YieldPoints.entryPath (Ljava/lang/String;)V")
        .doesNotContain("YieldPoints.interval");
    assertThat(original).doesNotContain("YieldPoints");
  }

  @Test
  void constructorsGetNoEntryPoll() {
    assertThat(Copies.listing(Copies.instrumented(LoopShapes.class), "<init>")).doesNotContain("YieldPoints");
  }

  @Test
  void thePollNamesItsMethodForTimeoutMessages() {
    assertThat(Copies.listing(Copies.instrumented(LoopShapes.class), "spinForever"))
        .contains("LDC \"dev/yieldlab/instrument/samples/LoopShapes.spinForever()V\"")
        .contains("INVOKESTATIC dev/yieldlab/instrument/YieldPoints.slowPath (Ljava/lang/String;)I");
  }

  private static void assertMatchesGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name + ".txt");
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("no golden file " + file.toAbsolutePath() + "; create it with -D" + UPDATE_PROPERTY + "=true and review it");
    }
    assertThat(actual).as("transformed bytecode of %s vs %s (regenerate with -D%s=true)", name, file, UPDATE_PROPERTY)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
