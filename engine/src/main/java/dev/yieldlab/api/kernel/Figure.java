package dev.yieldlab.api.kernel;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.opentest4j.TestAbortedException;

/**
 * One figure read from the operating system, or why it could not be read: where {@code /proc} is
 * missing (not Linux) or a container hides a file, a figure says so, and a check that needs it is
 * aborted with that reason ({@link #require}), never passed.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface Figure<T> {

  /** A figure that was read. */
  record Known<T>(T value) implements Figure<T> {
    public Known {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A figure that could not be read, and why: {@code no /proc/thread-self/schedstat: ...}. */
  record Unavailable<T>(String reason) implements Figure<T> {
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
    }
  }

  static <T> Figure<T> known(T value) {
    return new Known<>(value);
  }

  static <T> Figure<T> unavailable(String reason) {
    return new Unavailable<>(reason);
  }

  /** The value, if it was read. */
  default Optional<T> asOptional() {
    return this instanceof Known<T> known ? Optional.of(known.value()) : Optional.empty();
  }

  /** The value; aborts the calling check, naming {@code what} and the reason, when it was not read. */
  default T require(String what) {
    return switch (this) {
      case Known<T> known -> known.value();
      case Unavailable<T> missing -> throw new TestAbortedException(what + " is unavailable: " + missing.reason());
    };
  }

  default <R> Figure<R> map(Function<? super T, ? extends R> mapper) {
    return switch (this) {
      case Known<T> known -> known(mapper.apply(known.value()));
      case Unavailable<T> missing -> unavailable(missing.reason());
    };
  }

  /** Both figures combined, or the first reason one of them is missing. */
  default <U, R> Figure<R> with(Figure<U> other, BiFunction<? super T, ? super U, ? extends R> combine) {
    if (this instanceof Unavailable<T> missing) {
      return unavailable(missing.reason());
    }
    if (other instanceof Unavailable<U> missing) {
      return unavailable(missing.reason());
    }
    return known(combine.apply(asOptional().orElseThrow(), other.asOptional().orElseThrow()));
  }

  /** The value as {@code format} shows it, or {@code unavailable (reason)}. */
  default String describe(Function<? super T, String> format) {
    return switch (this) {
      case Known<T> known -> format.apply(known.value());
      case Unavailable<T> missing -> "unavailable (" + missing.reason() + ")";
    };
  }
}
