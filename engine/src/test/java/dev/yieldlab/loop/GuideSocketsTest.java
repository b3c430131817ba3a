package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.io.Connection;
import dev.yieldlab.api.io.Server;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ten-line socket example of docs/guide/io.md, run on both clocks, and kept identical to the page's text. */
@DisplayName("The I/O guide's socket example")
@ExtendWith(NoFdLeaks.class)
class GuideSocketsTest {

  static void echoOnce(Loop loop) throws Exception {
    // guide:begin
    Server server = loop.listen("echo", "127.0.0.1", 0, connection -> {   // port 0: any free one
      for (String line; (line = connection.readLine()) != null; ) connection.write("echo: " + line + "\n");
    });                                                                    // each connection: a coroutine
    try (Connection client = loop.connect("127.0.0.1", server.port())) {   // waits in the selector
      client.write("hello\n");
      client.drain();                                                       // until the kernel has it all
      String answer = loop.withTimeout("answer", Duration.ofSeconds(1), client::readLine);
      loop.log(answer + ", " + loop.toThread("lookup", () -> "from a thread"));  // off the loop's thread
    }
    server.close();
    // guide:end
  }

  @ParameterizedTest(name = "on the {0} clock")
  @EnumSource(ClockKind.class)
  @DisplayName("runs on both clocks")
  void runs(ClockKind clock) {
    EventLoop loop = new EventLoop(clock, Duration.ofSeconds(10));
    loop.run("main", () -> {
      echoOnce(loop);
      return null;
    });
    org.assertj.core.api.Assertions.assertThat(loop.timeline().events())
        .filteredOn(e -> e.kind() == dev.yieldlab.api.timeline.EventKind.LOG).extracting(e -> e.detail())
        .containsExactly("echo: hello, from a thread");
  }

  @Test
  @DisplayName("is the code the page shows, line for line, in ten lines")
  void matchesThePage() throws IOException {
    org.assertj.core.api.Assertions.assertThat(GuideBlock.matches("docs/guide/io.md", "Server server = ", "src/test/java/dev/yieldlab/loop/GuideSocketsTest.java")).hasSize(10);
  }
}
