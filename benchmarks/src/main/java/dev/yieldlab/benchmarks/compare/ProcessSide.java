package dev.yieldlab.benchmarks.compare;

import dev.yieldlab.benchmarks.probe.FigureLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one side in a process of its own (a Java probe in a fresh JVM, or the asyncio script) and
 * reads the figure lines it prints; other lines are echoed. A side that cannot start or fails is
 * reported, and its figures stay empty: the table then shows them as not measured.
 */
final class ProcessSide {

  private ProcessSide() {}

  static Measures run(List<String> command, Path workingDirectory, Measures into) {
    try {
      Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          FigureLine figure = FigureLine.parse(line);
          String[] fact = line.split("\t");
          if (figure != null) {
            into.add(figure);
          } else if (fact.length == 2) {
            into.fact(fact[0], fact[1]);
          } else {
            System.out.println(line);
          }
        }
      }
      int exit = process.waitFor();
      if (exit != 0) {
        System.err.println("compare: " + String.join(" ", command) + " exited with " + exit);
      }
    } catch (IOException cannotStart) {
      System.err.println("compare: cannot run " + String.join(" ", command) + ": " + cannotStart.getMessage());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    return into;
  }

  /** A java command for {@code mainClass} on this JVM's own java and class path, with the export. */
  static List<String> javaMain(String mainClass, List<String> arguments) {
    return javaMain(List.of(), mainClass, arguments);
  }

  /** The same, with {@code jvmOptions} before the class path. */
  static List<String> javaMain(List<String> jvmOptions, String mainClass, List<String> arguments) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new java.util.ArrayList<>(List.of(java, dev.yieldlab.benchmarks.BenchmarkJvm.ADD_EXPORTS));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(arguments);
    return command;
  }
}
