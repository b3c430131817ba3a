package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a wait outside the loop waits for ({@link EventSubject.IoWait}). */
@API(status = EXPERIMENTAL, since = "0.2")
public enum IoOperation {
  CONNECT("connect to"),
  ACCEPT("accept on"),
  READ("read on"),
  WRITE("write on"),
  FUTURE("future"),
  THREAD("thread call");

  private final String words;

  IoOperation(String words) {
    this.words = words;
  }

  /** {@code read on}. */
  public String words() {
    return words;
  }

  /** Whether it waits for a socket (rather than for another thread). */
  public boolean onSocket() {
    return this != FUTURE && this != THREAD;
  }
}
