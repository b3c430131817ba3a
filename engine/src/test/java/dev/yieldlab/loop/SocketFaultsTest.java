package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.TimeoutExpiredException;
import dev.yieldlab.api.io.Connection;
import dev.yieldlab.api.io.IncompleteReadException;
import dev.yieldlab.api.io.Server;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@DisplayName("Socket faults: each ends in an exception that names the connection and says what happened")
@ExtendWith(NoFdLeaks.class)
class SocketFaultsTest {

  private final EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofSeconds(10));

  @Test
  @DisplayName("connection refused: a ConnectException naming host and port")
  void connectionRefused() {
    int port = Peers.freePort();
    Throwable thrown = FailedRuns.failureOf(loop, () -> loop.connect("127.0.0.1", port));
    assertThat(thrown).isInstanceOf(ConnectException.class)
        .hasMessageStartingWith("connect to 127.0.0.1:" + port + " refused (Connection refused): nothing listens there");
  }

  @Test
  @DisplayName("the peer resets the connection while a read waits: a SocketException naming the connection")
  void peerResetsMidRead() throws Exception {
    try (Peers.OneShot peer = new Peers.OneShot(connection -> {
      connection.getOutputStream().write("partial".getBytes());
      connection.getOutputStream().flush();
      Thread.sleep(100); // the client waits for the rest meanwhile
      Peers.reset(connection);
    })) {
      String[] endpoint = new String[1];
      Throwable thrown = FailedRuns.failureOf(loop, () -> {
        Connection client = loop.connect("127.0.0.1", peer.port());
        endpoint[0] = client.localAddress().getPort() + " -> 127.0.0.1:" + peer.port();
        return client.readExactly(100);
      });
      assertThat(thrown).isInstanceOf(SocketException.class)
          .hasMessageContaining("connection 127.0.0.1:" + endpoint[0] + ".readExactly(): connection reset by the peer while reading");
    }
  }

  @Test
  @DisplayName("the peer closes early: the short read says how many bytes came of how many asked, and carries them")
  void peerClosesEarly() throws Exception {
    try (Peers.OneShot peer = new Peers.OneShot(connection -> {
      OutputStream out = connection.getOutputStream();
      out.write(new byte[37]);
      out.flush();
      Thread.sleep(50);
    })) {
      Throwable thrown = FailedRuns.failureOf(loop, () -> {
        try (Connection client = loop.connect("127.0.0.1", peer.port())) {
          return client.readExactly(100);
        }
      });
      assertThat(thrown).isInstanceOf(IncompleteReadException.class)
          .hasMessageEndingWith(".readExactly(100): the peer closed the connection after 37 of 100 bytes");
      assertThat(((IncompleteReadException) thrown).partial()).hasSize(37);
      assertThat(((IncompleteReadException) thrown).expected()).isEqualTo(100);
    }
  }

  @Test
  @DisplayName("a read that never completes ends at its block's timeout, the cancelled wait naming the channel")
  void silentPeerMeetsTheBlockTimeout() throws Exception {
    try (Peers.OneShot peer = new Peers.OneShot(connection -> Thread.sleep(5_000))) {
      Throwable thrown = FailedRuns.failureOf(loop, () -> {
        try (Connection client = loop.connect("127.0.0.1", peer.port())) {
          return loop.withTimeout("fetch", Duration.ofMillis(200), client::readLine);
        }
      });
      assertThat(thrown).isInstanceOf(TimeoutExpiredException.class).hasMessageStartingWith("block 'fetch' timed out after PT0.2S");
      assertThat(thrown.getCause()).isInstanceOf(TaskCancelledException.class)
          .hasMessage("task 'main' was cancelled while waiting for read on 127.0.0.1:" + peer.port()
              + ": block 'fetch' passed its timeout of PT0.2S");
      assertThat(loop.elapsed()).isBetween(Duration.ofMillis(200), Duration.ofSeconds(4));
    }
  }

  @Test
  @DisplayName("a read that never completes ends at the run's timeout, which lists the channel the task waits for")
  void silentPeerMeetsTheRunTimeout() throws Exception {
    EventLoop bounded = new EventLoop(ClockKind.REAL, Duration.ofMillis(300));
    try (Peers.OneShot peer = new Peers.OneShot(connection -> Thread.sleep(5_000))) {
      Throwable thrown = FailedRuns.failureOf(bounded, () -> {
        Connection client = bounded.connect("127.0.0.1", peer.port());
        return client.readLine();
      });
      assertThat(thrown).isInstanceOf(LoopTimeoutException.class)
          .hasMessageContaining("run exceeded its timeout of PT0.3S")
          .hasMessageContaining("task 'main' waits for read on 127.0.0.1:" + peer.port());
      assertThat(bounded.elapsed()).isBetween(Duration.ofMillis(300), Duration.ofSeconds(4));
    }
  }

  @Test
  @DisplayName("a write to a socket closed here fails at once, saying who closed it")
  void writeAfterClose() {
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      Server server = loop.listen("quiet", "127.0.0.1", 0, connection -> connection.readLine());
      Connection client = loop.connect("127.0.0.1", server.port());
      client.close();
      client.write("too late\n");
      return null;
    });
    assertThat(thrown).isInstanceOf(SocketException.class)
        .hasMessageMatching("connection 127\\.0\\.0\\.1:\\d+ -> 127\\.0\\.0\\.1:\\d+\\.write\\(\\): connection .* is closed "
            + "\\(closed by task 'main'\\); open a new one");
  }

  @Test
  @DisplayName("writes to a socket the peer has closed fail once the kernel knows, naming the connection")
  void writeToAClosedPeer() throws Exception {
    try (Peers.OneShot peer = new Peers.OneShot(connection -> {
      connection.getInputStream().read(); // the client is connected and has written once
      Peers.reset(connection);
    })) {
      int[] writes = new int[1];
      Throwable thrown = FailedRuns.failureOf(loop, () -> {
        try (Connection client = loop.connect("127.0.0.1", peer.port())) {
          for (writes[0] = 1; writes[0] <= 100; writes[0]++) { // bounded: the reset arrives within a few
            client.write("are you there?\n");
            client.drain();
            loop.sleep(Duration.ofMillis(10));
          }
          return "never failed";
        }
      });
      assertThat(thrown).isInstanceOf(SocketException.class)
          .hasMessageContaining("127.0.0.1:" + peer.port())
          .hasMessageMatching(".*(reset by the peer while writing|closed by the peer before this (write|drain)).*");
      assertThat(writes[0]).isLessThanOrEqualTo(100);
    }
  }

  @Test
  @DisplayName("bad input fails at once, naming the call and the fix")
  void badInput() {
    assertThatThrownBy(() -> loop.run("main", () -> loop.connect("127.0.0.1", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("loop.connect(\"127.0.0.1\", 0) in task 'main': a port is 1 to 65535; a server's port is Server.port()");
    EventLoop another = new EventLoop(ClockKind.REAL);
    assertThatThrownBy(() -> another.run("main", () -> another.connect(" ", 80)))
        .hasMessage("loop.connect(\" \", 80) in task 'main': give a host name or address, e.g. \"127.0.0.1\"");
    EventLoop third = new EventLoop(ClockKind.REAL);
    assertThatThrownBy(() -> third.run("main", () -> {
      Server server = third.listen("s", "127.0.0.1", 0, connection -> third.sleep(Duration.ofSeconds(1)));
      try (Connection client = third.connect("127.0.0.1", server.port())) {
        return client.read(0);
      }
    })).isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(".read(0): ask for at least 1 byte");
  }

  @Test
  @DisplayName("two coroutines reading one connection at once is refused, naming both")
  void twoReadersAtOnce() {
    EventLoop two = new EventLoop(ClockKind.REAL, Duration.ofSeconds(5));
    Throwable thrown = FailedRuns.failureOf(two, () -> {
      Server server = two.listen("s", "127.0.0.1", 0, connection -> two.sleep(Duration.ofSeconds(1)));
      try (Connection client = two.connect("127.0.0.1", server.port())) {
        two.spawn("first reader", () -> client.readLine());
        two.sleep(Duration.ofMillis(10));
        return client.readLine();
      }
    });
    assertThat(thrown).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(".readLine() in task 'main': task 'first reader' already waits for read on 127.0.0.1:")
        .hasMessageContaining("one coroutine reads and one writes a socket at a time");
  }

  @Test
  @DisplayName("a connection used from another loop's coroutine is refused, naming both sides")
  void connectionFromAnotherLoop() {
    Connection[] kept = new Connection[1];
    loop.run("main", () -> {
      Server server = loop.listen("s", "127.0.0.1", 0, connection -> { });
      kept[0] = loop.connect("127.0.0.1", server.port());
      return null;
    });
    EventLoop later = new EventLoop(ClockKind.REAL);
    assertThatThrownBy(() -> later.run("later", () -> kept[0].readLine()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(".readLine() was called from task 'later' of another loop");
  }
}
