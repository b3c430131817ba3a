package dev.yieldlab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.Loop;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Pins the author's surface: {@code engine/api/yieldlab-api.txt} is {@link ApiDump} of the compiled
 * {@code dev.yieldlab.api} tree, checked in, so that a change to the surface shows in review as a
 * change to that file. After a deliberate change, rewrite the file with
 * {@code ./mvnw -pl engine test -Dtest=ApiDumpTest -Dyieldlab.api.dump=write} and commit it with the
 * change.
 */
@DisplayName("The public api")
class ApiDumpTest {

  private static final Path DUMP = Path.of("api/yieldlab-api.txt");

  @Test
  @DisplayName("is what engine/api/yieldlab-api.txt says it is")
  void matchesTheCheckedInDump() throws IOException, URISyntaxException {
    Path classes = Path.of(Loop.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String actual = ApiDump.of(classes);
    if ("write".equals(System.getProperty("yieldlab.api.dump"))) {
      Files.createDirectories(DUMP.getParent());
      Files.writeString(DUMP, actual);
    }
    assertThat(DUMP).as("the checked-in dump (write it with -Dyieldlab.api.dump=write)").exists();
    assertThat(actual).as("the api's public surface against %s: if the change is meant, rewrite the file with"
        + " ./mvnw -pl engine test -Dtest=ApiDumpTest -Dyieldlab.api.dump=write and commit it", DUMP)
        .isEqualTo(Files.readString(DUMP));
  }

  @Test
  @DisplayName("the dump can fail: it names public members and leaves out package-private ones")
  void theDumpSeesTheSurface() throws IOException, URISyntaxException {
    Path classes = Path.of(Loop.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String dump = ApiDump.of(classes);
    assertThat(dump).contains("public interface dev.yieldlab.api.Loop {",
        "public abstract fun void sleep(java.time.Duration)",
        "public static fun dev.yieldlab.api.io.BackgroundLoop start(java.lang.String, dev.yieldlab.api.io.BackgroundLoop$Setup)");
    assertThat(dump).doesNotContain("withForeignCpus(double)\n\tpublic fun boolean isPinned");
  }
}
