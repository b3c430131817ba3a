package dev.yieldlab.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.DurationText;
import dev.yieldlab.api.Explore;
import dev.yieldlab.api.Strategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * How one run is explored, from its {@link Explore} annotation with the command line's {@code
 * yieldlab.explore.*} values over it (all defaults are the annotation's).
 *
 * @param schedules the most schedules, FIFO's included
 * @param strategies the strategies taking turns; empty for the default portfolio
 * @param seed what randomised strategies draw from
 * @param budget the most wall time
 * @param jitter the most a timer may be late; zero for none
 * @param deviations the exhaustive search's bound, -1 for none
 * @param pctDepth PCT's depth in the default portfolio
 * @param shard which share of the schedules this machine explores
 */
@API(status = EXPERIMENTAL, since = "0.3")
public record ExploreSettings(int schedules, List<StrategyChoice> strategies, long seed, Duration budget,
    Duration jitter, int deviations, int pctDepth, Shard shard) {

  public static final String PREFIX = "yieldlab.explore.";
  public static final String SCHEDULES = PREFIX + "schedules";
  public static final String STRATEGIES = PREFIX + "strategies";
  public static final String SEED = PREFIX + "seed";
  public static final String BUDGET = PREFIX + "budget";
  public static final String JITTER = PREFIX + "jitter";
  public static final String DEVIATIONS = PREFIX + "deviations";
  public static final String SHARD = PREFIX + "shard";
  /** Every {@code yieldlab.explore.*} key a run's exploration reads. */
  public static final List<String> KEYS = List.of(SCHEDULES, STRATEGIES, SEED, BUDGET, JITTER, DEVIATIONS, SHARD);

  private static final Pattern STRATEGY = Pattern.compile("(random|pos|exhaustive|pct)(\\d*)");
  private static final Pattern SHARD_FORM = Pattern.compile("(\\d+)/(\\d+)");

  /** A strategy and, for PCT, its depth. */
  public record StrategyChoice(Strategy strategy, int depth) {
    public String label() {
      return strategy == Strategy.PCT ? "pct" + depth : strategy.name().toLowerCase(Locale.ROOT);
    }
  }

  /** This machine explores the schedules whose index is {@code index} modulo {@code count}, from 0. */
  public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(0, 1);

    @Override
    public String toString() {
      return (index + 1) + "/" + count;
    }
  }

  public ExploreSettings {
    strategies = List.copyOf(strategies);
  }

  /** The default portfolio's strategies after an exhaustive search that did not end. */
  public List<StrategyChoice> sampling() {
    List<StrategyChoice> chosen = strategies.isEmpty()
        ? List.of(new StrategyChoice(Strategy.RANDOM, 0), new StrategyChoice(Strategy.PCT, pctDepth),
            new StrategyChoice(Strategy.POS, 0))
        : strategies.stream().filter(s -> s.strategy() != Strategy.EXHAUSTIVE).toList();
    return chosen;
  }

  /** Whether an exhaustive search comes first: in the default portfolio, or when named. */
  public boolean searchesExhaustively() {
    return strategies.isEmpty() || strategies.stream().anyMatch(s -> s.strategy() == Strategy.EXHAUSTIVE);
  }

  /**
   * The settings of a run annotated {@code explore}, overridden by {@code config}'s {@code
   * yieldlab.explore.*} values; every error names the setting and the fix.
   */
  public static ExploreSettings resolve(Explore explore, Function<String, Optional<String>> config, String where) {
    int schedules = config.apply(SCHEDULES).map(v -> whole(v, SCHEDULES, 1)).orElse(explore.schedules());
    if (schedules < 1) {
      throw new IllegalArgumentException(where + " @Explore(schedules = " + schedules + "): explore at least one schedule");
    }
    int depth = explore.pctDepth();
    if (depth < 1) {
      throw new IllegalArgumentException(where + " @Explore(pctDepth = " + depth + "): PCT's depth is at least 1");
    }
    List<StrategyChoice> strategies = config.apply(STRATEGIES).map(ExploreSettings::strategies)
        .orElseGet(() -> Arrays.stream(explore.strategies()).map(s -> new StrategyChoice(s, depth)).toList());
    long seed = config.apply(SEED).map(ExploreSettings::seed).orElse(explore.seed());
    Duration budget = DurationText.parse(config.apply(BUDGET).orElse(explore.budget()),
        config.apply(BUDGET).isPresent() ? BUDGET : where + " @Explore(budget)");
    String jitterText = config.apply(JITTER).orElse(explore.jitter());
    Duration jitter = jitterText.isBlank() ? Duration.ZERO
        : DurationText.parse(jitterText, config.apply(JITTER).isPresent() ? JITTER : where + " @Explore(jitter)");
    int deviations = config.apply(DEVIATIONS).map(v -> whole(v, DEVIATIONS, 0)).orElse(explore.deviations());
    Shard shard = config.apply(SHARD).map(ExploreSettings::shard).orElse(Shard.ALL);
    ExploreSettings settings = new ExploreSettings(schedules, strategies, seed, budget, jitter, deviations, depth,
        shard);
    if (!jitter.isZero() && !strategies.isEmpty()
        && strategies.stream().allMatch(s -> s.strategy() == Strategy.EXHAUSTIVE)) {
      throw new IllegalArgumentException(where + " explores exhaustively with a jitter of " + jitterText
          + ": an exhaustive search enumerates orders, not times; drop the jitter, or add a sampling strategy"
          + " (random, pct, pos), which tries it");
    }
    return settings;
  }

  private static int whole(String text, String key, int minimum) {
    try {
      int value = Integer.parseInt(text.trim().replace("_", "").replace(",", ""));
      if (value >= minimum) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new IllegalArgumentException(key + "=" + text + " is not a whole number of at least " + minimum
        + (minimum == 1 ? ": a budget of 0 schedules explores nothing; to skip exploring, drop @Explore" : ""));
  }

  private static long seed(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(SEED + "=" + text + " is not a seed: give a whole number, e.g. "
          + SEED + "=7 (the same seed explores the same schedules)");
    }
  }

  static List<StrategyChoice> strategies(String text) {
    List<StrategyChoice> chosen = new ArrayList<>();
    for (String part : text.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      Matcher matcher = STRATEGY.matcher(part);
      if (!matcher.matches() || !matcher.group(2).isEmpty() && !matcher.group(1).equals("pct")
          || matcher.group(1).equals("pct") && !matcher.group(2).isEmpty() && Integer.parseInt(matcher.group(2)) < 1) {
        throw new IllegalArgumentException(STRATEGIES + "=" + text + ": '" + part + "' is not a strategy; use random,"
            + " pct (depth 3), pct<d> (e.g. pct2), pos or exhaustive, separated by commas");
      }
      Strategy strategy = Strategy.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
      chosen.add(new StrategyChoice(strategy, matcher.group(2).isEmpty() ? 3 : Integer.parseInt(matcher.group(2))));
    }
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException(STRATEGIES + "=" + text + " names no strategy; use random, pct, pos or exhaustive");
    }
    return chosen;
  }

  private static Shard shard(String text) {
    Matcher matcher = SHARD_FORM.matcher(text.trim());
    if (matcher.matches()) {
      int index = Integer.parseInt(matcher.group(1));
      int count = Integer.parseInt(matcher.group(2));
      if (count >= 1 && index >= 1 && index <= count) {
        return new Shard(index - 1, count);
      }
    }
    throw new IllegalArgumentException(SHARD + "=" + text + " is not a shard: write i/n with 1 <= i <= n, e.g. "
        + SHARD + "=2/4 on the second of four machines");
  }
}
