package dev.yieldlab.instrument;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Where the yield points of instrumented code lead on one thread: the loop that runs there, as the
 * engine binds it for a run ({@code YieldPoints.install(policy, loop::preemptAt)}). The interface
 * keeps this package apart from the loop's classes, as Lincheck's {@code Injections} forward to an
 * {@code EventTracker}: injected code calls one static facade, the facade calls the target of its
 * thread, and the loop never learns that instrumentation exists.
 */
@API(status = EXPERIMENTAL, since = "0.2")
@FunctionalInterface
public interface YieldTarget {

  /**
   * Yields the current coroutine at {@code where} (e.g. {@code pkg/Cls.method(desc)}) if the calling
   * code runs in one, failing it instead when its run is past its deadline; returns whether it yielded.
   */
  boolean yieldAt(String where);

  /** A target that never yields: for instrumented code run outside any loop, whose slow paths only count. */
  static YieldTarget nowhere() {
    return where -> false;
  }
}
