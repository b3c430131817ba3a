package dev.yieldlab.api.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * A TCP connection whose reads and writes suspend the calling coroutine instead of blocking the
 * loop's thread: asyncio's {@code StreamReader} and {@code StreamWriter} in one object. Made by
 * {@link dev.yieldlab.api.Loop#connect} or handed to a {@link Server}'s handler; used only by the coroutines of the
 * loop that made it, one reader and one writer at a time.
 *
 * <p>Every wait is a {@code WAIT} event of its own ({@code waits for read on 127.0.0.1:40123}) and a
 * cancellation point, so {@link dev.yieldlab.api.Loop#withTimeout} bounds any of them. A connection still open when its
 * run ends is closed by the loop, which records which it closed.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Connection extends AutoCloseable {

  /** The most bytes {@link #readLine()} keeps while it looks for the end of a line (asyncio's default limit). */
  int LINE_LIMIT = 64 * 1024;

  /** This end: {@code 127.0.0.1:51234}. */
  InetSocketAddress localAddress();

  /** The peer's end: {@code 127.0.0.1:40123}. */
  InetSocketAddress remoteAddress();

  /**
   * Up to {@code max} bytes (at least 1), as soon as any have come; waits while none has. An empty
   * array means the peer closed its side (asyncio {@code read(n)}).
   */
  byte[] read(int max) throws IOException;

  /**
   * Exactly {@code n} bytes, waiting as long as it takes; if the peer closes first, an {@link
   * IncompleteReadException} says how many came and carries them (asyncio {@code readexactly}).
   */
  byte[] readExactly(int n) throws IOException;

  /**
   * The next line, UTF-8, without its {@code \n} (nor a {@code \r} before it); the rest of the data
   * when the peer closes without a last newline; null once nothing is left. A line longer than
   * {@link #LINE_LIMIT} bytes fails with an {@link IOException} (asyncio {@code readline}, with
   * {@code BufferedReader}'s result).
   */
  String readLine() throws IOException;

  /**
   * Sends {@code bytes}: what the socket takes now goes at once, the rest is kept in order until
   * {@link #drain()} or a later write sends it (asyncio {@code write}). Never waits.
   */
  void write(byte[] bytes) throws IOException;

  /** {@link #write(byte[])} of {@code text} in UTF-8. */
  default void write(String text) throws IOException {
    write(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Waits until every byte written so far has been handed to the kernel (asyncio {@code drain}). */
  void drain() throws IOException;

  /**
   * Closes both directions at once; bytes not yet drained are dropped (drain first to send them), and
   * a coroutine waiting on this connection gets an {@link IOException}. Closing twice does nothing.
   */
  @Override
  void close();

  /** Whether {@link #close()} was called, by any coroutine, or the loop closed it at its run's end. */
  boolean isClosed();
}
