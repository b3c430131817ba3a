package dev.yieldlab.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.explore.ScheduleId;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.CRC32;
import org.apiguardian.api.API;

/**
 * What a schedule id says of the run it was made for: four hex digits of the run's name (experiment
 * class, run, variant) and four of the experiment's class file, whose bytes change with its code.
 *
 * @param run the run's digits
 * @param build the build's digits
 * @param label {@code CheckThenActExperiment.unguarded}: the run, for messages
 */
@API(status = EXPERIMENTAL, since = "0.3")
public record RunFingerprint(String run, String build, String label) {

  /** The fingerprint of run {@code run} (variant {@code variant}, null for none) of {@code experiment}. */
  public static RunFingerprint of(Class<?> experiment, String run, String variant) {
    String name = experiment.getName() + "#" + run + (variant == null ? "" : "[" + variant + "]");
    String label = experiment.getSimpleName() + "." + run + (variant == null ? "" : " [" + variant + "]");
    return new RunFingerprint(digits(name.hashCode()), digits(classFileChecksum(experiment)), label);
  }

  private static String digits(long value) {
    return String.format(Locale.ROOT, "%04x", (value ^ (value >>> 16) ^ (value >>> 32)) & 0xffff);
  }

  private static long classFileChecksum(Class<?> type) {
    String resource = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
    CRC32 crc = new CRC32();
    try (InputStream bytes = type.getResourceAsStream(resource)) {
      if (bytes == null) {
        return 0;
      }
      crc.update(bytes.readAllBytes());
    } catch (IOException unreadable) {
      return 0;
    }
    return crc.getValue();
  }

  /** Whether {@code id} was made for this run; another build of it still matches. */
  boolean isFor(ScheduleId id) {
    return id.run().equals(run);
  }
}
