import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Makes the single-file report load nothing from the network: Allure 2.34 puts a Google Analytics
 * {@code <script src=...>} into index.html unless the generating process has ALLURE_NO_ANALYTICS set,
 * and allure-maven gives no way to set it. The inline stub that defines {@code gtag()} stays, so the
 * report's own calls to it still work; they just send nothing.
 *
 * <p>Run with the JDK's source launcher: {@code java StripAnalytics.java INDEX_HTML}.
 */
public final class StripAnalytics {

  private static final Pattern EXTERNAL_TAG =
      Pattern.compile("<script[^>]*\\ssrc=\"https://www\\.googletagmanager\\.com/[^\"]*\"[^>]*>\\s*</script>");

  public static void main(String[] args) throws IOException {
    Path index = Path.of(args[0]);
    String html = Files.readString(index, StandardCharsets.UTF_8);
    String offline = EXTERNAL_TAG.matcher(html).replaceAll("<!-- analytics removed: this report works offline -->");
    if (offline.contains("src=\"https://www.googletagmanager.com")) {
      throw new IllegalStateException(index + " still loads analytics: Allure changed its template; update " + EXTERNAL_TAG);
    }
    Files.writeString(index, offline, StandardCharsets.UTF_8);
    System.out.println("[offline] " + (offline.equals(html) ? "no analytics tag in " : "removed the analytics tag from ") + index);
  }
}
