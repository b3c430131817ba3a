package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The kinds of waiting primitive a {@link dev.yieldlab.api.Loop} makes, as timelines and messages name them. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum PrimitiveKind {
  DEFERRED("deferred"),
  EVENT("event"),
  QUEUE("queue"),
  LOCK("lock"),
  SEMAPHORE("semaphore"),
  CONDITION("condition"),
  BARRIER("barrier"),
  SELECT("select");

  private final String word;

  PrimitiveKind(String word) {
    this.word = word;
  }

  /** How people call it: {@code queue}. */
  public String word() {
    return word;
  }

  /** {@code queue 'jobs'}. */
  public String named(String name) {
    return word + " '" + name + "'";
  }
}
