package dev.yieldlab.loop;

import dev.yieldlab.api.timeline.EventSubject;

/**
 * A detail the timeline keeps by reference, as the loop's own object (a sleep, a join with its
 * target task), and turns into its typed {@link EventSubject} only when a timeline is read: the same
 * object tells a suspended task's reason in messages, so recording it costs no allocation of its own.
 */
interface RecordedDetail {

  EventSubject subject();
}
