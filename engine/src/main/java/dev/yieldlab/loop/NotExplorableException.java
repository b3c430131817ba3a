package dev.yieldlab.loop;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * An explored run called something whose order the loop cannot choose: work on another thread (a
 * future, {@code toThread}) or workers outside the loop. Their timing is the operating system's, so
 * no schedule id could replay them; the explorer reports the run as not explorable, never as refuted.
 */
@API(status = EXPERIMENTAL, since = "0.3")
public final class NotExplorableException extends IllegalStateException {

  NotExplorableException(String call, String task) {
    super("task '" + task + "' called " + call + " in an explored run: work on another thread runs in real time,"
        + " which no schedule can choose or replay. Explore a run whose coroutines only use the loop (its"
        + " primitives, sleeps, sockets), or drop @Explore from this run");
  }
}
