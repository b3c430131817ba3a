package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The machine a suite ran on, as far as timing claims depend on it: the same check can confirm a
 * claim on 2 CPUs and refute it on 1. Every result carries its {@link #name()} as an Allure
 * parameter, so that one report made from the results of several machines shows them side by side.
 *
 * @param name what reports call it: {@value #PROPERTY} if set (a system property, or the environment
 *     variable {@value #ENVIRONMENT}), else made from the cores and CPU model, e.g. {@code 2 CPUs, AMD EPYC}
 * @param cpu the CPU model, from {@code /proc/cpuinfo} (the architecture elsewhere)
 * @param cores the processors visible to the JVM ({@code taskset} and {@code -XX:ActiveProcessorCount} limit them)
 * @param jvm the JVM's name, version and vendor
 * @param os the operating system's name, version and architecture
 */
@API(status = EXPERIMENTAL, since = "0.3")
public record MachineProfile(String name, String cpu, int cores, String jvm, String os) implements Serializable {

  public static final String PROPERTY = "yieldlab.machine";
  public static final String ENVIRONMENT = "YIELDLAB_MACHINE";

  /** The machine this JVM runs on. */
  public static MachineProfile current() {
    String cpu = cpuModel();
    int cores = Runtime.getRuntime().availableProcessors();
    String given = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
    String name = given != null && !given.isBlank() ? given.strip() : derivedName(cores, cpu);
    return new MachineProfile(name, cpu, cores,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
            + System.getProperty("java.vendor") + ")",
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
  }

  /** {@code 2 CPUs, AMD EPYC 7B13}: what a reader compares machines by first. */
  static String derivedName(int cores, String cpu) {
    String model = cpu.replaceAll("\\s+\\d+-Core Processor$", "").replaceAll("\\((R|TM)\\)", "").strip();
    return String.format(Locale.ROOT, "%d CPU%s, %s", cores, cores == 1 ? "" : "s", model);
  }

  /** {@code 2 CPUs, AMD EPYC: AMD EPYC 7B13, 2 cores visible to the JVM, OpenJDK ..., Linux ...}. */
  public String describe() {
    return String.format(Locale.ROOT, "%s: %s, %d core%s visible to the JVM, %s, %s", name, cpu, cores,
        cores == 1 ? "" : "s", jvm, os);
  }

  /** The CPU's model name from {@code /proc/cpuinfo}, or {@code os.arch} where there is none. */
  public static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(line -> line.startsWith("model name")).findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .orElse(System.getProperty("os.arch"));
    } catch (IOException | UncheckedIOException notLinux) {
      return System.getProperty("os.arch");
    }
  }
}
