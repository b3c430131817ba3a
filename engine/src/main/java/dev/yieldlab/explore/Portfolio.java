package dev.yieldlab.explore;

import dev.yieldlab.api.explore.Exploration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which strategy gives the next schedule. An exhaustive search, when there is one, goes first, alone,
 * for a first share of the schedules: a small run ends there with every schedule explored. If it
 * does not end, the sampling strategies (random walk, PCT, POS by default) take turns with it, so a
 * bug that needs an early deviation is not left behind the search's long tail; a search named alone
 * that cannot end says so and hands over to the default samplers. On a shard, each strategy's
 * schedules are those whose index is the shard's modulo the shard count; the search runs on the first
 * shard only.
 */
final class Portfolio {

  /** The search's first share: a tenth of the schedules, at most this many, when other strategies wait. */
  static final int SEARCH_FIRST = 1_000;

  /** A schedule to run: the strategy's source, its label, and its index among that strategy's schedules. */
  record Next(ScheduleSource strategy, ChoiceSource choices, long index) {}

  private final ExploreSettings settings;
  private final Exhaustive search;
  private final int searchFirst;
  private final List<ScheduleSource> samplers = new ArrayList<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  /** Who takes turns once the search's first share is spent: the search, if it has not ended, and the samplers. */
  private final List<ScheduleSource> rotation = new ArrayList<>();
  private int turn;

  Portfolio(ExploreSettings settings, Schedule fifo) {
    this.settings = settings;
    counts.put("fifo", 1);
    boolean searching = settings.searchesExhaustively() && settings.jitter().isZero() && settings.shard().index() == 0;
    search = searching ? new Exhaustive(settings.deviations()) : null;
    if (search != null) {
      search.ran(fifo);
      counts.put(Exhaustive.LABEL, 0);
    }
    List<ExploreSettings.StrategyChoice> sampling = settings.sampling();
    boolean searchAlone = search != null && sampling.isEmpty();
    searchFirst = search == null ? 0 : searchAlone ? Math.max(1, settings.schedules() / 2)
        : Math.min(SEARCH_FIRST, Math.max(1, settings.schedules() / 10));
    if (sampling.isEmpty()) {
      sampling = new ExploreSettings(1, List.of(), 0, settings.budget(), settings.jitter(), -1, settings.pctDepth(),
          settings.shard()).sampling();
    }
    int fifoSteps = fifo.orderPoints();
    for (ExploreSettings.StrategyChoice choice : sampling) {
      ScheduleSource source = switch (choice.strategy()) {
        case RANDOM -> new RandomWalk(settings.seed());
        case PCT -> new Pct(settings.seed(), choice.depth(), fifoSteps);
        case POS -> new Pos(settings.seed());
        case EXHAUSTIVE -> throw new IllegalStateException("sampling() leaves the search out");
      };
      samplers.add(source);
      counts.put(source.label(), 0);
    }
    if (search != null) {
      rotation.add(search);
    }
    rotation.addAll(samplers);
  }

  /** The next schedule, or null when the search is complete (every schedule of the run explored). */
  Next next() {
    if (complete()) {
      return null;
    }
    ScheduleSource strategy;
    if (search != null && count(Exhaustive.LABEL) < searchFirst) {
      strategy = search;
    } else {
      if (search != null) {
        if (notes.isEmpty()) {
          notes.add(String.format(java.util.Locale.ROOT, "too large for an exhaustive search within %,d schedules:"
              + " the search goes on taking turns with %s, and the scope counts the schedules of each", searchFirst,
              samplers.stream().map(ScheduleSource::label).toList()));
        }
      }
      strategy = rotation.get(turn++ % rotation.size());
    }
    long index = strategy == search ? count(Exhaustive.LABEL)
        : settings.shard().index() + (long) settings.shard().count() * count(strategy.label());
    return new Next(strategy, strategy.schedule(index), index);
  }

  /** Counts the schedule {@code next} gave and lets its strategy learn from what it chose. */
  void ran(Next next, Schedule schedule) {
    counts.merge(next.strategy().label(), 1, Integer::sum);
    next.strategy().ran(schedule);
  }

  boolean complete() {
    return search != null && search.complete();
  }

  int count(String label) {
    return counts.getOrDefault(label, 0);
  }

  List<Exploration.StrategyCount> counts() {
    return counts.entrySet().stream().map(e -> new Exploration.StrategyCount(e.getKey(), e.getValue())).toList();
  }

  List<String> notes() {
    return notes;
  }
}
