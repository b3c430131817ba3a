package dev.yieldlab.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.yieldlab.api.Run;
import dev.yieldlab.api.Variant;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.Yields;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How @Variant annotations become named VariantSpecs (the engine tests cover how they become tests). */
@DisplayName("VariantReader")
class VariantReaderTest {

  // Annotated methods to read; never run.
  @SuppressWarnings("unused")
  static class Declarations {
    @Run
    void none() {}

    @Run
    @Variant(yields = Yields.PLAIN)
    @Variant(yields = Yields.CHECK_ONLY, every = 10)
    @Variant(yields = Yields.INJECTED_TIMED, interval = "5ms")
    void unnamed() {}

    @Run
    @Variant(name = "n", yields = Yields.INJECTED, every = {1_000, 2_000_000, 10_000_000})
    void sweep() {}

    @Run
    @Variant(name = "one", yields = Yields.MANUAL, every = {2_000_000})
    void oneValue() {}

    @Run
    @Variant(name = "p", params = {" size = big ", "expr=a=b"})
    void params() {}

    @Run
    @Variant(name = "x every 1,000")
    @Variant(name = "x", yields = Yields.MANUAL, every = {1_000, 2_000})
    void clashWithSweep() {}

    @Run
    @Variant(yields = Yields.INJECTED, every = Integer.MAX_VALUE)
    void largestInjected() {}
  }

  private static List<VariantSpec> read(String method) throws Exception {
    return VariantReader.read(Declarations.class.getDeclaredMethod(method), "@Run method " + method);
  }

  @Test
  @DisplayName("a run without @Variant has the one DEFAULT variant")
  void noVariants() throws Exception {
    assertThat(read("none")).containsExactly(VariantSpec.DEFAULT);
  }

  @Test
  @DisplayName("an unnamed variant is named after its mode, lower case with dashes")
  void unnamedVariants() throws Exception {
    assertThat(read("unnamed")).extracting(VariantSpec::name).containsExactly("plain", "check-only", "injected-timed");
    assertThat(read("unnamed").get(2).interval()).contains(Duration.ofMillis(5));
  }

  @Test
  @DisplayName("a sweep is one variant per value, \"name every N\" with thousands separators, in declared order")
  void sweepNames() throws Exception {
    assertThat(read("sweep")).extracting(VariantSpec::name)
        .containsExactly("n every 1,000", "n every 2,000,000", "n every 10,000,000");
    assertThat(read("sweep")).extracting(VariantSpec::every).containsExactly(1_000L, 2_000_000L, 10_000_000L);
  }

  @Test
  @DisplayName("a single every value is no sweep: the variant keeps its own name")
  void singleValueKeepsName() throws Exception {
    assertThat(read("oneValue")).singleElement().satisfies(v -> {
      assertThat(v.name()).isEqualTo("one");
      assertThat(v.every()).isEqualTo(2_000_000L);
      assertThat(v.describe()).isEqualTo("one [MANUAL, every=2,000,000]");
    });
  }

  @Test
  @DisplayName("params are split at the first '=', trimmed, and read back through VariantSpec.param")
  void params() throws Exception {
    VariantSpec p = read("params").getFirst();
    assertThat(p.params()).isEqualTo(Map.of("size", "big", "expr", "a=b"));
    assertThat(p.param("expr")).isEqualTo("a=b");
  }

  @Test
  @DisplayName("a sweep name that clashes with an explicitly named variant is a duplicate")
  void sweepClash() {
    assertThatIllegalArgumentException().isThrownBy(() -> read("clashWithSweep"))
        .withMessageContaining("declares two variants named 'x every 1,000'");
  }

  @Test
  @DisplayName("INJECTED accepts every up to Integer.MAX_VALUE, the back-edge counter's range")
  void largestInjectedEvery() throws Exception {
    assertThat(read("largestInjected").getFirst().every()).isEqualTo(Integer.MAX_VALUE);
    assertThat(InjectedRunTarget.policyOf(read("largestInjected").getFirst()))
        .isEqualTo(dev.yieldlab.instrument.YieldPolicy.everyBackEdges(Integer.MAX_VALUE));
  }

  @Test
  @DisplayName("VariantSpec.param names the variant and the parameters it has when one is missing")
  void missingParam() throws Exception {
    VariantSpec p = read("params").getFirst();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.param("colour"))
        .hasMessageContaining("variant 'p' has no parameter 'colour'");
  }

  @Test
  @DisplayName("the DEFAULT variant's label is the bare run name; a declared one adds it in brackets")
  void labels() {
    var timeline = new dev.yieldlab.api.timeline.Timeline(List.of());
    var m = dev.yieldlab.api.timing.Measurement.single(Duration.ZERO);
    assertThat(new dev.yieldlab.api.RunResult("r", VariantSpec.DEFAULT, timeline, m, null, Optional.empty()).label())
        .isEqualTo("r");
    assertThat(new dev.yieldlab.api.RunResult("r", read0("oneValue"), timeline, m, null, Optional.empty()).label())
        .isEqualTo("r [one]");
  }

  private static VariantSpec read0(String method) {
    try {
      return read(method).getFirst();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
