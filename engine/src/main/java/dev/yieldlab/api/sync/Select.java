package dev.yieldlab.api.sync;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.Task;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Waits for the first of several things and runs that one's clause: kotlinx's {@code select}, and
 * asyncio's {@code wait(..., return_when=FIRST_COMPLETED)} over different kinds of waits. Clauses
 * are tried in the order they were added (biased, as kotlinx's {@code select}); only the chosen one
 * takes anything: the queues of the others keep their items.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Select<R> {

  /** When {@code task} ends: its value (a failed task's failure is rethrown by {@link #await()}). */
  <V> Select<R> onJoin(Task<V> task, Function<? super V, ? extends R> then);

  /** When {@code deferred} ends: its value, or its failure rethrown. */
  <V> Select<R> onAwait(Deferred<V> deferred, Function<? super V, ? extends R> then);

  /** When {@code queue} has an item for this select: the item, taken. */
  <V> Select<R> onGet(Queue<V> queue, Function<? super V, ? extends R> then);

  /** When {@code event} is set. */
  Select<R> onEvent(Event event, Supplier<? extends R> then);

  /** When {@code after} has passed and nothing else came first. */
  Select<R> onTimeout(Duration after, Supplier<? extends R> then);

  /** Waits for the first clause that can go, takes what it waits for, and returns what its function makes of it. */
  R await();
}
