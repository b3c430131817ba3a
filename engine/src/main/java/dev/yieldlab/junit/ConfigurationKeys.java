package dev.yieldlab.junit;

import dev.yieldlab.reporting.MachineProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every configuration key yieldlab reads, in one list: a key added to the engine is added here with
 * one line, and then is no longer reported as unknown. A {@code yieldlab.*} key that is set (as a
 * {@code -D} system property, in {@code junit-platform.properties} or in Surefire's {@code
 * configurationParameters}) but not known is a discovery warning naming the nearest known key, since
 * a misspelt setting otherwise changes nothing and says nothing.
 *
 * <p>Which keys are the engine's: {@code yieldlab.<word>} (one segment after the prefix) and every
 * key in a section that a known key uses ({@code yieldlab.timeout.*}, {@code yieldlab.stall.*},
 * {@code yieldlab.explore.*}). Any other section belongs to experiments and build tools, which read
 * their own keys through {@code Configuration} (the experiments' {@code yieldlab.workers.iterations})
 * or as system properties (this build's {@code yieldlab.test.*} and {@code yieldlab.it.*}); the engine
 * cannot know those, so it leaves them alone. An experiment's own key therefore goes into a section
 * of its own, {@code yieldlab.<section>.<name>}, or under a prefix of its own.
 */
final class ConfigurationKeys {

  private static final String PREFIX = "yieldlab.";

  /** Every key the engine reads (with what it takes), one a line. */
  static final List<Key> KNOWN = List.of(
      new Key(YieldlabConfiguration.CLOCK, "REAL or VIRTUAL"),
      new Key(YieldlabConfiguration.DEFAULT_TIMEOUT, "a run's limit, e.g. 60s"),
      new Key(YieldlabConfiguration.WARMUPS, "unrecorded runs before a measured run"),
      new Key(YieldlabConfiguration.REPETITIONS, "measured repetitions or pairs"),
      new Key(YieldlabConfiguration.STALL_THRESHOLD, "a stretch longer than this is a stall, e.g. 100ms"),
      new Key(MachineProfile.PROPERTY, "the machine's name in the report"),
      new Key("yieldlab.schedule", "the id of one schedule an explored run replays instead of exploring"),
      new Key("yieldlab.explore.schedules", "schedules to explore"),
      new Key("yieldlab.explore.strategies", "exploration strategies"),
      new Key("yieldlab.explore.seed", "the exploration's random seed"),
      new Key("yieldlab.explore.budget", "the exploration's budget"),
      new Key("yieldlab.explore.jitter", "timer jitter while exploring"),
      new Key("yieldlab.explore.shard", "this process's share of the schedules"),
      new Key("yieldlab.explore.all", "explore every VIRTUAL-clock run that allows it, with this many schedules"),
      new Key("yieldlab.explore.deviations", "the exhaustive search's bound on deviations from FIFO"));

  /** A key the engine reads, and what its value is. */
  record Key(String name, String takes) {}

  /** A key that was set but that the engine does not read, and the known key nearest to it. */
  record Unknown(String key, String value, String nearest) {

    /** The discovery warning's message. */
    String message() {
      return "configuration parameter " + key + "=" + value + " is not a yieldlab setting, so it changes nothing: did"
          + " you mean " + nearest + "? yieldlab reads " + String.join(", ", KNOWN.stream().map(Key::name).toList())
          + ". An experiment's own parameter belongs in a section of its own (yieldlab.<section>.<name>, as"
          + " yieldlab.workers.iterations), which yieldlab leaves alone";
    }
  }

  private ConfigurationKeys() {}

  /** The sections known keys use: {@code timeout}, {@code stall}, {@code explore}. */
  static Set<String> engineSections() {
    Set<String> sections = new LinkedHashSet<>();
    KNOWN.forEach(key -> section(key.name()).ifPresent(sections::add));
    return sections;
  }

  /** The keys among {@code keys} that are the engine's but unknown to it, in order, each with its value from {@code values}. */
  static List<Unknown> unknown(Set<String> keys, java.util.function.Function<String, Optional<String>> values) {
    Set<String> known = new TreeSet<>(KNOWN.stream().map(Key::name).toList());
    Set<String> sections = engineSections();
    List<Unknown> unknown = new ArrayList<>();
    for (String key : new TreeSet<>(keys)) {
      if (!key.startsWith(PREFIX) || known.contains(key)) {
        continue;
      }
      Optional<String> section = section(key);
      if (section.isEmpty() || sections.contains(section.get())) {
        unknown.add(new Unknown(key, values.apply(key).orElse(""), nearest(key)));
      }
    }
    return unknown;
  }

  /**
   * The known key nearest to {@code key}: the fewest edits to the whole key, or to its last segment
   * alone plus one for the section ({@code yieldlab.seed} is one section away from {@code
   * yieldlab.explore.seed}, though eight characters); the registry's order breaks ties.
   */
  static String nearest(String key) {
    return KNOWN.stream().map(Key::name).min(Comparator.comparingInt((String known) -> distance(key, known))
        .thenComparingInt(known -> editDistance(key, known))).orElseThrow();
  }

  private static int distance(String key, String known) {
    int whole = editDistance(key, known);
    String last = lastSegment(key);
    String knownLast = lastSegment(known);
    return Math.min(whole, editDistance(last, knownLast) + 1);
  }

  /** Levenshtein's distance: insertions, deletions and substitutions of one character each cost one. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** {@code explore} of {@code yieldlab.explore.seed}; empty for {@code yieldlab.clock}. */
  private static Optional<String> section(String key) {
    String rest = key.substring(PREFIX.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(rest.substring(0, dot));
  }

  private static String lastSegment(String key) {
    return key.substring(key.lastIndexOf('.') + 1);
  }
}
