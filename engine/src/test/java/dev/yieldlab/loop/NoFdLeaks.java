package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Counts this process's open file descriptors ({@code /proc/self/fd}) before and after each test and
 * fails the test if it left more open: every socket and selector a run opens must be closed by its
 * end. The JDK's first selector and socket open descriptors it keeps for the JVM's life, so one of
 * each is opened and closed before the first count.
 */
final class NoFdLeaks implements BeforeEachCallback, AfterEachCallback {

  private static final Path FDS = Path.of("/proc/self/fd");
  private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(NoFdLeaks.class);

  static {
    try (Selector selector = Selector.open(); SocketChannel socket = SocketChannel.open()) {
      selector.wakeup();
      socket.isOpen();
    } catch (IOException cannot) {
      throw new UncheckedIOException(cannot);
    }
  }

  /** The open descriptors, each with what it is (the target of its link). */
  static List<String> open() {
    try (Stream<Path> fds = Files.list(FDS)) {
      return fds.map(fd -> {
        try {
          return fd.getFileName() + " -> " + Files.readSymbolicLink(fd);
        } catch (IOException gone) {
          return null; // the listing's own descriptor, closed by now
        }
      }).filter(java.util.Objects::nonNull).sorted().toList();
    } catch (IOException cannot) {
      throw new UncheckedIOException(cannot);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(HERE).put("before", open());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    @SuppressWarnings("unchecked")
    List<String> before = (List<String>) context.getStore(HERE).get("before");
    List<String> after = open();
    for (int tries = 0; tries < 50 && after.size() > before.size(); tries++) {
      sleepBriefly(); // a helper thread of the test may still be closing its end
      after = open();
    }
    assertThat(after).as("open file descriptors after the test (before: %d)", before.size())
        .hasSizeLessThanOrEqualTo(before.size());
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
