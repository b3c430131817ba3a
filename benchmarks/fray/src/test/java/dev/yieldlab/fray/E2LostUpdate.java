package dev.yieldlab.fray;

/**
 * E2, the lost update, as yieldlab's E2 has it but on platform threads: N workers each read a shared
 * counter, yield, and write back what they read plus one. Worker k first yields 2k times, as in
 * yieldlab's {@code LostUpdateExploredExperiment}, which staggers them so that taking turns at every
 * yield never loses an update. The invariant is that the counter ends at N; two workers that both read
 * before either writes lose one increment. Plain fields, so the yield
 * is the only point where another thread may come in (see {@link E1CheckThenAct}).
 */
public abstract class E2LostUpdate extends RaceUnderFray {

  private final int workers;

  protected E2LostUpdate(int workers) {
    this.workers = workers;
  }

  /** The shared state of one run. */
  static final class Counter {
    int value;

    void increment(int stagger) {
      for (int i = 0; i < stagger; i++) {
        Thread.yield();
      }
      int read = value;
      Thread.yield(); // read and write are apart: the race
      value = read + 1;
    }
  }

  @Override
  protected boolean runOnceHeld() throws InterruptedException {
    Counter counter = new Counter();
    Thread[] threads = new Thread[workers];
    for (int i = 0; i < workers; i++) {
      int stagger = 2 * i;
      threads[i] = new Thread(() -> counter.increment(stagger), "worker-" + i);
      threads[i].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return counter.value == workers;
  }

  @Override
  protected String invariant() {
    return "the counter ends at " + workers;
  }

  /** Two workers: the race's core. */
  public static class OfTwo extends E2LostUpdate {
    public OfTwo() {
      super(2);
    }
  }

  /** Four workers. */
  public static class OfFour extends E2LostUpdate {
    public OfFour() {
      super(4);
    }
  }
}
