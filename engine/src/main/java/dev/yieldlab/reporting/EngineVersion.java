package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * The version of the yieldlab engine that is running, so that a report says which engine measured
 * it. Read from {@code engine.properties} beside this class, which the build fills in: it is there
 * whether the engine runs from its jar or from a class directory (the reactor's own tests, an IDE),
 * while the jar's manifest (Implementation-Version, the same value) exists only in the jar.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EngineVersion {

  private static final String UNKNOWN = "unknown (built without Maven's resource filtering)";
  private static final String CURRENT = read();

  private EngineVersion() {}

  /** e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String current() {
    return CURRENT;
  }

  private static String read() {
    try (InputStream in = EngineVersion.class.getResourceAsStream("engine.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return Optional.ofNullable(properties.getProperty("version"))
          .filter(version -> !version.isBlank() && !version.contains("${"))
          .or(() -> Optional.ofNullable(EngineVersion.class.getPackage().getImplementationVersion()))
          .orElse(UNKNOWN);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read the engine's version from engine.properties", unreadable);
    }
  }
}
