package dev.yieldlab.instrument.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongUnaryOperator;
import java.util.stream.IntStream;

/**
 * Loops in every setting the injector must not change the meaning of: nested loops, exceptions
 * thrown through loops, recursion, lambdas and nested classes, long and double locals around the
 * injected counter's slot, constructors, instance state. Each public static method is a case of the
 * semantic-equivalence test (no arguments, deterministic result).
 */
public final class Computations {

  /** A static the class loader test uses to tell the copy's statics from the original's. */
  public static int touched;

  private final int[] values;

  public Computations(int n) {
    values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = (i * 7919) % 104_729;
    }
  }

  public static long nestedLoopsMatrixChecksum() {
    int n = 40;
    long[][] a = new long[n][n];
    long[][] b = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = i + 2L * j;
        b[i][j] = i == j ? 3 : j - i;
      }
    }
    long checksum = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        long cell = 0;
        for (int k = 0; k < n; k++) {
          cell += a[i][k] * b[k][j];
        }
        checksum = checksum * 31 + cell;
      }
    }
    return checksum;
  }

  public static String exceptionsThroughLoops() {
    StringBuilder trace = new StringBuilder();
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        for (int i = 0; ; i++) {
          if (i == attempt * 3) {
            throw new ArithmeticException("attempt " + attempt + " at " + i);
          }
        }
      } catch (ArithmeticException e) {
        trace.append(e.getMessage()).append(';');
        continue;
      } finally {
        trace.append('f');
      }
    }
    return trace.toString();
  }

  public static String exceptionEscapingALoop() {
    int[] data = {1, 2, 3};
    int sum = 0;
    for (int i = 0; i <= data.length; i++) {
      sum += data[i]; // the last iteration throws out of the method
    }
    return "unreachable " + sum;
  }

  public static long recursionWithLoops() {
    return permutations(new boolean[7], 0);
  }

  private static long permutations(boolean[] used, int depth) {
    if (depth == used.length) {
      return 1;
    }
    long count = 0;
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        used[i] = true;
        count += permutations(used, depth + 1) * (i + 1);
        used[i] = false;
      }
    }
    return count;
  }

  public static int lambdasWithLoops() {
    int limit = 60;
    IntSupplier triangle = () -> {
      int sum = 0;
      for (int i = 0; i <= limit; i++) {
        sum += i;
      }
      return sum;
    };
    int streamed = IntStream.range(0, limit).map(i -> {
      int s = 0;
      int j = i;
      while (j > 0) {
        s += j % 10;
        j /= 10;
      }
      return s;
    }).sum();
    return triangle.getAsInt() * 1000 + streamed;
  }

  public static long nestedAndAnonymousClasses() {
    LongUnaryOperator collatzSteps = new LongUnaryOperator() {
      @Override
      public long applyAsLong(long start) {
        long steps = 0;
        for (long x = start; x != 1; steps++) {
          x = (x & 1) == 0 ? x / 2 : 3 * x + 1;
        }
        return steps;
      }
    };
    long total = 0;
    for (long s = 1; s < 200; s++) {
      total += collatzSteps.applyAsLong(s) + Sieve.primesBelow((int) s);
    }
    return total;
  }

  public static double longAndDoubleLocals() {
    long wide = 1L << 40;
    double harmonic = 0;
    int small = 3;
    for (long k = 1; k <= 10_000; k++) {
      double term = 1.0 / k;
      harmonic += term;
      wide -= k * small;
      float f = (float) term;
      harmonic += f * 1e-9;
    }
    do {
      wide >>= 1;
      harmonic *= 1.0000001;
    } while (wide > 1000);
    return harmonic + wide;
  }

  public static long instanceStateAndConstructorLoops() {
    Computations c = new Computations(500);
    return c.weightedSum() + c.values.length;
  }

  private long weightedSum() {
    long sum = 0;
    int i = 0;
    while (i < values.length) {
      sum += (long) values[i] * (i + 1);
      i++;
    }
    return sum;
  }

  public static List<String> stringsAndCollections() {
    List<String> words = new ArrayList<>();
    outer:
    for (char c = 'a'; c <= 'z'; c++) {
      for (String vowel : List.of("a", "e", "i", "o", "u")) {
        if (vowel.charAt(0) == c) {
          continue outer;
        }
      }
      words.add(String.valueOf(c).repeat((c % 3) + 1));
    }
    return words;
  }

  /**
   * Two branches of a loop body meet with different nested types on the stack: recomputing the
   * frame there needs their common superclass ({@code Shape}), read through the instrumenting loader.
   */
  public static double mergedTypesInALoop() {
    double area = 0;
    for (int i = 1; i <= 50; i++) {
      Shape shape = i % 3 == 0 ? new Circle(i) : new Square(i);
      area += shape.area();
    }
    return area;
  }

  abstract static class Shape {
    abstract double area();
  }

  static final class Circle extends Shape {
    private final double radius;

    Circle(double radius) {
      this.radius = radius;
    }

    @Override
    double area() {
      return Math.PI * radius * radius;
    }
  }

  static final class Square extends Shape {
    private final double side;

    Square(double side) {
      this.side = side;
    }

    @Override
    double area() {
      return side * side;
    }
  }

  /** Counts the static's own touches: the class loader test compares original and copy. */
  public static int touch() {
    return ++touched;
  }

  /** A nested class whose loop is instrumented with its nest host. */
  static final class Sieve {
    static int primesBelow(int n) {
      boolean[] composite = new boolean[Math.max(n, 2)];
      int primes = 0;
      for (int i = 2; i < n; i++) {
        if (!composite[i]) {
          primes++;
          for (int j = i * i; j < n; j += i) {
            composite[j] = true;
          }
        }
      }
      return primes;
    }
  }
}
