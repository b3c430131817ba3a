package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.io.Connection;
import dev.yieldlab.api.io.Server;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject.IoUse;
import dev.yieldlab.api.timeline.EventSubject.IoWait;
import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.IoOperation;
import dev.yieldlab.api.timeline.SocketAction;
import dev.yieldlab.api.timeline.Span;
import dev.yieldlab.api.timeline.SpanKind;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@DisplayName("Sockets on the loop: a server and its clients on one thread, waiting in the selector")
@ExtendWith(NoFdLeaks.class)
class SocketsTest {

  private final EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofSeconds(20));

  /** Answers each line with "echo: " and the line, until the client closes. */
  private static void echoLines(Connection connection) throws Exception {
    for (String line = connection.readLine(); line != null; line = connection.readLine()) {
      connection.write("echo: " + line + "\n");
      connection.drain();
    }
  }

  @Test
  @DisplayName("a client reads lines, exact counts and what is there from a server of the same loop, then the end of the stream")
  void readsEveryWay() {
    List<String> got = loop.run("main", () -> {
      Server server = loop.listen("echo", "127.0.0.1", 0, SocketsTest::echoLines);
      List<String> answers = new ArrayList<>();
      try (Connection client = loop.connect("127.0.0.1", server.port())) {
        client.write("one\ntwo\r\n");
        client.drain();
        answers.add(client.readLine());
        answers.add(new String(client.readExactly("echo: two\n".length()), StandardCharsets.UTF_8));
        client.write("three\n");
        byte[] some = client.read(1000);
        answers.add(new String(some, StandardCharsets.UTF_8));
      }
      server.close();
      return answers;
    });
    assertThat(got).containsExactly("echo: one", "echo: two\n", "echo: three\n");
  }

  @Test
  @DisplayName("the end of the stream: read gives an empty array, readLine the unterminated rest and then null")
  void endOfStream() {
    List<Object> got = loop.run("main", () -> {
      Server server = loop.listen("farewell", "127.0.0.1", 0, connection -> {
        connection.write("last words");
        connection.drain();
      }); // the connection is closed when the handler returns
      List<Object> seen = new ArrayList<>();
      try (Connection client = loop.connect("127.0.0.1", server.port())) {
        seen.add(client.readLine());
        seen.add(client.readLine());
        seen.add(client.read(10).length);
      }
      server.close();
      return seen;
    });
    assertThat(got).containsExactly("last words", null, 0);
  }

  @Test
  @DisplayName("each accepted connection gets a coroutine of its own, and every event happens on the loop's one thread")
  void connectionPerCoroutine() {
    int clients = 20;
    List<Object> answers = loop.run("main", () -> {
      Server server = loop.listen("echo", "127.0.0.1", 0, SocketsTest::echoLines);
      List<Task<String>> tasks = IntStream.range(0, clients).mapToObj(i -> loop.spawn("client " + i, () -> {
        try (Connection client = loop.connect("127.0.0.1", server.port())) {
          client.write("hello " + i + "\n");
          client.drain();
          return client.readLine();
        }
      })).toList();
      List<Object> values = loop.gather(tasks.toArray(Task[]::new));
      server.close();
      return values;
    });
    assertThat(answers).hasSize(clients).allSatisfy(answer -> assertThat((String) answer).startsWith("echo: hello "));
    Timeline timeline = loop.timeline();
    assertThat(timeline.threadIds()).hasSize(1);
    assertThat(timeline.tasks()).contains("echo", "echo #1", "echo #" + clients);
    assertThat(timeline.events()).filteredOn(e -> e.subject() instanceof IoUse use && use.action() == SocketAction.ACCEPTED)
        .hasSize(clients);
  }

  @Test
  @DisplayName("a coroutine waiting for a socket is a WAIT event naming operation and endpoint, and a span of its own kind")
  void waitingForASocketIsItsOwnEvent() {
    int[] port = new int[1];
    loop.run("main", () -> {
      Server server = loop.listen("slow", "127.0.0.1", 0, connection -> {
        connection.readLine();
        loop.sleep(Duration.ofMillis(50));
        connection.write("late\n");
        connection.drain();
      });
      port[0] = server.port();
      try (Connection client = loop.connect("127.0.0.1", server.port())) {
        client.write("hi\n");
        client.drain();
        client.readLine();
      }
      server.close();
      return null;
    });
    Timeline timeline = loop.timeline();
    String endpoint = "127.0.0.1:" + port[0];
    List<TimelineEvent> mainWaits = timeline.events().stream()
        .filter(e -> e.task().equals("main") && e.kind() == EventKind.WAIT).toList();
    assertThat(mainWaits).extracting(TimelineEvent::subject).contains(new IoWait(IoOperation.READ, endpoint));
    assertThat(mainWaits).extracting(TimelineEvent::detail).contains("waits for read on " + endpoint);
    assertThat(timeline.events()).filteredOn(e -> e.task().equals("slow") && e.kind() == EventKind.WAIT)
        .extracting(TimelineEvent::subject).contains(new IoWait(IoOperation.ACCEPT, endpoint));
    List<Span> ioSpans = timeline.task("main").activity().spans(SpanKind.WAITING_FOR_IO);
    assertThat(ioSpans).extracting(Span::label).contains("waiting for read on " + endpoint);
    assertThat(ioSpans.stream().mapToLong(Span::nanos).max().orElseThrow())
        .as("the wait for the late answer, in ns").isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
    assertThat(timeline.task("slow #1").activity().spans(SpanKind.SLEEPING)).hasSize(1);
  }

  @Test
  @DisplayName("a write the kernel cannot take at once is kept and sent by drain, which waits for room, in order")
  void drainWaitsForRoom() {
    int size = 8 << 20;
    byte[] payload = new byte[size];
    for (int i = 0; i < size; i++) {
      payload[i] = (byte) (i * 31);
    }
    byte[] received = loop.run("main", () -> {
      Server server = loop.listen("sink", "127.0.0.1", 0, connection -> {
        loop.sleep(Duration.ofMillis(50)); // the writer fills the kernel's buffers meanwhile
        byte[] all = connection.readExactly(size);
        connection.write(new byte[] {(byte) (java.util.Arrays.hashCode(all) & 0x7f)});
        connection.drain();
      });
      try (Connection client = loop.connect("127.0.0.1", server.port())) {
        client.write(payload);
        client.drain();
        byte[] answer = client.readExactly(1);
        server.close();
        return answer;
      }
    });
    assertThat(received[0]).isEqualTo((byte) (java.util.Arrays.hashCode(payload) & 0x7f));
    assertThat(loop.timeline().events()).filteredOn(e -> e.task().equals("main") && e.kind() == EventKind.WAIT)
        .extracting(TimelineEvent::subject).filteredOn(IoWait.class::isInstance)
        .extracting(s -> ((IoWait) s).operation()).contains(IoOperation.WRITE);
  }

  @Test
  @DisplayName("a run that ends with sockets open has them closed by the loop, which names each in the timeline")
  void leftOpenIsClosedAndNamed() {
    String[] client = new String[1];
    int[] port = new int[1];
    loop.run("main", () -> {
      Server server = loop.listen("forgotten", "127.0.0.1", 0, connection -> loop.sleep(Duration.ofHours(1)));
      port[0] = server.port();
      Connection open = loop.connect("127.0.0.1", server.port());
      client[0] = open.localAddress().getPort() + "";
      loop.sleep(Duration.ofMillis(20)); // the server accepts meanwhile
      return null; // neither the connection nor the server is closed
    });
    List<String> closedByLoop = loop.timeline().events().stream()
        .filter(e -> e.subject() instanceof IoUse use && use.action() == SocketAction.CLOSED_BY_LOOP)
        .map(e -> e.task() + ": " + e.detail()).toList();
    String server = "127.0.0.1:" + port[0];
    assertThat(closedByLoop).containsExactlyInAnyOrder(
        "main: closed by the loop at the run's end: " + server,
        "main: closed by the loop at the run's end: 127.0.0.1:" + client[0] + " -> " + server);
    // The handler's coroutine was cancelled at the run's end like any other, and its cleanup closed its connection.
    assertThat(loop.timeline().events()).filteredOn(e -> e.task().equals("forgotten #1") && e.kind() == EventKind.SYNC)
        .extracting(TimelineEvent::subject)
        .contains(new IoUse(SocketAction.CLOSED, server + " -> 127.0.0.1:" + client[0]));
    assertThat(loop.timeline().events()).filteredOn(e -> e.kind() == EventKind.SYNC)
        .extracting(TimelineEvent::subject).filteredOn(IoUse.class::isInstance)
        .extracting(s -> ((EventSubject.IoUse) s).action())
        .contains(SocketAction.LISTENING, SocketAction.CONNECTED, SocketAction.ACCEPTED);
  }
}
