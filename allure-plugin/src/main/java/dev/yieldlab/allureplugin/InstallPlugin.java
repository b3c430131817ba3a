package dev.yieldlab.allureplugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts this plugin into an unpacked Allure 2 commandline ({@code allure-2.34.0/}, which allure-maven's
 * {@code install} goal unpacks from Maven Central): {@code plugins/yieldlab-ledger/} with the plugin's
 * {@code allure-plugin.yml}, its {@code static/} script and styles and this jar, and the plugin's id
 * added to {@code config/allure.yml}, the list of plugins the commandline loads. The commandline reads
 * plugins from nowhere else, and allure-maven passes it no option for them. Run between allure-maven's
 * {@code install} and {@code report} goals (yieldlab-experiments-parent and reports/ do, through
 * exec-maven-plugin's {@code java} goal); running it again changes nothing.
 *
 * <pre>java -cp yieldlab-allure-plugin.jar dev.yieldlab.allureplugin.InstallPlugin ALLURE_HOME [PLUGIN_JAR]</pre>
 */
public final class InstallPlugin {

  /** The plugin's directory under {@code plugins/}, and its id in {@code config/allure.yml}. */
  public static final String ID = "yieldlab-ledger";
  /** The files of the plugin directory, as resources of this jar under {@value #ID}/. */
  static final List<String> FILES = List.of("allure-plugin.yml", "static/index.js", "static/styles.css");

  private InstallPlugin() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: InstallPlugin ALLURE_HOME [PLUGIN_JAR], where ALLURE_HOME is an"
          + " unpacked Allure 2 commandline (the directory with bin/ and config/)");
    }
    install(Path.of(args[0]), args.length == 2 ? Path.of(args[1]) : ownJar());
  }

  /** Installs the plugin, with {@code jar} as its classes, into the commandline at {@code home}. */
  public static void install(Path home, Path jar) throws IOException {
    Path config = home.resolve("config").resolve("allure.yml");
    if (!Files.isRegularFile(config)) {
      throw new IllegalArgumentException(home + " is not an unpacked Allure 2 commandline (it has no config/allure.yml):"
          + " run allure-maven's install goal before this one, with the same installDirectory");
    }
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("the plugin's jar " + jar + " is not a file: give the path of"
          + " yieldlab-allure-plugin's jar as the second argument");
    }
    Path directory = home.resolve("plugins").resolve(ID);
    deleteRecursively(directory); // a plugin of an earlier version must not leave files behind
    for (String file : FILES) {
      Path target = directory.resolve(file);
      Files.createDirectories(target.getParent());
      try (InputStream in = InstallPlugin.class.getResourceAsStream("/" + ID + "/" + file)) {
        if (in == null) {
          throw new IllegalStateException("the plugin's " + file + " is missing from " + jar + ": rebuild allure-plugin/");
        }
        Files.copy(in, target);
      }
    }
    Files.copy(jar, directory.resolve("yieldlab-allure-plugin.jar"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(config, enabled(Files.readString(config, StandardCharsets.UTF_8), config), StandardCharsets.UTF_8);
  }

  /**
   * {@code allure.yml} with this plugin in its list of {@code plugins:} (after the others, so that the
   * page's script runs after theirs), unchanged when it is there already.
   */
  static String enabled(String yaml, Path config) {
    List<String> lines = new ArrayList<>(yaml.lines().toList());
    int start = lines.indexOf("plugins:");
    if (start < 0) {
      throw new IllegalArgumentException(config + " has no `plugins:` list, so the commandline would load no plugin"
          + " from it: restore it from the commandline's zip (delete the install directory and build again)");
    }
    Pattern item = Pattern.compile("\\s+-\\s*(\\S+)\\s*");
    int end = start + 1;
    while (end < lines.size() && item.matcher(lines.get(end)).matches()) {
      if (lines.get(end).strip().equals("- " + ID)) {
        return yaml;
      }
      end++;
    }
    lines.add(end, "  - " + ID);
    return String.join("\n", lines) + "\n";
  }

  private static Path ownJar() {
    try {
      Path location = Path.of(InstallPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(location)) {
        throw new IllegalArgumentException("InstallPlugin runs from " + location + ", not from yieldlab-allure-plugin's"
            + " jar: give the jar's path as the second argument");
      }
      return location;
    } catch (URISyntaxException unexpected) {
      throw new IllegalStateException(unexpected);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (UncheckedIOException walking) {
      throw walking.getCause();
    }
  }
}
