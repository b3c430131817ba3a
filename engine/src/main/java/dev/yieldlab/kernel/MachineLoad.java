package dev.yieldlab.kernel;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * How many CPUs processes other than this JVM and its children kept busy over a stretch of time, and
 * how many the hypervisor stole from this VM, from Linux's {@code /proc}: the machine's busy time
 * ({@code /proc/stat}'s first line) minus this process's own and its reaped children's ({@code
 * /proc/self/stat}), and the machine's {@code steal} column. A run of parallel workers on a machine
 * where other builds take the CPUs cannot show parallelism, and a side of a timed pair slowed by them
 * says nothing about the claim: this says whether that happened.
 */
@API(status = INTERNAL, since = "0.4")
public final class MachineLoad {

  /** Kept open for the JVM's life, like {@link #SELF}: read around every timed side (see {@link ProcFile}). */
  private static final ProcFile MACHINE = new ProcFile(Path.of("/proc/stat"));
  private static final ProcFile SELF = new ProcFile(Path.of("/proc/self/stat"));
  /** Both files count in USER_HZ ticks, 100 per second on every Linux we know of. */
  private static final double TICKS_PER_SECOND = 100;

  /**
   * A reading: the machine's busy ticks without steal, its steal ticks, this process tree's ticks, and
   * when.
   */
  public record Reading(long machineBusyTicks, long stealTicks, long ownTicks, long nanoTime) {}

  private MachineLoad() {}

  /** Null where {@code /proc} is not readable (not Linux): the load is then unknown. */
  public static Reading read() {
    try {
      long nanoTime = System.nanoTime();
      // The first line is all we need of /proc/stat; the rest (a line per CPU, every interrupt's count)
      // is neither split into lines nor decoded: this is read around every timed side.
      String stat = MACHINE.read();
      int firstLineEnd = stat.indexOf('\n');
      List<String> machine = List.of(firstLineEnd < 0 ? stat : stat.substring(0, firstLineEnd));
      return new Reading(machineBusyTicks(machine), stealTicks(machine), ownTicks(SELF.read()), nanoTime);
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  /** CPUs used by other processes on average between two readings (steal not included); NaN when unknown. */
  public static double foreignCpus(Reading before, Reading after) {
    if (unknown(before, after)) {
      return Double.NaN;
    }
    long foreignTicks = (after.machineBusyTicks() - before.machineBusyTicks()) - (after.ownTicks() - before.ownTicks());
    return Math.max(0, foreignTicks / TICKS_PER_SECOND / seconds(before, after));
  }

  /** CPUs the hypervisor took from this VM on average between two readings; NaN when unknown. */
  public static double stealCpus(Reading before, Reading after) {
    if (unknown(before, after)) {
      return Double.NaN;
    }
    return Math.max(0, (after.stealTicks() - before.stealTicks()) / TICKS_PER_SECOND / seconds(before, after));
  }

  private static boolean unknown(Reading before, Reading after) {
    return before == null || after == null || after.nanoTime() <= before.nanoTime();
  }

  private static double seconds(Reading before, Reading after) {
    return (after.nanoTime() - before.nanoTime()) / 1e9;
  }

  /** The first line, {@code cpu user nice system idle iowait irq softirq steal ...}: user to softirq, without idle and iowait. */
  static long machineBusyTicks(List<String> procStat) {
    String[] f = fields(procStat);
    long busy = 0;
    for (int i = 1; i <= Math.min(7, f.length - 1); i++) {
      if (i != 4 && i != 5) {
        busy += Long.parseLong(f[i]);
      }
    }
    return busy;
  }

  /** The first line's eighth number, {@code steal}; 0 on kernels too old to count it. */
  static long stealTicks(List<String> procStat) {
    String[] f = fields(procStat);
    return f.length > 8 ? Long.parseLong(f[8]) : 0;
  }

  private static String[] fields(List<String> procStat) {
    return ProcText.fields(procStat.getFirst(), 0);
  }

  /** utime, stime, cutime, cstime: fields 14 to 17, counted after the ")" that ends the command name. */
  static long ownTicks(String procSelfStat) {
    String[] f = ProcText.fields(procSelfStat, procSelfStat.lastIndexOf(')') + 2, 15);
    // f[0] is field 3 (state), so field k is f[k - 3].
    return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
  }
}
