package dev.yieldlab.fray;

/**
 * E1, check-then-act across a yield, as yieldlab's E1 has it but on platform threads: two workers
 * claim a shared flag; each checks it, yields, then sets it and counts itself a winner. The second
 * worker yields twice before it checks, as in yieldlab's {@code CheckThenActExperiment}, which is
 * exactly where a first-come order protects the race: taking turns at every yield, the first worker
 * checks, yields, the second yields, the first claims, and the second then finds the flag taken. Only
 * a schedule that lets the second worker run three times before the first claims breaks "exactly one
 * winner".
 *
 * <p>Plain fields, as in the coroutine version: the yields are the only points where another thread
 * may come in under Fray (it serialises the threads and, by default, does not interleave plain
 * memory accesses), just as they are the only choice points of yieldlab's loop.
 */
public class E1CheckThenAct extends RaceUnderFray {

  /** The shared state of one run: a fresh one per schedule. */
  static final class Claim {
    boolean claimed;
    int winners;

    void claim(int preparationYields) {
      for (int i = 0; i < preparationYields; i++) {
        Thread.yield();
      }
      if (!claimed) {
        Thread.yield(); // the check and the act are apart: the race
        claimed = true;
        winners++;
      }
    }
  }

  @Override
  protected boolean runOnceHeld() throws InterruptedException {
    Claim claim = new Claim();
    Thread first = new Thread(() -> claim.claim(0), "first");
    Thread second = new Thread(() -> claim.claim(2), "second");
    first.start();
    second.start();
    first.join();
    second.join();
    return claim.winners == 1;
  }

  @Override
  protected String invariant() {
    return "exactly one winner";
  }
}
