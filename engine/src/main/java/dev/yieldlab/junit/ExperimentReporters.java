package dev.yieldlab.junit;

import dev.yieldlab.api.timing.TimingVerdict;
import dev.yieldlab.reporting.CheckReport;
import dev.yieldlab.reporting.ConsoleLedger;
import dev.yieldlab.reporting.EvidenceScope;
import dev.yieldlab.reporting.ExperimentReporter;
import dev.yieldlab.reporting.RunReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Every {@link ExperimentReporter} on the class path, called as one. A reporter that fails to load
 * or throws is named on stderr and skipped: a broken report must not fail or hide an experiment.
 */
final class ExperimentReporters implements ExperimentReporter {

  private final List<ExperimentReporter> reporters;

  ExperimentReporters(List<ExperimentReporter> reporters) {
    this.reporters = List.copyOf(reporters);
  }

  static ExperimentReporters load() {
    List<ExperimentReporter> found = new ArrayList<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try {
      ServiceLoader.load(ExperimentReporter.class, loader).stream().forEach(provider -> {
        try {
          found.add(provider.get());
        } catch (ServiceConfigurationError | LinkageError unusable) {
          warn("could not create reporter " + provider.type().getName(), unusable);
        }
      });
    } catch (ServiceConfigurationError | LinkageError unusable) {
      warn("could not load the experiment reporters", unusable);
    }
    // The claims ledger on the console, with or without a report on the class path.
    found.add(new ConsoleLedger(System.out));
    return new ExperimentReporters(found);
  }

  @Override
  public void runFinished(RunReport run) {
    each(reporter -> reporter.runFinished(run));
  }

  @Override
  public void checkStarted(CheckReport check) {
    each(reporter -> reporter.checkStarted(check));
  }

  @Override
  public void checkFinished(CheckReport check, Optional<Throwable> failure) {
    each(reporter -> reporter.checkFinished(check, failure));
  }

  @Override
  public void checkEntry(CheckReport check, String key, String value) {
    each(reporter -> reporter.checkEntry(check, key, value));
  }

  @Override
  public void checkFinding(CheckReport check, String sentence) {
    each(reporter -> reporter.checkFinding(check, sentence));
  }

  @Override
  public void checkTiming(CheckReport check, TimingVerdict verdict) {
    each(reporter -> reporter.checkTiming(check, verdict));
  }

  @Override
  public void checkScope(CheckReport check, EvidenceScope scope) {
    each(reporter -> reporter.checkScope(check, scope));
  }

  @Override
  public void checkTable(CheckReport check, String title, List<String> header, List<List<String>> rows) {
    each(reporter -> reporter.checkTable(check, title, header, rows));
  }

  @Override
  public void executionFinished() {
    each(ExperimentReporter::executionFinished);
  }

  private void each(Consumer<ExperimentReporter> call) {
    for (ExperimentReporter reporter : reporters) {
      try {
        call.accept(reporter);
      } catch (RuntimeException | LinkageError broken) {
        warn("reporter " + reporter.getClass().getName() + " failed", broken);
      }
    }
  }

  private static void warn(String what, Throwable why) {
    System.err.println("[yieldlab] " + what + "; reports may be incomplete: " + why);
  }
}
