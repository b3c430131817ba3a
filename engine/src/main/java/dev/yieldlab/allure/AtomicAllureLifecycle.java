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
 * complete or absent after a crash. Allure has no other way in: its writer is chosen when its
 * lifecycle is created, and nothing is loaded through a service file for it.
 *
 * <p>Timing is everything. The listener keeps whatever {@link Allure#getLifecycle()} returns in its
 * constructor, and {@code getLifecycle()} creates Allure's default, in-place lifecycle on first use.
 * The JUnit Platform launcher (6.1: {@code LauncherFactory.createDefaultLauncher}) creates every test
 * engine first, then the post-discovery filters, then the discovery and execution listeners; the
 * yieldlab engine's constructor creates the experiment reporters, and the Allure reporter's
 * constructor calls {@link #installIfAbsent()}. So the lifecycle is ours before the listener looks.
 * A {@code LauncherSessionListener} would be no better: its {@code launcherSessionOpened} runs after
 * the session has created its launcher, listeners included. {@code LauncherListenerOrderTest} runs
 * the real launcher as Surefire does and watches the files appear.
 *
 * <p>It is installed only while Allure has no lifecycle yet: replacing one that exists would move
 * {@code Allure.label(...)} and friends away from the lifecycle that holds the running test, and the
 * labels would be lost. If one exists that is not ours, a warning says results may be truncated.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AtomicAllureLifecycle {

  static final String TOO_LATE = "Allure's lifecycle was created before yieldlab could install its atomic"
      + " results writer";

  private static AllureLifecycle installed;
  private static boolean warned;

  private AtomicAllureLifecycle() {}

  /** The directory Allure writes to: {@code allure.results.directory} from allure.properties or -D. */
  public static Path resultsDirectory() {
    return AtomicResultsWriter.resultsDirectory(PropertiesUtils.loadAllureProperties());
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
      installed = new AllureLifecycle(AtomicResultsWriter.fromAllureProperties());
      Allure.setLifecycle(installed);
      return true;
    }
    if (current != installed) {
      warnOnce(TOO_LATE);
      return false;
    }
    return true;
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
