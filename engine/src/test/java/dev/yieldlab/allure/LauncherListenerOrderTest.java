package dev.yieldlab.allure;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Does {@code allure-junit-platform}'s listener really write through yieldlab's atomic writer? It
 * takes {@code Allure.getLifecycle()} in its constructor, so that depends on the launcher creating the
 * yieldlab engine first ({@link AtomicAllureLifecycle}). A child JVM runs the real launcher as Surefire
 * does, with the real listener found through its service file ({@link SurefireLikeLauncher}), while
 * this test watches the results directory through inotify: a file written in place is created and then
 * modified under its own name; a file written atomically is modified only under a temporary name and
 * appears under its own by a rename, which inotify reports as a creation alone.
 *
 * <p>The control asks Allure for its lifecycle before the launcher starts: then the listener writes in
 * place, the watch sees it, and the engine warns. Linux only: elsewhere the JDK's watch service polls
 * and cannot tell a rename from a write.
 */
@DisplayName("Allure's listener under the real launcher")
@EnabledOnOs(OS.LINUX)
class LauncherListenerOrderTest {

  /** Set by the engine's pom: the listener's jars, which Surefire's class path leaves out. */

  @TempDir
  Path results;

  @TempDir
  Path logs;

  @Test
  @DisplayName("writes every result, container and attachment by rename, never in place")
  void theListenerWritesThroughTheAtomicWriter() throws Exception {
    Watched run = runLauncher(List.of());

    assertThat(run.stdout()).as("stderr: %s", run.stderr()).contains("tests succeeded: 4", "lifecycle atomic: true");
    assertThat(run.stderr()).doesNotContain(AtomicAllureLifecycle.TOO_LATE);
    assertThat(run.writtenInPlace()).as("files Allure reads that were modified under their own name").isEmpty();
    assertThat(run.files()).as("the listener's results for the fixture's two runs and two checks, and the ledger")
        .filteredOn(name -> name.endsWith("-result.json")).hasSize(5);
    assertThat(run.files()).as("left in the results directory").noneMatch(ResultsDirectoryCheck::isTemporary)
        .anyMatch(name -> name.endsWith("-container.json"))
        .anyMatch(name -> name.endsWith("-attachment.svg"))
        .contains("environment.properties", "categories.json");
    assertThat(run.renamedIntoPlace()).as("files that appeared by rename").containsAll(run.files());
    assertThat(run.temporaryFilesWritten()).as("temporary files written, one per file").hasSameSizeAs(run.files());
  }

  @Test
  @DisplayName("control: with Allure's lifecycle created first, the listener writes in place and the engine warns")
  void aLifecycleCreatedEarlierIsWrittenInPlace() throws Exception {
    Watched run = runLauncher(List.of(SurefireLikeLauncher.ALLURE_FIRST));

    assertThat(run.stdout()).as("stderr: %s", run.stderr()).contains("tests succeeded: 4", "lifecycle atomic: false");
    assertThat(run.stderr()).contains("[yieldlab] " + AtomicAllureLifecycle.TOO_LATE);
    assertThat(run.writtenInPlace()).as("files Allure reads that were modified under their own name")
        .anyMatch(name -> name.endsWith("-result.json"))
        .anyMatch(name -> name.endsWith("-attachment.svg"));
  }

  private Watched runLauncher(List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Dallure.results.directory=" + results,
        "-cp", System.getProperty("java.class.path") + File.pathSeparator + ListenerClasspath.get(),
        SurefireLikeLauncher.class.getName()));
    command.addAll(arguments);
    Path stdout = logs.resolve("stdout.txt");
    Path stderr = logs.resolve("stderr.txt");
    try (WatchService watch = FileSystems.getDefault().newWatchService()) {
      results.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      Process child = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
          .start();
      try {
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the launcher's JVM has ended").isTrue();
      } finally {
        child.destroyForcibly();
      }
      assertThat(child.exitValue()).as("exit code; stderr: %s", Files.readString(stderr)).isZero();
      return new Watched(Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr,
          StandardCharsets.UTF_8), events(watch), files(results));
    }
  }

  /**
   * Every event since registration. The child has ended, so the kernel holds all its events already
   * and the JDK's poller thread hands them on at once: a quarter second of quiet means none are left.
   */
  private static List<WatchEvent<?>> events(WatchService watch) throws InterruptedException {
    List<WatchEvent<?>> events = new ArrayList<>();
    for (WatchKey key = watch.poll(250, TimeUnit.MILLISECONDS); key != null;
        key = watch.poll(250, TimeUnit.MILLISECONDS)) {
      events.addAll(key.pollEvents());
      key.reset();
    }
    assertThat(events).as("events lost by the watch: the test cannot tell what happened")
        .noneMatch(event -> event.kind() == OVERFLOW);
    return events;
  }

  private static Set<String> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
    }
  }

  /** What the child printed, what the watch saw, and what is left in the directory. */
  private record Watched(String stdout, String stderr, List<WatchEvent<?>> events, Set<String> files) {

    /** Names other than temporary ones that were modified in place. */
    Set<String> writtenInPlace() {
      return names(ENTRY_MODIFY);
    }

    /**
     * Names that were created. A name created without being modified appeared whole, by rename
     * (inotify reports the arrival of a rename as a creation; the JDK passes it on as one).
     */
    Set<String> renamedIntoPlace() {
      Set<String> created = names(ENTRY_CREATE);
      created.removeAll(writtenInPlace());
      return created;
    }

    /** Temporary names that were written to. */
    Set<String> temporaryFilesWritten() {
      Set<String> names = new TreeSet<>();
      for (WatchEvent<?> event : events) {
        if (event.kind() == ENTRY_MODIFY && ResultsDirectoryCheck.isTemporary(event.context().toString())) {
          names.add(event.context().toString());
        }
      }
      return names;
    }

    private Set<String> names(WatchEvent.Kind<?> kind) {
      Set<String> names = new TreeSet<>();
      for (WatchEvent<?> event : events) {
        String name = event.context().toString();
        if (event.kind() == kind && !ResultsDirectoryCheck.isTemporary(name)) {
          names.add(name);
        }
      }
      return names;
    }
  }
}
