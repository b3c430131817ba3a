package dev.yieldlab.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.qameta.allure.AllureResultsWriteException;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.internal.Allure2ModelJackson;
import io.qameta.allure.internal.shadowed.jackson.databind.ObjectMapper;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * Allure's results writer, except that every file appears complete or not at all (see
 * {@link AtomicFiles}). Allure's own {@code FileSystemResultsWriter} writes straight into the results
 * directory, so a JVM killed mid-write leaves a truncated {@code -result.json} that breaks report
 * generation. The file names and the JSON are Allure's: the same mapper
 * ({@link Allure2ModelJackson}, which {@code FileSystemResultsWriter} uses) and the same suffixes.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AtomicResultsWriter implements AllureResultsWriter {

  private final Path directory;
  private final ObjectMapper mapper = Allure2ModelJackson.createMapper();

  public AtomicResultsWriter(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  Path directory() {
    return directory;
  }

  @Override
  public void write(TestResult result) {
    String name = uuidOrRandom(result.getUuid()) + "-result.json";
    try {
      AtomicFiles.write(directory.resolve(name), out -> mapper.writeValue(out, result));
    } catch (IOException failed) {
      throw new AllureResultsWriteException("Could not write Allure test result " + name, failed);
    }
  }

  @Override
  public void write(TestResultContainer container) {
    String name = uuidOrRandom(container.getUuid()) + "-container.json";
    try {
      AtomicFiles.write(directory.resolve(name), out -> mapper.writeValue(out, container));
    } catch (IOException failed) {
      throw new AllureResultsWriteException("Could not write Allure test result container " + name, failed);
    }
  }

  @Override
  public void write(String source, InputStream attachment) {
    try (InputStream in = attachment) {
      AtomicFiles.write(directory.resolve(source), in::transferTo);
    } catch (IOException failed) {
      throw new AllureResultsWriteException("Could not write Allure attachment " + source, failed);
    }
  }

  private static String uuidOrRandom(String uuid) {
    return uuid == null ? UUID.randomUUID().toString() : uuid;
  }
}
