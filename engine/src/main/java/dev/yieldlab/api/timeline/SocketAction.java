package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What happened to a socket ({@link EventSubject.IoUse}). */
@API(status = EXPERIMENTAL, since = "0.2")
public enum SocketAction {
  CONNECTED("connected"),
  LISTENING("listening"),
  ACCEPTED("accepted"),
  CLOSED("closed"),
  /** It was still open when its run ended, and the loop closed it. */
  CLOSED_BY_LOOP("closed by the loop at the run's end");

  private final String words;

  SocketAction(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
