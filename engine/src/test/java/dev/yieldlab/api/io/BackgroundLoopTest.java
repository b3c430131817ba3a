package dev.yieldlab.api.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("A background loop, for a helper server an experiment starts and stops")
@Timeout(30)
class BackgroundLoopTest {

  @Test
  @DisplayName("serves on its own thread until closed, then the port refuses connections")
  void servesUntilClosed() throws IOException {
    int port;
    try (BackgroundLoop<Server> echo = BackgroundLoop.start("echo helper", loop -> loop.listen("echo", "127.0.0.1", 0,
        connection -> {
          for (String line = connection.readLine(); line != null; line = connection.readLine()) {
            connection.write("echo " + line + "\n");
            connection.drain();
          }
        }))) {
      port = echo.value().port();
      try (Socket first = new Socket("127.0.0.1", port); Socket second = new Socket("127.0.0.1", port)) {
        assertThat(exchange(first, "a")).isEqualTo("echo a");
        assertThat(exchange(second, "b")).isEqualTo("echo b");
        assertThat(exchange(first, "c")).isEqualTo("echo c");
      }
    }
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
  }

  @Test
  @DisplayName("a setup that throws makes value() throw, naming the loop, and close() returns")
  void setupFailureNamesTheLoop() {
    BackgroundLoop<Server> broken = BackgroundLoop.start("broken helper", loop -> {
      throw new IOException("port taken");
    });
    assertThatThrownBy(broken::value).hasMessageContaining("\"broken helper\"").hasMessageContaining("port taken");
    broken.close();
  }

  private static String exchange(Socket socket, String line) throws IOException {
    PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
    out.println(line);
    return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
  }
}
