package dev.yieldlab.loop;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A task of a loop as the engine's watchdog sees it while the loop's thread is stuck: its name, what
 * it waits for, and its coroutine's frozen stack (innermost frame first), which says where it
 * suspended, e.g. inside a {@code synchronized} block whose monitor the stuck thread waits for.
 *
 * @param task the task's name
 * @param waitingFor what it waits for, in words ({@code sleep PT0.2S})
 * @param stack the frames of its coroutine, innermost first, as frozen at its suspension
 */
@API(status = INTERNAL, since = "0.4")
public record SuspendedTask(String task, String waitingFor, List<StackTraceElement> stack) {

  public SuspendedTask {
    stack = List.copyOf(stack);
  }
}
