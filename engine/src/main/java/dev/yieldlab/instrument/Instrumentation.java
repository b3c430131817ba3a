package dev.yieldlab.instrument;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The engine's entry point: an instrumented copy of an experiment class, whose loops poll {@link
 * YieldPoints}.
 *
 * <p>How the engine runs an injected variant:
 * <pre>{@code
 * Class<?> copy = Instrumentation.instrumentedCopy(experimentClass);      // once per experiment class
 * Object experiment = Reflection-instantiate copy (declared no-arg constructor, setAccessible(true));
 * Method run = Instrumentation.counterpart(runMethod, copy);              // the @Run method of the copy
 * try (InstalledPolicy policy = YieldPoints.install(YieldPolicy.everyBackEdges(2_000_000))) {
 *   loop.run(name, () -> run.invoke(experiment, loop));                   // same Loop type: parent-loaded
 * }
 * }</pre>
 * Annotations on the copy are the same annotation types (they come from the parent), so discovery
 * results can be reused; the copy's statics are its own. One copy serves every policy: the policy
 * is read when instrumented code runs, not when it is made.
 *
 * <p>Known limits, by design of a cheap poll:
 * <ul>
 *   <li>The back-edge counter is a local, so it counts per invocation: a method whose loop runs
 *       fewer than N times per call, called from code that is not instrumented (a JDK stream calling
 *       an experiment's lambda), never reaches the slow path under {@code everyBackEdges(N)}; the
 *       wall-time policy still preempts it (its flag is polled at every back-edge). Code without
 *       loops (pure recursion) has no poll at all.</li>
 *   <li>The slow path runs inside the method's own {@code try} ranges: a loop that catches {@code
 *       RuntimeException} (or {@code IllegalStateException}) and continues swallows the
 *       {@code LoopTimeoutException} and keeps spinning until the engine's own watchdog.</li>
 *   <li>A yield inside {@code synchronized} code is a pinned yield, which the loop reports as such.</li>
 *   <li>Class initializers ({@code <clinit>}) are never instrumented.</li>
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Instrumentation {

  private Instrumentation() {}

  /** An instrumented copy of {@code experimentClass} and its nest, in a fresh {@link InstrumentingClassLoader}. */
  public static Class<?> instrumentedCopy(Class<?> experimentClass) {
    return instrumentedCopy(experimentClass, ClassSelection.nestOf(experimentClass));
  }

  /**
   * An instrumented copy of {@code experimentClass}, re-defining every class in {@code selection}
   * (which must include it). The class is loaded, not initialized.
   */
  public static Class<?> instrumentedCopy(Class<?> experimentClass, ClassSelection selection) {
    if (!selection.includes(experimentClass.getName())) {
      throw new IllegalArgumentException(selection + " does not include " + experimentClass.getName());
    }
    InstrumentingClassLoader loader = new InstrumentingClassLoader(experimentClass.getClassLoader(), selection);
    try {
      return Class.forName(experimentClass.getName(), false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot make an instrumented copy of " + experimentClass.getName(), e);
    }
  }

  /**
   * The method of {@code copy} that corresponds to {@code original} (same name, same parameter type
   * names: parameter types that are themselves instrumented are different classes in the copy).
   */
  public static Method counterpart(Method original, Class<?> copy) {
    String[] wanted = typeNames(original.getParameterTypes());
    for (Method candidate : copy.getDeclaredMethods()) {
      if (candidate.getName().equals(original.getName())
          && Arrays.equals(typeNames(candidate.getParameterTypes()), wanted)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("no method " + original.getName() + Arrays.toString(wanted) + " in the copy "
        + copy.getName() + " from " + copy.getClassLoader());
  }

  private static String[] typeNames(Class<?>[] types) {
    return Arrays.stream(types).map(Class::getName).toArray(String[]::new);
  }
}
