package dev.yieldlab.benchmarks.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on, read from the machine rather than typed. */
final class Machine {

  private Machine() {}

  static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst().orElse("unknown");
    } catch (IOException unreadable) {
      return System.getProperty("os.arch");
    }
  }

  /** 1, 5 and 15 minute load averages: how busy the machine was with other work. */
  static String loadAverage() {
    try {
      List<String> fields = List.of(Files.readString(Path.of("/proc/loadavg")).trim().split(" "));
      return String.join(" / ", fields.subList(0, 3));
    } catch (IOException unreadable) {
      return "unknown";
    }
  }

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  static String jvm() {
    return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vm.vendor") + ")";
  }

  static String os() {
    return System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
  }
}
