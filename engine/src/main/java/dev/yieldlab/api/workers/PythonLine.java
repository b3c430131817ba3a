package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One line the post's Python printed, as {@code yield_task1: step 0 at 12:00:01 [4381.649077]}: the
 * post's own text with its {@code %X} time, and the child's {@code time.monotonic()} after it.
 *
 * @param printed the line as the post's code prints it, without the monotonic time
 * @param message the line without its {@code at HH:MM:SS} part: {@code yield_task1: step 0}
 * @param lane who printed it: the coroutine or process named at the line's start ({@code yield_task1}),
 *     {@code main} for the lines of the script's main code
 * @param monotonicNanos the child's {@code time.monotonic()}, in nanoseconds; on Linux the same clock
 *     as {@link System#nanoTime()}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PythonLine(String printed, String message, String lane, long monotonicNanos) {}
