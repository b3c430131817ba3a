package dev.yieldlab.benchmarks.verdicts;

import dev.yieldlab.api.timing.TimingVerdict;
import dev.yieldlab.reporting.CheckOutcome;
import dev.yieldlab.reporting.CheckReport;
import dev.yieldlab.reporting.ClaimSentences;
import dev.yieldlab.reporting.ClaimVerdict;
import dev.yieldlab.reporting.OutcomeCollector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records, for the verdict-stability benchmark, every timing verdict the engine hands its reporters,
 * typed as it comes ({@link TimingVerdict}), with how its check ended, and the claims ledger's
 * verdicts at the end: {@value #CHECKS} and {@value #CLAIMS} in the directory the system property
 * {@value #OUT} names. Inert without that property, so that nothing else that runs the engine from
 * this jar (the engine-overhead benchmark) writes anything.
 */
public final class VerdictRecorder extends OutcomeCollector {

  static final String OUT = "yieldlab.verdicts.out";
  static final String CHECKS = "checks.tsv";
  static final String CLAIMS = "claims.tsv";

  private final Optional<Path> out = Optional.ofNullable(System.getProperty(OUT)).map(Path::of);
  private final Map<String, List<TimingVerdict>> verdicts = new ConcurrentHashMap<>();
  private final List<String> rows = new ArrayList<>();

  @Override
  public void checkTiming(CheckReport check, TimingVerdict verdict) {
    verdicts.computeIfAbsent(OutcomeCollector.location(check), key -> new ArrayList<>()).add(verdict);
  }

  @Override
  public synchronized void checkFinished(CheckReport check, Optional<Throwable> failure) {
    CheckOutcome.Status status = finished(check, failure);
    String location = OutcomeCollector.location(check);
    for (TimingVerdict verdict : Optional.ofNullable(verdicts.remove(location)).orElse(List.of())) {
      rows.add(Rows.check(location, String.join(",", check.claims()), status, CheckOutcome.messageOf(failure), verdict));
    }
  }

  @Override
  public synchronized void executionFinished() {
    if (out.isEmpty()) {
      return;
    }
    List<String> claims = new ArrayList<>();
    for (ClaimVerdict verdict : ledger().verdicts(ClaimSentences.load())) {
      claims.add(Rows.claim(verdict));
    }
    try {
      Files.createDirectories(out.get());
      Files.write(out.get().resolve(CHECKS), rows);
      Files.write(out.get().resolve(CLAIMS), claims);
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }
}
