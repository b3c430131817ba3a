package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;

/**
 * The smallest program that needs the coroutines: {@link MissingExportTest} runs it in a child JVM
 * started without {@code --add-exports}, as a user's misconfigured build would.
 */
public final class MissingExportProbe {

  private MissingExportProbe() {}

  public static void main(String[] args) {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    loop.run("main", () -> {
      loop.yieldNow();
      return null;
    });
    System.out.println("ran");
  }
}
