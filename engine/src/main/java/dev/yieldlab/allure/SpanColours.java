package dev.yieldlab.allure;

import dev.yieldlab.api.SpanKind;

/** The colour of each kind of stretch in the Gantt chart and its legend. */
final class SpanColours {

  private SpanColours() {}

  static String of(SpanKind kind) {
    return switch (kind) {
      case RUNNING -> "#2b6cb0";
      case READY -> "#f6e05e";
      case SLEEPING -> "#fbb482";
      case WAITING -> "#cbd5e0";
      case WAITING_FOR_PRIMITIVE -> "#9f7aea";
      case WAITING_FOR_IO -> "#38b2ac";
    };
  }
}
