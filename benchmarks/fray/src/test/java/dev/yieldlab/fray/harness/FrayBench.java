package dev.yieldlab.fray.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One row of fray-results.tsv: runs one race under one Fray scheduler in this JVM (started by run.sh
 * on Fray's instrumented JDK with its agent, as Fray's Maven plugin sets up Surefire's), each test
 * through the JUnit Platform launcher, and appends what they measured to the TSV. In order: the
 * race's {@code find} test; its {@code rate} test once unrecorded, as a warm-up (the first run of
 * Fray's per-schedule class loading in a JVM is up to a third slower), then recorded; then its
 * {@code rateFast} test.
 *
 * <p>Usage: {@code FrayBench <race> <scheduler> <run> <tsv>}, race one of {@link Race}'s keys,
 * scheduler one of {@link FrayScheduler}'s. Fray's report directory for each test is
 * {@code <fray.workDir>/<class>/<method>} ({@code -Dfray.organize.by.test=true}).
 */
public final class FrayBench {

  private FrayBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: FrayBench <race: " + Race.keys() + "> <scheduler: "
          + FrayScheduler.keys() + "> <run number> <tsv to append to>");
    }
    Race race = Race.of(args[0]);
    FrayScheduler scheduler = FrayScheduler.of(args[1]);
    Path workDir = Path.of(System.getProperty("fray.workDir", "build/fray/fray-report"));

    Measured find = run(workDir, race, scheduler.findMethod());
    run(workDir, race, scheduler.rateMethod()); // warm-up
    Measured rate = run(workDir, race, scheduler.rateMethod());
    Measured rateFast = run(workDir, race, scheduler.rateFastMethod());

    String row = ResultRow.of(race, scheduler, args[2], find, rate, rateFast).tsv();
    Files.writeString(Path.of(args[3]), row + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.err.println("fray-bench: " + row.replace('\t', ' '));
  }

  /** One test of {@code race}, timed, with what Fray logged about it. */
  record Measured(TimedTest test, FrayLog log) {}

  private static Measured run(Path workDir, Race race, String method) {
    TimedTest timed = new TimedTest();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectMethod(race.testClass(), method)).build(), timed);
    return new Measured(timed, FrayLog.read(workDir, race.testClass(), method));
  }
}
