package dev.yieldlab.fray.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Fray itself logged about one test, from its report directory's fray.log: the index of the
 * schedule that failed (Fray counts from 0: "Error found at iter: N, step: S, Elapsed time: T ms")
 * and the run's total ("Run finished. Total iter: N, Elapsed time: T ms, Iterations/sec: R").
 * Fray 0.9.2 has no other way out of a {@code @FrayTest} for these counts: the launcher sees one
 * test, inside which Fray runs every schedule; its log is where a Fray user reads them too.
 */
record FrayLog(OptionalInt failingIteration, OptionalInt totalIterations, OptionalDouble reportedPerSecond, String problem) {

  private static final Pattern ERROR = Pattern.compile("Error found at iter: (\\d+), step: (\\d+)");
  private static final Pattern FINISHED = Pattern.compile("Run finished\\. Total iter: (\\d+), Elapsed time: (\\d+)ms, Iterations/sec: ([0-9.]+)");

  static FrayLog read(Path workDir, Class<?> testClass, String method) {
    Path log = workDir.resolve(testClass.getName()).resolve(method).resolve("fray.log");
    String text;
    try {
      text = Files.readString(log);
    } catch (IOException unreadable) {
      return new FrayLog(OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.empty(), "no fray.log at " + log);
    }
    Matcher error = ERROR.matcher(text);
    Matcher finished = FINISHED.matcher(text);
    boolean ended = finished.find();
    return new FrayLog(error.find() ? OptionalInt.of(Integer.parseInt(error.group(1))) : OptionalInt.empty(),
        ended ? OptionalInt.of(Integer.parseInt(finished.group(1))) : OptionalInt.empty(),
        ended ? OptionalDouble.of(Double.parseDouble(finished.group(3))) : OptionalDouble.empty(),
        ended ? null : "fray.log at " + log + " has no 'Run finished' line");
  }
}
