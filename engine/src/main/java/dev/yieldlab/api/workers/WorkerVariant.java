package dev.yieldlab.api.workers;

import dev.yieldlab.api.DurationText;
import dev.yieldlab.api.VariantSpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads workers from a declared variant's parameters, so that an experiment declares its kinds of
 * workers as {@code @Variant}s instead of copying a run method per kind:
 *
 * <pre>{@code
 * @Variant(name = "gil threads", params = {"kind=GIL_THREADS", "switch-interval=5ms"})
 * @Variant(name = "virtual threads", params = {"kind=VIRTUAL_THREADS", "carriers=1"})
 * }</pre>
 *
 * <p>Every parameter is read, and an unknown one is an error: a misspelt {@code pinnned=true} must
 * not silently measure unpinned workers.
 */
final class WorkerVariant {

  static final String KIND = "kind";
  static final String WORKERS = "workers";
  static final String PINNED = "pinned";
  static final String SWITCH_INTERVAL = "switch-interval";
  static final String CARRIERS = "carriers";
  private static final Set<String> KNOWN = Set.of(KIND, WORKERS, PINNED, SWITCH_INTERVAL, CARRIERS);

  private WorkerVariant() {}

  static Workers read(VariantSpec variant) {
    Set<String> unknown = new TreeSet<>(variant.params().keySet());
    unknown.removeAll(KNOWN);
    if (!unknown.isEmpty()) {
      throw invalid(variant, "sets " + unknown + ", which workers do not read: use " + new TreeSet<>(KNOWN));
    }
    if (!variant.params().containsKey(KIND)) {
      throw invalid(variant, "sets no kind: add params = \"kind=PROCESSES\" (or one of " + kinds() + ")");
    }
    Workers workers = Workers.of(kind(variant));
    String count = variant.params().get(WORKERS);
    if (count != null) {
      workers = workers.count(count(variant, count));
    }
    String pinned = variant.params().get(PINNED);
    if (pinned != null && pinned(variant, pinned)) {
      workers = workers.pinnedToOneCpu();
    }
    String interval = variant.params().get(SWITCH_INTERVAL);
    if (interval != null) {
      workers = workers.switchInterval(switchInterval(variant, interval));
    }
    String carriers = variant.params().get(CARRIERS);
    if (carriers != null) {
      if (workers.kind() != WorkerKind.VIRTUAL_THREADS) {
        throw invalid(variant, "sets carriers=" + carriers + " for kind=" + workers.kind() + ": carriers are the virtual-thread"
            + " scheduler's parallelism, so they go with kind=VIRTUAL_THREADS only");
      }
      workers = workers.carriers(carriers(variant, carriers));
    }
    return workers;
  }

  /**
   * The JDK would read a malformed value in the child and fail there ({@code NumberFormatException} in
   * the scheduler's static initializer, every virtual thread then an {@code ExceptionInInitializerError}):
   * read here, it fails the variant with the fix instead.
   */
  private static int carriers(VariantSpec variant, String text) {
    try {
      int carriers = Integer.parseInt(text.trim());
      if (carriers >= 1 && carriers <= Workers.MAX_CARRIERS) {
        return carriers;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, with the fix
    }
    throw invalid(variant, "has carriers=" + text + ": write a whole number from 1 to " + Workers.MAX_CARRIERS
        + " (the virtual-thread scheduler's parallelism), or leave it out for one per processor ("
        + Runtime.getRuntime().availableProcessors() + " here)");
  }

  private static WorkerKind kind(VariantSpec variant) {
    String text = variant.param(KIND).trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return WorkerKind.valueOf(text);
    } catch (IllegalArgumentException unknown) {
      throw invalid(variant, "has kind=" + variant.param(KIND) + ", which is not a kind of worker: use one of " + kinds());
    }
  }

  private static int count(VariantSpec variant, String text) {
    try {
      int count = Integer.parseInt(text.trim());
      if (count >= 1) {
        return count;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, with the fix
    }
    throw invalid(variant, "has workers=" + text + ": write a whole number of at least 1, or leave it out for one per"
        + " processor (" + Runtime.getRuntime().availableProcessors() + " here)");
  }

  private static boolean pinned(VariantSpec variant, String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true", "cpu0" -> true;
      case "false" -> false;
      default -> throw invalid(variant, "has pinned=" + text + ": write pinned=true to run every worker on CPU 0");
    };
  }

  private static Duration switchInterval(VariantSpec variant, String text) {
    return DurationText.parse(text, "variant '" + variant.name() + "' " + SWITCH_INTERVAL);
  }

  private static String kinds() {
    return Arrays.stream(WorkerKind.values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static IllegalArgumentException invalid(VariantSpec variant, String problem) {
    return new IllegalArgumentException("variant '" + variant.name() + "' " + problem);
  }
}
