package dev.yieldlab.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.qameta.allure.AllureResultsWriteException;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.internal.Allure2ModelJackson;
import io.qameta.allure.internal.shadowed.jackson.databind.ObjectMapper;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import io.qameta.allure.util.PropertiesUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Allure's results writer, except that every file appears complete or not at all (see
 * {@link AtomicFiles}). Allure's own {@code FileSystemResultsWriter} writes straight into the results
 * directory, so a JVM killed mid-write leaves a truncated {@code -result.json} or attachment behind.
 *
 * <p>Everything else is Allure's, so that replacing its writer changes nothing a user can see: the
 * same mapper ({@link Allure2ModelJackson}, which {@code FileSystemResultsWriter} uses), the same
 * file names, and the same settings read the same way ({@link #fromAllureProperties()}), including
 * {@code allure.results.clean.before.run}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AtomicResultsWriter implements AllureResultsWriter {

  private final Path directory;
  private final boolean cleanBeforeRun;
  private final boolean cleanOnlyOnce;
  private final AtomicBoolean cleaned = new AtomicBoolean();
  private final AtomicBoolean warned = new AtomicBoolean();
  private final ObjectMapper mapper = Allure2ModelJackson.createMapper();

  /** A writer to {@code directory} that leaves what is already there. */
  public AtomicResultsWriter(Path directory) {
    this(directory, false, true);
  }

  /**
   * A writer to {@code directory}; with {@code cleanBeforeRun}, it empties the directory before its
   * first write ({@code cleanOnlyOnce}) or before every write, as Allure's writer does.
   */
  public AtomicResultsWriter(Path directory, boolean cleanBeforeRun, boolean cleanOnlyOnce) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.cleanBeforeRun = cleanBeforeRun;
    this.cleanOnlyOnce = cleanOnlyOnce;
  }

  /**
   * Configured as Allure configures its default writer: {@code allure.results.directory} (default
   * {@code allure-results}), {@code allure.results.clean.before.run} (false) and
   * {@code allure.results.clean.only.once} (true), from {@code allure.properties} or system properties.
   */
  public static AtomicResultsWriter fromAllureProperties() {
    Properties properties = PropertiesUtils.loadAllureProperties();
    return new AtomicResultsWriter(resultsDirectory(properties),
        Boolean.parseBoolean(properties.getProperty("allure.results.clean.before.run", "false")),
        Boolean.parseBoolean(properties.getProperty("allure.results.clean.only.once", "true")));
  }

  /** The directory Allure writes to: {@code allure.results.directory} from allure.properties or -D. */
  static Path resultsDirectory(Properties allureProperties) {
    return Path.of(allureProperties.getProperty("allure.results.directory", "allure-results"));
  }

  Path directory() {
    return directory;
  }

  @Override
  public void write(TestResult result) {
    writeJson(uuidOrRandom(result.getUuid()) + "-result.json", result, "test result");
  }

  @Override
  public void write(TestResultContainer container) {
    writeJson(uuidOrRandom(container.getUuid()) + "-container.json", container, "test result container");
  }

  @Override
  public void write(String source, InputStream attachment) {
    try (InputStream in = attachment) {
      beforeWrite();
      AtomicFiles.write(directory.resolve(source), in::transferTo);
    } catch (IOException failed) {
      throw new AllureResultsWriteException("Could not write Allure attachment " + source, failed);
    }
  }

  private void writeJson(String name, Object value, String what) {
    try {
      beforeWrite();
      AtomicFiles.write(directory.resolve(name), out -> mapper.writeValue(out, value));
    } catch (IOException failed) {
      throw new AllureResultsWriteException("Could not write Allure " + what + " " + name, failed);
    }
  }

  /**
   * Allure's clean-before-run: everything below the directory goes, the directory stays. The first
   * time it finds results of earlier runs there it says so on stderr, once: results vanishing without
   * a word would surprise as much as results of earlier runs mixing into this one's report.
   */
  private void beforeWrite() throws IOException {
    if (!cleanBeforeRun || (cleanOnlyOnce && !cleaned.compareAndSet(false, true))) {
      return;
    }
    if (!Files.isDirectory(directory)) {
      return;
    }
    int removed = 0;
    try (Stream<Path> below = Files.walk(directory)) {
      for (Path path : below.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(directory)).toList()) {
        removed += Files.isRegularFile(path) ? 1 : 0;
        Files.deleteIfExists(path);
      }
    }
    if (removed > 0 && warned.compareAndSet(false, true)) {
      System.err.println("[yieldlab] " + String.format(CLEARED, removed, directory));
    }
  }

  /** What stderr says when earlier runs' results are cleared: the count and the directory. */
  static final String CLEARED = "cleared %d files of earlier runs from %s (allure.results.clean.before.run=true):"
      + " each run's report holds that run's results only; Allure's trend history is not kept there (a report"
      + " build copies it in; yieldlab's own build keeps it in reports/.allure-history)";

  private static String uuidOrRandom(String uuid) {
    return uuid == null ? UUID.randomUUID().toString() : uuid;
  }
}
