package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The "timeline events" attachment stays readable and small however many events a run recorded. */
@DisplayName("The timeline events listing")
class EventListingTest {

  private static Timeline timelineOf(int count) {
    List<TimelineEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(new TimelineEvent(i, EventKind.YIELD, "spinner", 1, i * 1_000L, "event " + i));
    }
    return new Timeline(events);
  }

  @Test
  @DisplayName("lists every event of a short timeline")
  void shortTimelineInFull() {
    Timeline timeline = timelineOf(10);
    assertThat(RunPage.eventListing(timeline)).isEqualTo(timeline.describe());
  }

  @Test
  @DisplayName("keeps the first and last events of a 200,000-event timeline and says how many it left out")
  void longTimelineCut() {
    String listing = RunPage.eventListing(timelineOf(200_000));
    assertThat(listing.lines()).hasSize(RunPage.LISTED_EVENTS + 1);
    assertThat(listing).contains("event 0").contains("event 3999")
        .contains("195000 events left out").contains("event 199999");
    assertThat(listing.lines()).noneMatch(line -> line.endsWith("event 4000") || line.endsWith("event 194999"));
  }
}
