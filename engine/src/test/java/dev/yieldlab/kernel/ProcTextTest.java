package dev.yieldlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("One read of a /proc file and its fields")
class ProcTextTest {

  @Test
  @DisplayName("a file longer than the first read is read whole")
  void longFile(@TempDir Path dir) throws Exception {
    String text = "x".repeat(10_000) + "\nThreads:\t7\n";
    Files.writeString(dir.resolve("status"), text);

    assertThat(ProcText.read(dir.resolve("status"))).isEqualTo(text);
  }

  @Test
  @DisplayName("a field is found on the first line or any later one, never inside another field's name")
  void fields() {
    String status = "Name:\tjava\nvoluntary_ctxt_switches:\t12\nnonvoluntary_ctxt_switches:\t3\nThreads:  42";

    assertThat(ProcText.field(status, "voluntary_ctxt_switches")).hasValue(12);
    assertThat(ProcText.field(status, "nonvoluntary_ctxt_switches")).hasValue(3);
    assertThat(ProcText.field(status, "Threads")).hasValue(42);
    assertThat(ProcText.field(status, "ctxt_switches")).isEmpty();
    assertThat(ProcText.field("Threads:\t5\n", "Threads")).hasValue(5);
    assertThatThrownBy(() -> ProcText.field(status, "Name")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  @DisplayName("fields split at runs of blanks, from where the caller says, as split(\"\\\\s+\") would")
  void fieldsOfALine() {
    assertThat(ProcText.fields("cpu  100 2\t30 5000\n", 0)).containsExactly("cpu", "100", "2", "30", "5000");
    assertThat(ProcText.fields("42 (a b) S 1 2", 9)).containsExactly("S", "1", "2");
    assertThat(ProcText.fields("  \n", 0)).isEmpty();
    assertThat(ProcText.fields("1 2 3 4 5", 0, 3)).containsExactly("1", "2", "3");
    assertThat(ProcText.fields("1 2", 0, 3)).containsExactly("1", "2");
  }

  @Test
  @DisplayName("a missing file is a NoSuchFileException, which the figures turn into their reason")
  void missing(@TempDir Path dir) {
    assertThatThrownBy(() -> ProcText.read(dir.resolve("schedstat"))).isInstanceOf(NoSuchFileException.class);
  }
}
