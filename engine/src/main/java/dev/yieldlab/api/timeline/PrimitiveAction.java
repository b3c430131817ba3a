package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a task did with a primitive ({@link EventSubject.PrimitiveUse#action()}). */
@API(status = EXPERIMENTAL, since = "0.2")
public enum PrimitiveAction {
  PUT("put item into"),
  GOT("got item from"),
  ITEM_DONE("marked an item done in"),
  CLOSED("closed"),
  ACQUIRED("acquired"),
  RELEASED("released"),
  SET("set"),
  CLEARED("cleared"),
  COMPLETED("completed"),
  FAILED("failed"),
  CANCELLED("cancelled"),
  SIGNALLED("signalled"),
  PASSED("passed"),
  ABORTED("aborted"),
  SELECTED("chose a clause of");

  private final String verb;

  PrimitiveAction(String verb) {
    this.verb = verb;
  }

  /** {@code got item from}. */
  public String verb() {
    return verb;
  }
}
