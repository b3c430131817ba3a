package dev.yieldlab.allure;

import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/** Names and log lines that break markup unless escaped, and a timeline made of them. */
final class HostileText {

  static final String SCRIPT_TASK = "<script>alert('task')</script>";
  static final String QUOTED_LOG = "say \"hi\" & 'bye' </title><script>alert(1)</script>";
  static final String MULTILINE_LOG = "line one\nline two\r\nline three";
  static final String KOREAN_TASK = "코루틴_작업1";
  static final String KOREAN_LOG = "단계 0: 비동기 대기";
  static final String CONTROL_CHARS = "bell\u0007 and nul\u0000";

  private HostileText() {}

  /** Two coroutines with hostile names taking turns, logging hostile lines, one of them sleeping. */
  static Timeline timeline() {
    List<TimelineEvent> events = new ArrayList<>();
    add(events, EventKind.SPAWN, SCRIPT_TASK, 0, "");
    add(events, EventKind.SPAWN, KOREAN_TASK, 0, "");
    add(events, EventKind.START, SCRIPT_TASK, 1_000, "");
    add(events, EventKind.LOG, SCRIPT_TASK, 2_000, QUOTED_LOG);
    add(events, EventKind.YIELD, SCRIPT_TASK, 3_000, "");
    add(events, EventKind.START, KOREAN_TASK, 4_000, "");
    add(events, EventKind.LOG, KOREAN_TASK, 5_000, KOREAN_LOG);
    add(events, EventKind.LOG, KOREAN_TASK, 5_500, MULTILINE_LOG);
    add(events, EventKind.SLEEP, KOREAN_TASK, 6_000, "PT0.01S");
    add(events, EventKind.RESUME, SCRIPT_TASK, 7_000, "");
    add(events, EventKind.LOG, SCRIPT_TASK, 7_500, CONTROL_CHARS);
    add(events, EventKind.END, SCRIPT_TASK, 8_000, "");
    add(events, EventKind.WAKE, KOREAN_TASK, 10_006_000, "");
    add(events, EventKind.RESUME, KOREAN_TASK, 10_007_000, "");
    add(events, EventKind.END, KOREAN_TASK, 10_008_000, "");
    return new Timeline(events);
  }

  private static void add(List<TimelineEvent> events, EventKind kind, String task, long nanos, String detail) {
    events.add(new TimelineEvent(events.size(), kind, task, 1L, nanos, detail));
  }
}
