/**
 * Loopback echo over real sockets: yieldlab's loop (client and server coroutines on one loop, waiting
 * in its selector) against one platform thread per connection and side with blocking sockets; the
 * asyncio streams equivalent is in {@code benchmarks/python/asyncio_side.py}.
 */
package dev.yieldlab.benchmarks.io;
