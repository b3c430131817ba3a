package dev.yieldlab.api.strand;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.Loop;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A body and its arguments, in a form a child JVM can be given: the name of a public {@link
 * StrandBody} class with a public no-argument constructor, and {@code key=value} arguments. The same
 * program runs on the loop ({@link #runOn}) or, through the workers' {@code VIRTUAL_THREADS} kind, as
 * virtual threads in a child JVM.
 *
 * <pre>{@code
 * StrandProgram program = StrandProgram.of(TwoYieldTasks.class).with("steps", "3");
 * }</pre>
 *
 * @param main the main body: it spawns the others and joins them
 * @param arguments what {@link Strand#argument} reads, by key; keys and values are single words
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record StrandProgram(Class<? extends StrandBody> main, Map<String, String> arguments) {

  public StrandProgram {
    Objects.requireNonNull(main, "main");
    arguments = Map.copyOf(new TreeMap<>(arguments));
    if (!Modifier.isPublic(main.getModifiers())) {
      throw new IllegalArgumentException(main.getName() + " is not public: a child JVM makes the program's main body by"
          + " name, so make the class public with a public no-argument constructor");
    }
    arguments.forEach((key, value) -> {
      if (!key.matches("[\\w.-]+") || value.isEmpty() || value.chars().anyMatch(Character::isWhitespace) || value.indexOf('=') >= 0) {
        throw new IllegalArgumentException("program argument '" + key + "=" + value + "' of " + main.getSimpleName()
            + ": write a key of letters, digits, '.', '-' or '_' and a value of one word without '='");
      }
    });
  }

  /** {@code main} without arguments. */
  public static StrandProgram of(Class<? extends StrandBody> main) {
    return new StrandProgram(main, Map.of());
  }

  /** This program with the argument {@code key=value} added (or replaced). */
  public StrandProgram with(String key, Object value) {
    Map<String, String> more = new TreeMap<>(arguments);
    more.put(key, String.valueOf(value));
    return new StrandProgram(main, more);
  }

  /** A new instance of the main body, as a child JVM makes it; fails naming the class and the fix. */
  public StrandBody newMain() {
    try {
      return main.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot make " + main.getName() + " with its public no-argument constructor: " + e, e);
    }
  }

  /**
   * Runs the program in the calling coroutine of {@code loop}, its main body named {@code main}, every
   * strand it spawns a coroutine: the loop's twin of a virtual-thread run.
   */
  public void runOn(Loop loop) throws Exception {
    newMain().run(new LoopStrand(loop, "main", arguments));
  }

  /** The program as people read it: {@code TwoYieldTasks(steps=3)}. */
  public String describe() {
    return main.getSimpleName() + (arguments.isEmpty() ? "" : arguments.toString().replace('{', '(').replace('}', ')'));
  }
}
