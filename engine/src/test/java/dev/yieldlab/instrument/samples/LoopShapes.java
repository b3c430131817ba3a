package dev.yieldlab.instrument.samples;

/**
 * One method per loop shape, for the golden files of transformed bytecode. Editing a method here
 * changes its golden file: regenerate with {@code -Dyieldlab.golden.update=true}.
 */
public final class LoopShapes {

  private LoopShapes() {}

  public static int forLoop(int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += i;
    }
    return sum;
  }

  public static int whileLoop(int n) {
    int sum = 0;
    int i = 0;
    while (i < n) {
      sum += i;
      i++;
    }
    return sum;
  }

  public static int doWhileLoop(int n) {
    int sum = 0;
    int i = 0;
    do {
      sum += i;
      i++;
    } while (i < n);
    return sum;
  }

  public static int labelledContinue(int n) {
    int pairs = 0;
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (j > i) {
          continue outer;
        }
        pairs++;
      }
    }
    return pairs;
  }

  public static int loopInTryCatchFinally(int n) {
    int sum = 0;
    try {
      for (int i = 0; i < n; i++) {
        if (i == n / 2) {
          throw new IllegalStateException("half way");
        }
        sum += i;
      }
    } catch (IllegalStateException e) {
      for (int i = 0; i < n; i++) {
        sum -= 1;
      }
    } finally {
      int i = 0;
      while (i < 3) {
        sum += 2;
        i++;
      }
    }
    return sum;
  }

  public static int switchInLoop(int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      switch (i % 4) {
        case 0 -> sum += 1;
        case 1 -> {
          continue;
        }
        case 2 -> sum += 10;
        default -> sum += 100;
      }
      sum++;
    }
    return sum;
  }

  public static long nestedLoops(int n) {
    long total = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        int k = 0;
        while (k < j) {
          total += (long) i * j + k;
          k++;
        }
      }
    }
    return total;
  }

  public static int noLoop(int x) {
    return x > 0 ? x + 1 : x - 1;
  }

  /** Recursion: no back-edge at all, so only the entry poll can preempt it. */
  public static long fib(int n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
  }

  @SuppressWarnings("InfiniteLoopStatement")
  public static void spinForever() {
    while (true) {
      // Nothing: the injected poll is the only way out (a timeout).
    }
  }
}
