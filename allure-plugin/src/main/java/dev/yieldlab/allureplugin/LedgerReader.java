package dev.yieldlab.allureplugin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.Reader;
import io.qameta.allure.core.Configuration;
import io.qameta.allure.core.ResultsVisitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the ledger the engine leaves in a results directory ({@value #FILE}) for {@link
 * LedgerAggregator}. A directory without one (results of another tool) adds nothing; a file that cannot
 * be read, or of a schema this plugin does not know, becomes a problem the Claims page states with its
 * fix, and the rest of the report is built as usual. (Allure's own visitor drops the errors it is
 * told of, so this reader logs them itself.)
 */
public final class LedgerReader implements Reader {

  /** The ledger file's name in a results directory. */
  public static final String FILE = "yieldlab-ledger.json";
  /** The schema this plugin reads; the engine's {@code LedgerDocument.SCHEMA}. */
  public static final int SCHEMA = 1;
  /** The name under which each results directory's ledger reaches {@link LedgerAggregator}. */
  static final String EXTRA = "yieldlab-ledger";

  private static final Logger LOGGER = LoggerFactory.getLogger(LedgerReader.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A results directory's ledger, or why it could not be read. */
  sealed interface Read permits Ledger, Problem {}

  /** A ledger read. */
  record Ledger(LedgerFile file) implements Read {}

  /** A ledger file that could not be read, and what to do. */
  record Problem(String message) implements Read {}

  @Override
  public void readResults(Configuration configuration, ResultsVisitor visitor, Path directory) {
    Path file = directory.resolve(FILE);
    if (Files.isRegularFile(file)) {
      Read read = read(file);
      if (read instanceof Problem problem) {
        LOGGER.error("[yieldlab] {}", problem.message());
      }
      visitor.visitExtra(EXTRA, read);
    }
  }

  static Read read(Path file) {
    LedgerFile ledger;
    try {
      ledger = JSON.readValue(file.toFile(), LedgerFile.class);
    } catch (IOException unreadable) {
      return new Problem(file + " is not a claims ledger the engine wrote (" + unreadable.getMessage().lines().findFirst()
          .orElse("") + "): the engine writes it at the end of `mvn test`; run the experiments again, or delete it");
    }
    if (ledger.schema() != SCHEMA) {
      return new Problem(file + " has schema " + ledger.schema() + ", and this yieldlab Allure plugin reads schema "
          + SCHEMA + ": build the report with the plugin of the engine version that ran the experiments"
          + " (yieldlab-experiments-parent of that version brings it)");
    }
    return new Ledger(ledger);
  }
}
