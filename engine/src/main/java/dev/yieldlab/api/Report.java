package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Where a {@link Check} publishes what it measured besides its verdict: values and tables that appear
 * in the test output, as JUnit report entries (Surefire XML, IDEs) and in the reports. A check method
 * that declares a {@code Report} parameter receives one.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Report {

  /** One named value, e.g. {@code entry("ns per check", "0.31")}. */
  void entry(String key, String value);

  /** A table with a title, a header row and rows of the same width. */
  void table(String title, List<String> header, List<List<String>> rows);

  /**
   * What the check found, in one sentence the claims ledger quotes beside the verdict it counts
   * towards, e.g. {@code asyncio: yielding took 3.4 × longer, as the post says}.
   */
  void finding(String sentence);
}
