import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fails the build when the single-file report passes its bound (docs/RELIABILITY.md): 20 MiB, the
 * whole suite with a 10^6-task run in it. A report past it is slow to open or does not open at all,
 * and every run's results are meant to be bounded by construction, so passing it means one is not.
 *
 *   java ReportSize.java target/allure-report/index.html [max MiB]
 */
public class ReportSize {
  public static void main(String[] args) throws Exception {
    Path report = Path.of(args[0]);
    long max = (args.length > 1 ? Long.parseLong(args[1]) : 20) << 20;
    long size = Files.size(report);
    System.out.printf("[yieldlab] %s: %,d bytes (bound %,d)%n", report, size, max);
    if (size > max) {
      System.err.printf("[yieldlab] the single-file report is %,d bytes, over its bound of %,d: some run's results"
          + " are not bounded (see docs/RELIABILITY.md, \"Reports stay bounded\")%n", size, max);
      System.exit(1);
    }
  }
}
