package dev.yieldlab.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs the repository's ./mvnw on a copy of the starter, as a user would run mvn in their project,
 * with one difference a user would not need: the local repository is the one under target/ that
 * holds this build's engine, with the user's ~/.m2 chained below it read-only (Maven 3.9's
 * maven.repo.local.tail), so nothing this build already has is downloaded again.
 */
final class Maven {

  static final Path MVNW = path("yieldlab.it.mvnw");
  static final Path STARTER = path("yieldlab.it.starter");
  static final Path WORK = Path.of(property("yieldlab.it.workDirectory"));
  static final Path REPOSITORY = Path.of(property("yieldlab.it.repository"));
  static final String TAIL = property("yieldlab.it.tailRepository");
  static final String VERSION = property("yieldlab.it.version");

  /** A build of the starter takes ~40 s on two busy cores; anything near this is stuck. */
  private static final long TIMEOUT_MINUTES = 5;
  private static final AtomicInteger RUNS = new AtomicInteger();

  private Maven() {}

  /** A fresh copy of examples/starter (without its target/, if someone built it in place) at WORK/name. */
  static Path copyOfStarter(String name) {
    Path copy = WORK.resolve(name);
    try {
      delete(copy);
      try (Stream<Path> files = Files.walk(STARTER)) {
        for (Path file : files.filter(f -> !STARTER.relativize(f).startsWith("target")).toList()) {
          Path target = copy.resolve(STARTER.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target);
          }
        }
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + STARTER + " to " + copy, e);
    }
  }

  /**
   * {@code mvnw -B -f <project>/pom.xml <arguments>}, after removing the previous run's report files
   * (Surefire overwrites only those of the classes it runs). Output goes to WORK/run-N.log.
   */
  static MavenRun run(Path project, String... arguments) {
    Path target = project.resolve("target");
    delete(target.resolve("surefire-reports"));
    delete(target.resolve("junit-platform-reports"));
    Path log = WORK.resolve("run-" + RUNS.incrementAndGet() + ".log");
    List<String> command = new ArrayList<>(List.of(MVNW.toString(), "-B", "-Dstyle.color=never",
        "-f", project.resolve("pom.xml").toString(),
        "-Dmaven.repo.local=" + REPOSITORY, "-Dmaven.repo.local.tail=" + TAIL));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    // The JDK running these tests is a JDK 25 (the toolchain's); mvnw keeps a JAVA_HOME that is one.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    try {
      Files.createDirectories(WORK);
      Process maven = builder.start();
      maven.getOutputStream().close();
      if (!maven.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        maven.descendants().forEach(ProcessHandle::destroyForcibly);
        maven.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not end within " + TIMEOUT_MINUTES
            + " minutes; its output: " + log);
      }
      return new MavenRun(String.join(" ", arguments), maven.exitValue(),
          Files.readString(log, StandardCharsets.UTF_8), log, project);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while " + command + " ran", e);
    }
  }

  private static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + directory, e);
    }
  }

  private static Path path(String name) {
    return Path.of(property(name)).toAbsolutePath().normalize();
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s (set by starter-it/pom.xml)", name).isNotBlank();
    return value;
  }
}
