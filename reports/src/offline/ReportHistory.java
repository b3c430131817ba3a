import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps Allure's history (trend graphs, per-test history) across report builds, offline.
 *
 * <p>A single-file report embeds its history instead of writing a {@code history/} folder, so the
 * usual "copy report/history into the next results" cannot work. {@code out} takes the embedded
 * {@code history/*.json} back out of {@code index.html} into the store; {@code in} hands the store
 * to the next build inside its results directory, as Allure expects (history/ beside the results).
 *
 * <p>Run with the JDK's source launcher, no build step: {@code java ReportHistory.java in STORE RESULTS_DIR}
 * or {@code java ReportHistory.java out INDEX_HTML STORE}.
 */
public final class ReportHistory {

  /** How the single-file report embeds a file: {@code d('history/history.json','<base64>')}. */
  private static final Pattern EMBEDDED = Pattern.compile("d\\('(history/[A-Za-z0-9_.-]+\\.json)','([A-Za-z0-9+/=]*)'\\)");

  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !(args[0].equals("in") || args[0].equals("out"))) {
      System.err.println("usage: java ReportHistory.java in STORE RESULTS_DIR | out INDEX_HTML STORE");
      System.exit(2);
    }
    if (args[0].equals("in")) {
      handIn(Path.of(args[1]), Path.of(args[2]));
    } else {
      takeOut(Path.of(args[1]), Path.of(args[2]));
    }
  }

  private static void handIn(Path store, Path results) throws IOException {
    Path history = results.resolve("history");
    Files.createDirectories(history);
    if (!Files.isDirectory(store)) {
      System.out.println("[history] no earlier history in " + store + ": the report starts its trends now");
      return;
    }
    int copied = 0;
    try (Stream<Path> files = Files.list(store)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        Files.copy(file, history.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        copied++;
      }
    }
    System.out.println("[history] handed " + copied + " history file(s) from " + store + " to the report");
  }

  private static void takeOut(Path index, Path store) throws IOException {
    String html = Files.readString(index, StandardCharsets.UTF_8);
    Files.createDirectories(store);
    Matcher embedded = EMBEDDED.matcher(html);
    int saved = 0;
    while (embedded.find()) {
      Path target = store.resolve(Path.of(embedded.group(1)).getFileName());
      // The store outlives `clean`: a build killed mid-write must not leave a truncated file that
      // spoils every later report's trends. Written beside the target, then renamed in one step.
      Path partial = store.resolve(target.getFileName() + ".partial");
      Files.write(partial, Base64.getDecoder().decode(embedded.group(2)));
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      saved++;
    }
    if (saved == 0) {
      throw new IllegalStateException(index + " embeds no history/*.json: was it built with singleFile=true?");
    }
    System.out.println("[history] kept " + saved + " history file(s) in " + store + " for the next report");
  }
}
