package dev.yieldlab.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.util.PropertiesUtils;
import java.lang.reflect.Field;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Installs, as {@link Allure}'s global lifecycle, one that writes through {@link AtomicResultsWriter},
 * so that the results of {@code allure-junit-platform}'s listener and of yieldlab's reporter are
 * complete or absent after a crash.
 *
 * <p>Timing is everything: the listener keeps whatever {@link Allure#getLifecycle()} returns when the
 * launcher creates it, and {@code getLifecycle()} creates Allure's default (non-atomic) lifecycle on
 * first use. The launcher creates every test engine before its execution listeners
 * ({@code LauncherFactory.createDefaultLauncher}: engines, filters, then listeners), and the yieldlab
 * engine's constructor creates the experiment reporters, whose Allure reporter calls
 * {@link #installIfAbsent()}. So the atomic lifecycle is in place before the listener looks.
 *
 * <p>It is installed only while Allure has no lifecycle yet: replacing one that exists would move
 * {@code Allure.label(...)} and friends away from the lifecycle that holds the running test, and the
 * labels would be lost. If one exists that is not ours, a warning says results may be truncated.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AtomicAllureLifecycle {

  private static AllureLifecycle installed;
  private static boolean warned;

  private AtomicAllureLifecycle() {}

  /** The directory Allure writes to: {@code allure.results.directory} from allure.properties or -D. */
  public static Path resultsDirectory() {
    return Path.of(PropertiesUtils.loadAllureProperties().getProperty("allure.results.directory", "allure-results"));
  }

  /**
   * Installs the atomic lifecycle unless Allure already has a lifecycle. True when Allure's lifecycle
   * is now the atomic one (installed now or before).
   */
  public static synchronized boolean installIfAbsent() {
    Object current;
    try {
      current = currentLifecycle();
    } catch (ReflectiveOperationException | RuntimeException unreadable) {
      warnOnce("cannot tell whether Allure's lifecycle exists yet (" + unreadable + "), so its results writer was"
          + " left as it is");
      return false;
    }
    if (current == null) {
      installed = new AllureLifecycle(new AtomicResultsWriter(resultsDirectory()));
      Allure.setLifecycle(installed);
      return true;
    }
    if (current != installed) {
      warnOnce("Allure's lifecycle was created before yieldlab could install its atomic results writer");
      return false;
    }
    return true;
  }

  /** The lifecycle this class installed, or null. */
  static synchronized AllureLifecycle installed() {
    return installed;
  }

  /** Allure's static field, read without {@code getLifecycle()}, which would create the default one. */
  private static Object currentLifecycle() throws ReflectiveOperationException {
    Field field = Allure.class.getDeclaredField("lifecycle");
    field.setAccessible(true);
    return field.get(null);
  }

  private static void warnOnce(String what) {
    if (!warned) {
      warned = true;
      System.err.println("[yieldlab] " + what + "; a JVM killed while Allure writes may leave a truncated result"
          + " file in " + resultsDirectory());
    }
  }
}
