package dev.yieldlab.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a code block in the docs is what its file says. Lines are compared without their
 * indentation and without blank lines, so a block may sit at another depth than its source. A block
 * is one or more runs of lines; each run must be consecutive lines of the file, and the runs must come
 * in the file's order. Runs are separated by an elision line, {@code // ...} (or {@code ...},
 * {@code # ...}, {@code <!-- ... -->}), which says that the file has more there: an omission is
 * always shown, never silent.
 */
final class Quote {

  static final Set<String> ELISIONS = Set.of("...", "// ...", "# ...", "<!-- ... -->");

  private Quote() {}

  /** A line of the block: its text without indentation, and its index in the block. */
  private record Line(String text, int index) {}

  /**
   * Empty when the block's lines are in the file as described above; otherwise the first line that is
   * not, by its index in the block, and what the file has instead.
   */
  static Optional<Mismatch> check(List<String> block, List<String> file) {
    List<String> source = file.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    int from = 0;
    for (List<Line> run : runs(block)) {
      int at = find(source, run, from);
      if (at < 0) {
        return Optional.of(mismatch(source, run, from));
      }
      from = at + run.size();
    }
    return Optional.empty();
  }

  /** The first line that drifted (its index in the block and text), and the file's line where it was expected, if any. */
  record Mismatch(int index, String line, Optional<String> expectedAfter, Optional<String> fileHas) {}

  private static List<List<Line>> runs(List<String> block) {
    List<List<Line>> runs = new ArrayList<>();
    List<Line> run = new ArrayList<>();
    for (int i = 0; i < block.size(); i++) {
      String text = block.get(i).strip();
      if (ELISIONS.contains(text)) {
        runs.add(run);
        run = new ArrayList<>();
      } else if (!text.isEmpty()) {
        run.add(new Line(text, i));
      }
    }
    runs.add(run);
    runs.removeIf(List::isEmpty);
    return runs;
  }

  private static int find(List<String> source, List<Line> run, int from) {
    for (int at = from; at + run.size() <= source.size(); at++) {
      if (matchesAt(source, run, at) == run.size()) {
        return at;
      }
    }
    return -1;
  }

  /** How many of the run's lines match the file from {@code at} on. */
  private static int matchesAt(List<String> source, List<Line> run, int at) {
    int matched = 0;
    while (matched < run.size() && at + matched < source.size()
        && source.get(at + matched).equals(run.get(matched).text())) {
      matched++;
    }
    return matched;
  }

  /** Where the run comes closest (its longest matching start), to name the line that drifted. */
  private static Mismatch mismatch(List<String> source, List<Line> run, int from) {
    int best = -1;
    int longest = 0;
    for (int at = from; at < source.size(); at++) {
      int matched = matchesAt(source, run, at);
      if (matched > longest) {
        longest = matched;
        best = at;
      }
    }
    Line drifted = run.get(longest);
    if (best < 0) {
      return new Mismatch(drifted.index(), drifted.text(), Optional.empty(), Optional.empty());
    }
    int expected = best + longest;
    return new Mismatch(drifted.index(), drifted.text(), Optional.of(run.get(longest - 1).text()),
        expected < source.size() ? Optional.of(source.get(expected)) : Optional.empty());
  }
}
