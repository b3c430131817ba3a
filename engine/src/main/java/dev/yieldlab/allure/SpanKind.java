package dev.yieldlab.allure;

/** What a coroutine was doing during a stretch of its timeline; each kind has one colour. */
enum SpanKind {
  /** Had the loop's thread. */
  RUNNING("running", "#2b6cb0"),
  /** Could run, waiting for its turn in the ready queue (after spawn, yield or wake-up). */
  READY("ready, queued", "#f6e05e"),
  /** Suspended until a deadline ({@code sleep}). */
  SLEEPING("sleeping", "#fbb482"),
  /** Suspended until other tasks end ({@code join}, {@code gather}). */
  WAITING("waiting on tasks", "#cbd5e0");

  private final String label;
  private final String colour;

  SpanKind(String label, String colour) {
    this.label = label;
    this.colour = colour;
  }

  String label() {
    return label;
  }

  String colour() {
    return colour;
  }
}
