package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What the post says, claim by claim, read from the class path resource {@value #RESOURCE}: one claim
 * a line, {@code id<TAB>sentence}, {@code #} for comments. Kept as data beside the experiments so the
 * ledger quotes the post instead of code paraphrasing it.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ClaimSentences {

  public static final String RESOURCE = "yieldlab/claims.tsv";

  private final Map<String, String> sentences;

  public ClaimSentences(Map<String, String> sentences) {
    this.sentences = Collections.unmodifiableMap(new LinkedHashMap<>(sentences));
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
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int tab = line.indexOf('\t');
      if (line.isBlank() || line.startsWith("#") || tab < 0) {
        continue;
      }
      sentences.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
    }
    return new ClaimSentences(sentences);
  }

  /** Claim ids in the order the file lists them. */
  public Map<String, String> asMap() {
    return sentences;
  }
}
