package dev.yieldlab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.Loop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * The map of docs/ARCHITECTURE.md, enforced: which package of the engine may use which, read off the
 * compiled classes (every type a class file names: signatures, fields, instructions, class literals),
 * so that a fully qualified name in the middle of a method counts as much as an import does.
 */
@DisplayName("The engine's architecture")
class ArchitectureTest {

  /** Package to the packages it may use. Everything may use the JDK and the libraries. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "api", Set.of(),
      "loop", Set.of("api"),
      "explore", Set.of("api", "loop"),
      "instrument", Set.of("api"),
      "kernel", Set.of("api"),
      "workers", Set.of("api", "loop", "kernel"),
      "reporting", Set.of("api"),
      "junit", Set.of("api", "loop", "explore", "instrument", "kernel", "workers", "reporting"),
      "allure", Set.of("api", "reporting"));

  /**
   * Types of other packages a package may name beyond {@link #ALLOWED}: the Allure adapter sorts
   * failures into categories by the exception types that mark them (hung runs, discovery issues).
   */
  private static final Map<String, Set<String>> ALLOWED_TYPES = Map.of(
      "allure", Set.of("dev/yieldlab/loop/LoopTimeoutException", "dev/yieldlab/junit/RunTimeoutException",
          "dev/yieldlab/junit/InvalidExperimentException", "dev/yieldlab/workers/WorkerTimeoutException"));

  private static final int MAX_LINES = 350;

  @Test
  @DisplayName("each package uses only the packages below it on the map")
  void packagesDependOnlyDownwards() throws IOException {
    Map<String, Set<String>> violations = new TreeMap<>();
    Map<String, Set<String>> used = usedTypes();
    assertThat(used.keySet()).as("packages of the engine").containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    used.forEach((pkg, types) -> {
      for (String type : types) {
        String other = packageOf(type);
        boolean allowed = other.equals(pkg) || ALLOWED.get(pkg).contains(other)
            || ALLOWED_TYPES.getOrDefault(pkg, Set.of()).contains(type.replaceAll("\\$.*", ""));
        if (!allowed) {
          violations.computeIfAbsent(pkg, k -> new TreeSet<>()).add(type);
        }
      }
    });
    assertThat(violations).as("types used against docs/ARCHITECTURE.md, by package").isEmpty();
  }

  @Test
  @DisplayName("the rule can fail: the junit package uses the loop, which the loop may not do the other way round")
  void theRuleSeesRealDependencies() throws IOException {
    Map<String, Set<String>> used = usedTypes();
    assertThat(used.get("junit")).contains("dev/yieldlab/loop/EventLoop", "dev/yieldlab/reporting/RunReport");
    assertThat(ALLOWED.get("loop")).doesNotContain("junit");
  }

  @Test
  @DisplayName("every package and sub-package says its job in a package-info.java, and no class is longer than 350 lines")
  void packageInfoAndSize() throws IOException {
    Path sources = Path.of("src/main/java/dev/yieldlab");
    List<String> missing = new ArrayList<>();
    List<String> tooLong = new ArrayList<>();
    try (Stream<Path> directories = Files.walk(sources)) {
      for (Path directory : directories.filter(Files::isDirectory).toList()) {
        boolean holdsTypes;
        try (Stream<Path> files = Files.list(directory)) {
          holdsTypes = files.anyMatch(f -> f.toString().endsWith(".java"));
        }
        if (holdsTypes && !Files.exists(directory.resolve("package-info.java"))) {
          missing.add(sources.relativize(directory).toString().replace('/', '.'));
        }
      }
    }
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        long lines = Files.readAllLines(file).size();
        if (lines > MAX_LINES) {
          tooLong.add(sources.relativize(file) + " (" + lines + " lines)");
        }
      }
    }
    assertThat(missing).as("packages without package-info.java").isEmpty();
    assertThat(tooLong).as("classes over " + MAX_LINES + " lines").isEmpty();
  }

  /** Every yieldlab type each package's classes name, by package. */
  private static Map<String, Set<String>> usedTypes() throws IOException {
    Path classes = classesDirectory();
    Map<String, Set<String>> used = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes.resolve("dev/yieldlab"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String pkg = packageOf(classes.relativize(file).toString());
        Set<String> types = used.computeIfAbsent(pkg, k -> new TreeSet<>());
        new ClassReader(Files.readAllBytes(file)).accept(new ClassRemapper(new EveryMember(), new Remapper(Opcodes.ASM9) {
          @Override
          public String map(String internalName) {
            if (internalName.startsWith("dev/yieldlab/")) {
              types.add(internalName);
            }
            return internalName;
          }
        }), 0);
      }
    }
    return used;
  }

  /** {@code dev/yieldlab/loop/EventLoop} to {@code loop}. */
  private static String packageOf(String internalName) {
    return internalName.split("/")[2];
  }

  private static Path classesDirectory() {
    try {
      return Path.of(Loop.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException impossible) {
      throw new UncheckedIOException(new IOException(impossible));
    }
  }

  /** Visits every member, so that the remapper sees the types named inside method bodies too. */
  private static final class EveryMember extends ClassVisitor {
    EveryMember() {
      super(Opcodes.ASM9);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
      return new MethodVisitor(Opcodes.ASM9) {};
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
      return new FieldVisitor(Opcodes.ASM9) {};
    }

    @Override
    public RecordComponentVisitor visitRecordComponent(String name, String descriptor, String signature) {
      return new RecordComponentVisitor(Opcodes.ASM9) {};
    }
  }
}
