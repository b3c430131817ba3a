package dev.yieldlab.api.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A schedule's id, what {@code -Dyieldlab.schedule=} replays: {@code 3fa2c1d0:5=1,12=2}. Its first
 * four hex digits name the run (experiment class, run, variant), the next four the build (a checksum
 * of the experiment's class file), so that an id given to the wrong run is refused by name and one
 * from an older build is replayed with a warning (after a fix, replaying the old failing schedule is
 * the point). After the colon: {@code fifo}, the deviations from FIFO ({@code point=candidate},
 * {@code point=j<nanos>} for a timer's jitter), or a strategy's schedule, {@code pct3-7-1234}
 * (strategy, seed, index), which replays by drawing it again.
 *
 * @param run the run's four hex digits
 * @param build the build's four hex digits
 * @param deviations the deviations, when the id lists them
 * @param drawn the strategy's schedule, when the id names one instead
 */
@API(status = EXPERIMENTAL, since = "0.3")
public record ScheduleId(String run, String build, List<ScheduleId.Deviation> deviations, Optional<ScheduleId.Drawn> drawn) {

  private static final Pattern ID = Pattern.compile("([0-9a-f]{4})([0-9a-f]{4}):(.+)");
  private static final Pattern DEVIATION = Pattern.compile("(\\d+)=(j?)(\\d+)");
  private static final Pattern DRAWN = Pattern.compile("(random|pos|pct\\d+)-(-?\\d+)-(\\d+)");

  /** A strategy's schedule number {@code index} under {@code seed}. */
  public record Drawn(String strategy, long seed, long index) {
    @Override
    public String toString() {
      return strategy + "-" + seed + "-" + index;
    }
  }

  public ScheduleId {
    deviations = List.copyOf(deviations);
  }

  /**
   * One place a schedule left FIFO.
   *
   * @param point the choice point's number in the run, from 0 (order and jitter points counted together)
   * @param value the candidate chosen at an order point, or a jitter point's delay in nanos
   * @param jitter whether it is a jitter point
   */
  public record Deviation(int point, long value, boolean jitter) implements Comparable<Deviation> {
    @Override
    public int compareTo(Deviation other) {
      return Integer.compare(point, other.point);
    }

    /** {@code 12=2}, or {@code 7=j350000} for a jitter point. */
    public String encode() {
      return point + "=" + (jitter ? "j" : "") + value;
    }
  }

  /** Reads an id; fails naming {@code key} and what an id looks like. */
  public static ScheduleId parse(String text, String key) {
    Matcher id = ID.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!id.matches()) {
      throw malformed(text, key, "");
    }
    String body = id.group(3);
    Matcher drawn = DRAWN.matcher(body);
    if (drawn.matches()) {
      return new ScheduleId(id.group(1), id.group(2), List.of(), Optional.of(
          new Drawn(drawn.group(1), Long.parseLong(drawn.group(2)), Long.parseLong(drawn.group(3)))));
    }
    List<Deviation> deviations = new ArrayList<>();
    Set<Integer> points = new HashSet<>();
    if (!body.equals("fifo")) {
      for (String part : body.split(",")) {
        Matcher deviation = DEVIATION.matcher(part);
        if (!deviation.matches()) {
          throw malformed(text, key, ": '" + part + "' is not a deviation (point=candidate or point=j<nanos>)");
        }
        int point = Integer.parseInt(deviation.group(1));
        long value = Long.parseLong(deviation.group(3));
        if (!points.add(point) || value == 0) {
          throw malformed(text, key, ": '" + part + "' repeats a point or deviates by nothing");
        }
        deviations.add(new Deviation(point, value, !deviation.group(2).isEmpty()));
      }
    }
    return new ScheduleId(id.group(1), id.group(2), deviations.stream().sorted().toList(), Optional.empty());
  }

  private static IllegalArgumentException malformed(String text, String key, String why) {
    return new IllegalArgumentException(key + "=" + text + " is not a schedule id" + why + ". An id looks like"
        + " 3fa2c1d0:5=1,12=2 or 3fa2c1d0:pct3-7-1234 and is printed by a failing explored check, with the"
        + " command line that replays it; to explore with a strategy, set yieldlab.explore.strategies (e.g. random)");
  }

  @Override
  public String toString() {
    String body = drawn.map(Drawn::toString).orElseGet(() -> deviations.isEmpty() ? "fifo"
        : deviations.stream().map(Deviation::encode).collect(Collectors.joining(",")));
    return run + build + ":" + body;
  }
}
