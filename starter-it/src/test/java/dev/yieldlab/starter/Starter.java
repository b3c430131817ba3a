package dev.yieldlab.starter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The starter project as these tests expect it: its experiments' display names (what Surefire's
 * report shows), and one copy of it built with {@code mvn verify}, shared by the test classes so
 * that Maven resolves and compiles it once.
 */
final class Starter {

  static final String OVERLAP = "overlap: Gathered sleeps overlap";
  static final List<String> OVERLAP_RUNS =
      List.of("one 100 ms sleep", "three 100 ms sleeps gathered", "three 100 ms sleeps one after another");
  static final List<String> OVERLAP_CHECKS = List.of("three gathered sleeps take as long as one (elapsed ratio ≈ 1)",
      "three sleeps in turn take three times as long (elapsed ratio ≈ 3)");

  static final String WAKE_ORDER = "wake-order: Sleepers wake in deadline order";
  static final List<String> WAKE_ORDER_RUNS =
      List.of("three equal sleeps, started one after another", "three sleeps of 30, 10 and 20 ms");
  static final List<String> WAKE_ORDER_CHECKS =
      List.of("equal sleeps wake in the order they started", "the earliest deadline wakes first");

  private static MavenRun verified;

  private Starter() {}

  /**
   * {@code mvn verify} on a fresh copy: the first build, online, so it may fetch what ~/.m2 lacks. Its
   * Allure results are copied aside ({@link #verifiedResults()}): each later {@code mvn test} on the
   * copy replaces {@code target/allure-results} with its own.
   */
  static synchronized MavenRun verified() {
    if (verified == null) {
      verified = Maven.run(Maven.copyOfStarter("starter"), "verify");
      Path results = verified.project().resolve("target/allure-results");
      try (Stream<Path> files = Files.exists(results) ? Files.list(results) : Stream.empty()) {
        Path aside = Files.createDirectories(verifiedResults(verified.project()));
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.copy(file, aside.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException failed) {
        throw new UncheckedIOException("cannot keep the verify build's results", failed);
      }
    }
    return verified;
  }

  /** The Allure results of the {@code mvn verify} build, as it left them. */
  static Path verifiedResults() {
    return verifiedResults(project());
  }

  private static Path verifiedResults(Path project) {
    return project.resolve("target/verified-allure-results");
  }

  /** The built copy, for further runs (offline, with -o: everything is in the repositories by now). */
  static Path project() {
    return verified().project();
  }
}
