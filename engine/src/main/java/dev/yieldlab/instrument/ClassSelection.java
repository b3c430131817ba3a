package dev.yieldlab.instrument;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Which classes an {@link InstrumentingClassLoader} re-defines with yield points: by default an
 * experiment's nest (the class, its nested, inner, local and anonymous classes; lambda bodies are
 * methods of the class that writes them, so they come along). Framework, JDK and third-party
 * classes are never selected, whatever is asked.
 *
 * <p>Selected classes live in a different runtime package from the rest of their package: if an
 * experiment calls package-private code of a class outside its nest, select that class too (or the
 * whole package with {@link #packageOf}), or the call fails with an {@link IllegalAccessError}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ClassSelection {

  /** Packages whose classes must keep their identity: the loop, the api types the copy shares. */
  private static final List<String> FRAMEWORK_PACKAGES = List.of(
      "dev.yieldlab.api", "dev.yieldlab.loop", "dev.yieldlab.instrument", "dev.yieldlab.workers",
      "dev.yieldlab.junit", "dev.yieldlab.allure");
  private static final List<String> PLATFORM_PREFIXES = List.of(
      "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.objectweb.asm.", "org.junit.", "org.opentest4j.",
      "org.assertj.", "org.apiguardian.");

  private final Set<String> nestHosts;
  private final Set<String> packages;

  private ClassSelection(Set<String> nestHosts, Set<String> packages) {
    this.nestHosts = Set.copyOf(nestHosts);
    this.packages = Set.copyOf(packages);
  }

  /** {@code type}'s whole nest: its top-level class and every class nested in it, at any depth. */
  public static ClassSelection nestOf(Class<?> type) {
    String host = type.getNestHost().getName();
    requireSelectable(host);
    return new ClassSelection(Set.of(host), Set.of());
  }

  /** Every class of {@code type}'s package (not its subpackages). */
  public static ClassSelection packageOf(Class<?> type) {
    requireSelectable(type.getName());
    return new ClassSelection(Set.of(), Set.of(type.getPackageName()));
  }

  /** Both selections. */
  public ClassSelection and(ClassSelection other) {
    Set<String> hosts = new LinkedHashSet<>(nestHosts);
    hosts.addAll(other.nestHosts);
    Set<String> both = new LinkedHashSet<>(packages);
    both.addAll(other.packages);
    return new ClassSelection(hosts, both);
  }

  /** Whether the class with this binary name ({@code a.b.Outer$Inner}) is re-defined. */
  public boolean includes(String binaryName) {
    if (!selectable(binaryName)) {
      return false;
    }
    if (packages.contains(packageOf(binaryName))) {
      return true;
    }
    for (String host : nestHosts) {
      if (binaryName.equals(host) || binaryName.startsWith(host + "$")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "classes " + nestHosts.stream().map(h -> h + "{,$*}").toList()
        + (packages.isEmpty() ? "" : " and packages " + packages);
  }

  private static void requireSelectable(String binaryName) {
    if (!selectable(binaryName)) {
      throw new IllegalArgumentException(binaryName + " belongs to the framework, the JDK or a library: only an "
          + "experiment's own classes can be instrumented (their identity is shared with the loop)");
    }
  }

  private static boolean selectable(String binaryName) {
    return !FRAMEWORK_PACKAGES.contains(packageOf(binaryName))
        && PLATFORM_PREFIXES.stream().noneMatch(binaryName::startsWith);
  }

  private static String packageOf(String binaryName) {
    int lastDot = binaryName.lastIndexOf('.');
    return lastDot < 0 ? "" : binaryName.substring(0, lastDot);
  }
}
