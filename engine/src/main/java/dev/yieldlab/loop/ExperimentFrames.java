package dev.yieldlab.loop;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.security.ProtectionDomain;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Finds the experiment's own frame in a stack: the innermost one outside the JDK and the engine, e.g.
 * the call that waited when a cancellation was raised, or the line a stuck loop thread is at. A
 * frame is the engine's when its class comes from the engine's own code source (its jar, or its
 * classes directory), not when its package looks like it: an experiment, or a test of the engine,
 * may well live in a {@code dev.yieldlab} package.
 */
@API(status = INTERNAL, since = "0.4")
public final class ExperimentFrames {

  private static final ProtectionDomain ENGINE = ExperimentFrames.class.getProtectionDomain();

  private ExperimentFrames() {}

  /** The innermost frame of {@code stack} (innermost first) that is neither the JDK's nor the engine's. */
  public static Optional<StackTraceElement> innermost(List<StackTraceElement> stack) {
    return stack.stream().filter(frame -> !isJdk(frame) && !isEngine(frame)).findFirst();
  }

  private static boolean isJdk(StackTraceElement frame) {
    String name = frame.getClassName();
    return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.") || name.startsWith("com.sun.");
  }

  private static boolean isEngine(StackTraceElement frame) {
    if (!frame.getClassName().startsWith("dev.yieldlab.")) {
      return false;
    }
    try {
      Class<?> type = Class.forName(frame.getClassName(), false, ExperimentFrames.class.getClassLoader());
      return Objects.equals(type.getProtectionDomain().getCodeSource(), ENGINE.getCodeSource());
    } catch (ClassNotFoundException | LinkageError | SecurityException unknown) {
      return false; // an instrumented copy, or a class this loader does not see: the experiment's own
    }
  }
}
