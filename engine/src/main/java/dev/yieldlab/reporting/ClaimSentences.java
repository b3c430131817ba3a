package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What the post says, claim by claim, read from the class path resource {@value #RESOURCE}: one claim
 * a line, {@code id<TAB>sentence}, {@code #} for comments. Kept as data beside the experiments so the
 * ledger quotes the post instead of code paraphrasing it. A line that is none of these is not
 * guessed at but kept as a {@link Problem}, which the engine reports at discovery: a claims file is
 * written by hand, and an editor that turns the TAB into spaces would otherwise lose the sentence
 * without a word.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ClaimSentences {

  public static final String RESOURCE = "yieldlab/claims.tsv";

  private final Map<String, String> sentences;
  private final List<Problem> problems;

  /**
   * A line of the file that says no claim.
   *
   * @param line its number, from 1
   * @param message what is wrong with it and how to write it, naming the file and line
   */
  public record Problem(int line, String message) {}

  public ClaimSentences(Map<String, String> sentences) {
    this(sentences, List.of());
  }

  private ClaimSentences(Map<String, String> sentences, List<Problem> problems) {
    this.sentences = Collections.unmodifiableMap(new LinkedHashMap<>(sentences));
    this.problems = List.copyOf(problems);
  }

  /** The claims on the class path of the thread's context class loader (the tests' class path). */
  public static ClaimSentences load() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return load(context != null ? context : ClaimSentences.class.getClassLoader());
  }

  /** The claims on {@code loader}'s class path, in file order; none if there is no such resource. */
  public static ClaimSentences load(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      return in == null ? new ClaimSentences(Map.of()) : parse(in);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + RESOURCE, unreadable);
    }
  }

  public static ClaimSentences parse(InputStream in) throws IOException {
    Map<String, String> sentences = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String id = tab < 0 ? "" : line.substring(0, tab).strip();
      String sentence = tab < 0 ? "" : line.substring(tab + 1).strip();
      String where = RESOURCE + " line " + number;
      if (tab < 0) {
        problems.add(new Problem(number, where + " has no TAB between the claim id and its sentence: write the id,"
            + " one TAB, then the sentence (an editor may have turned the TAB into spaces): " + quote(line)));
      } else if (id.isEmpty()) {
        problems.add(new Problem(number, where + " starts with a TAB, so it names no claim: put the claim id"
            + " (as in @Experiment(claim = ...)) before the TAB"));
      } else if (sentence.isEmpty()) {
        problems.add(new Problem(number, where + ": claim '" + id + "' has no sentence after its TAB: write the"
            + " sentence the claim tests, or delete the line"));
      } else if (firstLine.containsKey(id)) {
        problems.add(new Problem(number, where + ": claim '" + id + "' is listed again (first on line "
            + firstLine.get(id) + "): keep one line per claim"));
      } else {
        firstLine.put(id, number);
        sentences.put(id, sentence);
      }
    }
    return new ClaimSentences(sentences, problems);
  }

  private static String quote(String line) {
    return "\"" + (line.length() > 80 ? line.substring(0, 80) + "..." : line) + "\"";
  }

  /** Claim ids in the order the file lists them. */
  public Map<String, String> asMap() {
    return sentences;
  }

  /** The lines that say no claim, in file order. */
  public List<Problem> problems() {
    return problems;
  }
}
