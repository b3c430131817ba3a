package dev.yieldlab.benchmarks.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureLineTest {

  @Test
  void readsTheLineThatPythonPrintsForAFigureWithoutAnError() {
    FigureLine line = FigureLine.parse("timer-lag.median\t0.406151\tnan\tms\t3 sleeps of 50 ms");

    assertThat(line).isEqualTo(new FigureLine("timer-lag.median", 0.406151, Double.NaN, "ms", "3 sleeps of 50 ms"));
  }

  @Test
  void readsBackWhatItFormats() {
    FigureLine figure = new FigureLine("sleeping.heap", 7.63028, Double.NaN, "MB", "live heap");

    assertThat(FigureLine.parse(figure.format())).isEqualTo(figure);
  }

  @Test
  void readsInfinitiesInEitherSpelling() {
    assertThat(FigureLine.number("inf")).isInfinite();
    assertThat(FigureLine.number("-Infinity")).isNegative().isInfinite();
  }

  @Test
  void leavesOtherOutputAlone() {
    assertThat(FigureLine.parse("python\t3.11.7")).isNull();
    assertThat(FigureLine.parse("a\tb\tc\td\te")).isNull();
  }
}
