package dev.yieldlab.workers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many CPUs processes other than this JVM and its children kept busy over a stretch of time, from
 * Linux's {@code /proc}: the machine's busy time ({@code /proc/stat}) minus this process's own and
 * its reaped children's ({@code /proc/self/stat}). A run of parallel workers on a machine where other
 * builds take the CPUs cannot show parallelism; this says whether that happened, so an experiment can
 * set such a run aside instead of drawing a conclusion from it.
 */
final class ForeignCpuMeter {

  private static final Path MACHINE = Path.of("/proc/stat");
  private static final Path SELF = Path.of("/proc/self/stat");
  /** Both files count in USER_HZ ticks, 100 per second on every Linux we know of. */
  private static final double TICKS_PER_SECOND = 100;

  /** A reading: machine busy ticks, this process tree's ticks, and when. */
  record Reading(long machineBusyTicks, long ownTicks, long nanoTime) {}

  private ForeignCpuMeter() {}

  /** Null where {@code /proc} is not readable (not Linux): the load is then unknown. */
  static Reading read() {
    try {
      long nanoTime = System.nanoTime();
      return new Reading(machineBusyTicks(Files.readAllLines(MACHINE)), ownTicks(Files.readString(SELF)), nanoTime);
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  /** CPUs used by other processes on average between two readings; NaN when unknown. */
  static double foreignCpus(Reading before, Reading after) {
    if (before == null || after == null || after.nanoTime() <= before.nanoTime()) {
      return Double.NaN;
    }
    long foreignTicks = (after.machineBusyTicks() - before.machineBusyTicks()) - (after.ownTicks() - before.ownTicks());
    double seconds = (after.nanoTime() - before.nanoTime()) / 1e9;
    return Math.max(0, foreignTicks / TICKS_PER_SECOND / seconds);
  }

  /** The first line, {@code cpu user nice system idle iowait irq softirq steal ...}: all but idle and iowait. */
  static long machineBusyTicks(List<String> procStat) {
    String[] f = procStat.getFirst().trim().split("\\s+");
    long busy = 0;
    for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
      if (i != 4 && i != 5) {
        busy += Long.parseLong(f[i]);
      }
    }
    return busy;
  }

  /** utime, stime, cutime, cstime: fields 14 to 17, counted after the ")" that ends the command name. */
  static long ownTicks(String procSelfStat) {
    String[] f = procSelfStat.substring(procSelfStat.lastIndexOf(')') + 2).trim().split("\\s+");
    // f[0] is field 3 (state), so field k is f[k - 3].
    return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
  }
}
