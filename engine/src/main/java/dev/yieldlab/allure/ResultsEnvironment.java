package dev.yieldlab.allure;

import dev.yieldlab.reporting.EngineVersion;
import dev.yieldlab.reporting.MachineOutcomes;
import dev.yieldlab.reporting.MachineProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The files Allure reads beside the results: {@code environment.properties} (the engine's version and
 * the machine the claims were measured on, since timing claims mean little without them) and {@code categories.json} (how
 * failures are grouped: ordering claims, ratio claims, errors, discovery issues). Both are written
 * complete or not at all ({@link AtomicFiles}).
 */
final class ResultsEnvironment {

  private ResultsEnvironment() {}

  static void write(Path resultsDirectory, MachineProfile machine) {
    try {
      Map<String, String> environment = new LinkedHashMap<>();
      environment.put("Machine", machine.name());
      environment.putAll(describeMachine());
      AtomicFiles.writeString(resultsDirectory.resolve("environment.properties"), properties(environment),
          StandardCharsets.ISO_8859_1);
      AtomicFiles.writeString(resultsDirectory.resolve("categories.json"), FailureCategory.json(FailureCategory.ALL),
          StandardCharsets.UTF_8);
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write Allure's environment files to " + resultsDirectory, unwritable);
    }
  }

  /** The checks' outcomes as records, for a report of several machines ({@link MachinesLedger}); complete or absent. */
  static void writeOutcomes(Path resultsDirectory, MachineOutcomes outcomes) {
    try {
      AtomicFiles.write(resultsDirectory.resolve(MachineOutcomes.FILE), outcomes::writeTo);
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write " + MachineOutcomes.FILE + " to " + resultsDirectory, unwritable);
    }
  }

  /** Key to value, in the order the report lists them. */
  static Map<String, String> describeMachine() {
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put("yieldlab", EngineVersion.current());
    machine.put("CPU", MachineProfile.cpuModel());
    machine.put("Cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    machine.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + ")");
    machine.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    machine.put("Git.commit", gitCommit());
    return machine;
  }

  /** Java properties format; non-Latin-1 characters as {@code \\uXXXX}, as the format requires. */
  static String properties(Map<String, String> entries) {
    StringBuilder text = new StringBuilder();
    entries.forEach((key, value) -> text.append(propertyEscape(key, true)).append('=')
        .append(propertyEscape(value, false)).append('\n'));
    return text.toString();
  }

  private static String propertyEscape(String text, boolean key) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        case '=', ':', '#', '!' -> escaped.append('\\').append(c);
        case ' ' -> escaped.append(key ? "\\ " : " ");
        default -> escaped.append(c < 0x20 || c > 0xFF ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return escaped.toString();
  }


  /** HEAD of the working directory's repository, marked {@code -dirty} with uncommitted changes. */
  private static String gitCommit() {
    String head = git("rev-parse", "HEAD");
    if (head.isEmpty()) {
      return "unknown (not a git checkout, or no git)";
    }
    return git("status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "-dirty";
  }

  private static String git(String... arguments) {
    try {
      Process git = new ProcessBuilder(Stream.concat(Stream.of("git"), Stream.of(arguments)).toList())
          .redirectErrorStream(true).start();
      git.getOutputStream().close();
      byte[] output = git.getInputStream().readAllBytes();
      if (!git.waitFor(5, TimeUnit.SECONDS) || git.exitValue() != 0) {
        return "";
      }
      return new String(output, StandardCharsets.UTF_8).strip();
    } catch (IOException notInstalled) {
      return "";
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
