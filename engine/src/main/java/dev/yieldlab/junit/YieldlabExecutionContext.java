package dev.yieldlab.junit;

import dev.yieldlab.reporting.CheckReport;
import dev.yieldlab.reporting.ExperimentReporter;
import dev.yieldlab.reporting.RunReport;

import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node needs while it executes: the configuration, the listener for report entries, the
 * platform's cancellation token (watched while a run is under way), the reporters, and, below an
 * experiment, its instance and the results of its runs so far.
 */
record YieldlabExecutionContext(YieldlabConfiguration configuration, EngineExecutionListener listener,
    CancellationToken cancellation, ExperimentReporter reporter, Object instance, RunStore runs)
    implements EngineExecutionContext {

  static YieldlabExecutionContext root(YieldlabConfiguration configuration, EngineExecutionListener listener,
      CancellationToken cancellation, ExperimentReporter reporter) {
    return new YieldlabExecutionContext(configuration, listener, cancellation, reporter, null, null);
  }

  YieldlabExecutionContext forExperiment(Object experiment, RunStore experimentRuns) {
    return new YieldlabExecutionContext(configuration, listener, cancellation, reporter, experiment, experimentRuns);
  }
}
