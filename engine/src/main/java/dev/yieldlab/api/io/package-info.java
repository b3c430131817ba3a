/**
 * Sockets on the loop, asyncio's streams: a {@link dev.yieldlab.api.io.Connection} (connect, read,
 * write, drain) and a {@link dev.yieldlab.api.io.Server} (listen, one coroutine per connection).
 */
package dev.yieldlab.api.io;
