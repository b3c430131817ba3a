package dev.yieldlab.allure;

import static dev.yieldlab.allure.MarkupAssertions.assertNoLiveScript;
import static dev.yieldlab.allure.MarkupAssertions.parseXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.SpanKind;
import dev.yieldlab.api.timeline.TaskActivity;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class TimelineSvgTest {

  @Test
  void hostileTaskNamesAndLogLinesStayTextInWellFormedSvg() throws Exception {
    String svg = TimelineSvg.render("title with <b>tags</b> & \"quotes\"\nand a newline", HostileText.timeline(), 10_008_000);

    Document document = parseXml(svg);
    assertNoLiveScript(svg);
    assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "script").getLength()).isZero();
    String text = document.getDocumentElement().getTextContent();
    assertThat(text).contains(HostileText.SCRIPT_TASK, HostileText.KOREAN_TASK, HostileText.KOREAN_LOG,
        "say \"hi\" & 'bye' </title><script>alert(1)</script>", "line one\u23CEline two");
  }

  @Test
  void drawsOneLabelledRowPerCoroutineAtTheWidthAllureShows() throws Exception {
    Document document = parseXml(TimelineSvg.render("run", HostileText.timeline(), 10_008_000));

    assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("1400");
    List<String> labels = new ArrayList<>();
    NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      if ("10".equals(texts.item(i).getAttributes().getNamedItem("x").getNodeValue())) {
        labels.add(texts.item(i).getFirstChild().getNodeValue());
      }
    }
    // Title and "time (ms)" are at x=10 too; then one label per coroutine, in spawn order, long
    // names cut with an ellipsis (the tooltip keeps the whole name).
    assertThat(labels).hasSize(4);
    assertThat(labels.get(2)).startsWith("<script>alert(").endsWith("\u2026");
    assertThat(labels.get(3)).isEqualTo(HostileText.KOREAN_TASK);
  }

  @Test
  void drawsAWorkerOutsideTheLoopAsALaneThatComputesAndWaitsForTheGil() {
    Timeline timeline = new Timeline(List.of(
        new TimelineEvent(0, EventKind.START, "main", 1, 0, ""),
        new TimelineEvent(1, EventKind.WORKER_PAUSE, "gil-thread-1", 0, 1_000_000, "starts, waits for the GIL"),
        new TimelineEvent(2, EventKind.WORKER_RUN, "gil-thread-1", 0, 2_000_000, "holds the GIL"),
        new TimelineEvent(3, EventKind.WORKER_PAUSE, "gil-thread-1", 0, 7_000_000, "lets go of the GIL"),
        new TimelineEvent(4, EventKind.WORKER_END, "gil-thread-1", 0, 8_000_000, "done"),
        new TimelineEvent(5, EventKind.END, "main", 1, 9_000_000, "")));

    String svg = TimelineSvg.render("run", timeline, 9_000_000);

    assertThat(svg).contains("gil-thread-1, a worker outside the loop (ended)",
        "gil-thread-1: waiting for the GIL 1.000 ms to 2.000 ms", "gil-thread-1: computing 2.000 ms to 7.000 ms",
        "gil-thread-1: waiting for the GIL 7.000 ms to 8.000 ms", "running / worker computing");
    assertThat(timeline.activities(Duration.ofNanos(9_000_000))).extracting(TaskActivity::task, TaskActivity::outside)
        .containsExactly(tuple("main", false),
            tuple("gil-thread-1", true));
  }

  @Test
  void marksYieldsAndShowsSleepingApartFromRunning() {
    String svg = TimelineSvg.render("run", HostileText.timeline(), 10_008_000);

    assertThat(svg).contains("yield at 0.003 ms");
    // Two log lines 0.5 µs apart share a pixel: one dot, both lines in its tooltip.
    assertThat(svg).contains(HostileText.KOREAN_LOG + " at 0.005 ms\nline one\u23CEline two");
    assertThat(svg).contains("fill=\"" + SpanColours.of(SpanKind.SLEEPING) + "\"", "fill=\"" + SpanColours.of(SpanKind.RUNNING) + "\"");
    assertThat(svg).contains(">2</text>", ">10</text>", "time (ms)"); // ticks every 2 ms over 10 ms
    assertThat(svg).as("no workers, no worker legend").doesNotContain("worker computing");
  }

  @Test
  void aRowWithMoreStretchesThanPixelsIsDrawnPerPixelSoThePictureStaysSmall() throws Exception {
    List<TimelineEvent> events = new ArrayList<>();
    events.add(new TimelineEvent(0, EventKind.SPAWN, "cpu_heavy", 1, 0, ""));
    long nanos = 0;
    for (int i = 0; i < 100_000; i++) {
      events.add(new TimelineEvent(events.size(), EventKind.RESUME, "cpu_heavy", 1, nanos += 5_000, ""));
      events.add(new TimelineEvent(events.size(), EventKind.YIELD, "cpu_heavy", 1, nanos += 5_000, ""));
    }
    events.add(new TimelineEvent(events.size(), EventKind.END, "cpu_heavy", 1, nanos + 1, ""));

    String svg = TimelineSvg.render("100,000 yields", new Timeline(events), nanos + 1);

    parseXml(svg);
    assertThat(svg.length()).isLessThan(600_000);
    assertThat(svg).contains("drawn per pixel");
  }

  @Test
  void anEmptyTimelineStillRenders() throws Exception {
    String svg = TimelineSvg.render("nothing", new Timeline(List.of()), 0);

    parseXml(svg);
    assertThat(svg).contains("no events recorded");
  }

  @Test
  void axisStepsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(TimelineSvg.niceStep(301.8)).isEqualTo(500);
    assertThat(TimelineSvg.niceStep(0.0021)).isEqualTo(0.005, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(TimelineSvg.niceStep(100)).isEqualTo(100);
  }

  /** One row per virtual thread, each stretch on a carrier in that carrier's colour, a pinned stretch in its own. */
  @Test
  void coloursVirtualThreadRowsByCarrier() throws Exception {
    java.time.Instant t0 = java.time.Instant.now().minusSeconds(1);
    List<dev.yieldlab.api.timeline.OutsideEvent> lanes = List.of(
        new dev.yieldlab.api.timeline.OutsideEvent(EventKind.WORKER_RUN, "vt1", t0, new dev.yieldlab.api.timeline.EventSubject.Mounted("carrier-A", false)),
        new dev.yieldlab.api.timeline.OutsideEvent(EventKind.WORKER_RUN, "vt2", t0.plusMillis(100), new dev.yieldlab.api.timeline.EventSubject.Mounted("carrier-B", false)),
        new dev.yieldlab.api.timeline.OutsideEvent(EventKind.WORKER_RUN, "vt1", t0.plusMillis(200), new dev.yieldlab.api.timeline.EventSubject.Mounted("carrier-A", true)),
        new dev.yieldlab.api.timeline.OutsideEvent(EventKind.WORKER_END, "vt1", t0.plusMillis(300), "ended"),
        new dev.yieldlab.api.timeline.OutsideEvent(EventKind.WORKER_END, "vt2", t0.plusMillis(300), "ended"));
    dev.yieldlab.loop.EventLoop loop = new dev.yieldlab.loop.EventLoop(dev.yieldlab.api.ClockKind.VIRTUAL, Duration.ofSeconds(5));
    loop.run("main", () -> {
      loop.recordOutside(lanes);
      return null;
    });
    String svg = TimelineSvg.render("virtual threads", loop.timeline(), 400_000_000);
    parseXml(svg);
    assertThat(svg).contains("fill=\"" + SpanColours.carrier(0) + "\"><title>vt1: running on carrier-A")
        .contains("fill=\"" + SpanColours.carrier(1) + "\"><title>vt2: running on carrier-B")
        .contains("fill=\"" + SpanColours.PINNED + "\"><title>vt1: blocked, pinned to its carrier carrier-A")
        .contains("virtual threads running on:").contains(">carrier-A</text>").contains(">carrier-B</text>");
  }
}
