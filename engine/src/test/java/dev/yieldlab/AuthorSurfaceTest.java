package dev.yieldlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The author's surface, enforced: an experiment names nothing of yieldlab but {@code dev.yieldlab.api}
 * and its sub-packages (and, in this repository, the experiments' own packages). Read off the sources
 * of {@code experiments/} and {@code examples/}, so that a fully qualified name in a method or a
 * javadoc link counts as much as an import: whatever an author sees in an experiment is something
 * they may use in theirs.
 */
@DisplayName("The author's surface")
class AuthorSurfaceTest {

  /** The trees an author reads, from the engine module's directory (where its tests run). */
  private static final List<Path> AUTHOR_TREES = List.of(Path.of("../experiments/src"), Path.of("../examples"));

  /** yieldlab's packages an experiment may name: the api, and the experiments' own. */
  private static final Set<String> AUTHOR_PACKAGES = Set.of("api", "experiments");

  private static final Pattern YIELDLAB_NAME = Pattern.compile("\\bdev\\.yieldlab\\.(\\w+)(\\.[\\w.]*\\w)?");

  @Test
  @DisplayName("experiments/ and examples/ name only dev.yieldlab.api and its sub-packages")
  void experimentsNameOnlyTheApi() throws IOException {
    Map<String, Set<String>> leaks = new TreeMap<>();
    int files = 0;
    for (Path tree : AUTHOR_TREES) {
      assertThat(tree).as("an author's tree, from " + Path.of("").toAbsolutePath()).isDirectory();
      try (Stream<Path> walk = Files.walk(tree)) {
        for (Path file : walk.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/target/")).toList()) {
          files++;
          Set<String> named = engineNames(Files.readString(file));
          if (!named.isEmpty()) {
            leaks.put(tree.relativize(file).toString(), named);
          }
        }
      }
    }
    assertThat(files).as("sources read").isGreaterThan(20);
    assertThat(leaks).as("engine packages named by an experiment: give the api a way to do it instead").isEmpty();
  }

  @Test
  @DisplayName("the rule can fail: it sees an import of the loop and a qualified name of the workers")
  void theRuleSeesEngineNames() {
    String source = """
        import dev.yieldlab.api.Loop;
        import dev.yieldlab.loop.EventLoop;
        class X { Object o = dev.yieldlab.workers.ThreadWorkers.class; dev.yieldlab.api.timeline.Timeline t; }
        """;
    assertThat(engineNames(source)).containsExactly("dev.yieldlab.loop.EventLoop", "dev.yieldlab.workers.ThreadWorkers.class");
  }

  /** Every {@code dev.yieldlab.…} name in {@code source} outside the author's packages. */
  private static Set<String> engineNames(String source) {
    Set<String> named = new TreeSet<>();
    Matcher name = YIELDLAB_NAME.matcher(source);
    while (name.find()) {
      if (!AUTHOR_PACKAGES.contains(name.group(1))) {
        named.add(name.group());
      }
    }
    return named;
  }
}
