package dev.yieldlab.api.strand;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Task;
import java.time.Duration;
import java.util.Map;

/** A {@link Strand} that is a coroutine of a loop: every call is the loop's own. */
final class LoopStrand implements Strand {

  private final Loop loop;
  private final String name;
  private final Map<String, String> arguments;

  LoopStrand(Loop loop, String name, Map<String, String> arguments) {
    this.loop = loop;
    this.name = name;
    this.arguments = arguments;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void sleep(Duration duration) {
    loop.sleep(duration);
  }

  @Override
  public void yieldNow() {
    loop.yieldNow();
  }

  @Override
  public void log(String message) {
    loop.log(message);
  }

  @Override
  public Handle spawn(String child, StrandBody body) {
    Task<Void> task = loop.spawn(child, () -> body.run(new LoopStrand(loop, child, arguments)));
    return Handle.of(child, task::join);
  }

  @Override
  public Map<String, String> arguments() {
    return arguments;
  }
}
