package dev.yieldlab.kernel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One {@code /proc} file kept open and read again from its start on every {@link #read}: the kernel
 * writes the file's text afresh at each read from offset 0, so an open descriptor reads today's
 * numbers. Opening and closing cost more than the read itself on a VM (a {@code /proc/self/stat} read
 * took 7.9 µs with its open and close, 3.3 µs without them; {@code schedstat} 5.4 against 0.9), and
 * the engine reads these files around every run. Opened on the first read; a descriptor that fails
 * is closed, and the next read opens the file again.
 *
 * <p>A file bound to a thread ({@code /proc/thread-self/...}) is bound to the thread that opened it,
 * whoever reads it later: {@link ThreadCounters} opens the loop thread's.
 */
final class ProcFile implements AutoCloseable {

  /** Enough for any file we keep open ({@code status} is about 1.4 kB); a longer one is read in full. */
  private static final int FIRST_READ = 4096;

  private final Path path;
  private FileChannel channel;
  private byte[] bytes = new byte[FIRST_READ];

  ProcFile(Path path) {
    this.path = path;
  }

  /** The file's whole text; a {@link java.nio.file.NoSuchFileException} where it does not exist. */
  synchronized String read() throws IOException {
    try {
      if (channel == null) {
        channel = FileChannel.open(path);
      }
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (channel.read(buffer, buffer.position()) > 0) {
        if (!buffer.hasRemaining()) {
          bytes = Arrays.copyOf(bytes, bytes.length * 2);
          buffer = ByteBuffer.wrap(bytes).position(buffer.position());
        }
      }
      return new String(bytes, 0, buffer.position(), StandardCharsets.ISO_8859_1);
    } catch (IOException | RuntimeException failed) {
      close();
      throw failed;
    }
  }

  @Override
  public synchronized void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // a /proc descriptor has nothing to flush: closing it cannot lose anything
      }
      channel = null;
    }
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
