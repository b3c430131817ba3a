package dev.yieldlab.kernel;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.yieldlab.api.kernel.Figure;
import dev.yieldlab.api.kernel.KernelCounters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * Reads a thread's counters from a {@code /proc} tree. {@link #SYSTEM} reads the machine's own;
 * another root (a directory laid out like {@code /proc}) reads what a test or a container put there.
 */
@API(status = INTERNAL, since = "0.2")
public final class ProcFs {

  /** The machine's {@code /proc}. */
  public static final ProcFs SYSTEM = new ProcFs(Path.of("/proc"));

  private final Path root;
  /** {@code self/stat}, kept open: read twice per run (the thread count at its start and end). */
  private final ProcFile selfStat;

  public ProcFs(Path root) {
    this.root = root;
    this.selfStat = new ProcFile(root.resolve("self/stat"));
  }

  /** The calling thread's counters since it started ({@code /proc/thread-self}). */
  public KernelCounters ofCurrentThread() {
    return counters(root.resolve("thread-self"), "/proc/thread-self");
  }

  /** Thread {@code tid}'s (of this process) counters since it started ({@code /proc/self/task/<tid>}). */
  public KernelCounters ofThread(long tid) {
    return counters(root.resolve("self/task/" + tid), "/proc/self/task/" + tid);
  }

  /** The kernel's id of the calling thread, as {@code ps -L} shows it; empty without {@code /proc/thread-self}. */
  public OptionalLong currentTid() {
    try {
      // /proc/thread-self links to "<pid>/task/<tid>".
      Path target = Files.readSymbolicLink(root.resolve("thread-self"));
      return OptionalLong.of(Long.parseLong(target.getFileName().toString()));
    } catch (IOException | UnsupportedOperationException | NumberFormatException notLinux) {
      return OptionalLong.empty();
    }
  }

  /**
   * How many threads this process has ({@code num_threads}, field 20 of {@code /proc/self/stat}: the
   * same number as {@code Threads:} in {@code status}, which costs twice as much to read).
   */
  public Figure<Integer> processThreads() {
    try {
      String stat = selfStat.read();
      // "pid (comm) S ...": comm may hold spaces and parentheses; fields[0] after the last ')' is field 3.
      String[] fields = ProcText.fields(stat, stat.lastIndexOf(')') + 2, 20 - 2);
      return Figure.known(Integer.parseInt(fields[20 - 3]));
    } catch (NoSuchFileException missing) {
      return Figure.unavailable("no /proc/self/stat: a container hides it, or this is not Linux");
    } catch (IOException | RuntimeException unreadable) {
      return Figure.unavailable("cannot read the thread count from /proc/self/stat: " + unreadable);
    }
  }

  /**
   * What thread {@code tid} is doing at this instant: its state letter ({@code R} running, {@code S}
   * sleeping, {@code D} in uninterruptible I/O) and, while it sleeps, the kernel function it waits in.
   */
  public ThreadState stateOf(long tid) {
    Path task = root.resolve("self/task/" + tid);
    try {
      String stat = ProcText.read(task.resolve("stat"));
      // "tid (comm) S ...": comm may hold spaces and parentheses; the state follows the last ')'.
      char state = stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
      String wchan = readOrEmpty(task.resolve("wchan"));
      return new ThreadState(state, wchan.equals("0") ? "" : wchan);
    } catch (IOException | RuntimeException unreadable) {
      return new ThreadState('?', "");
    }
  }

  /**
   * The calling thread's counters as a {@link ThreadCounters} that keeps its two files open, for a
   * thread that reads them at the start and end of every run (a loop thread): call on that thread.
   */
  public ThreadCounters openCurrentThread() {
    Path thread = root.resolve("thread-self");
    try {
      thread = thread.toRealPath(); // "<pid>/task/<tid>": this thread's, whoever reads the files later
    } catch (IOException | UnsupportedOperationException notLinux) {
      // read as it is: the counters then say why they are unavailable
    }
    return new ThreadCounters(thread, "/proc/thread-self");
  }

  /**
   * The thread's {@code status} (both switch counts from one read) and {@code schedstat}: read at the
   * start and end of every run, so a trivial run pays for two reads and nothing else.
   */
  private KernelCounters counters(Path thread, String shownAs) {
    try (ThreadCounters files = new ThreadCounters(thread, shownAs)) {
      return files.read();
    }
  }

  /** {@code on-CPU ns, run-queue wait ns, timeslices}: the three numbers of a schedstat file. */
  static Figure<List<Long>> schedstat(ProcFile file, String shownAs) {
    try {
      String[] fields = ProcText.fields(file.read(), 0);
      if (fields.length < 3) {
        return Figure.unavailable(shownAs + " holds \"" + String.join(" ", fields) + "\", not three numbers");
      }
      return Figure.known(List.of(Long.parseLong(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2])));
    } catch (NoSuchFileException missing) {
      return Figure.unavailable("no " + shownAs + ": the kernel keeps no scheduler statistics (CONFIG_SCHEDSTATS off)"
          + " or a container hides them");
    } catch (IOException | NumberFormatException unreadable) {
      return Figure.unavailable("cannot read " + shownAs + ": " + unreadable);
    }
  }

  /** A {@code status} file's text, or why it cannot be read. */
  static Figure<String> status(ProcFile file, String shownAs) {
    try {
      return Figure.known(file.read());
    } catch (NoSuchFileException missing) {
      return Figure.unavailable("no " + shownAs + ": a container hides it, or this is not Linux");
    } catch (IOException unreadable) {
      return Figure.unavailable("cannot read " + shownAs + ": " + unreadable);
    }
  }

  /** The number on {@code status}'s line {@code field:}, or why there is none. */
  static Figure<Long> field(Figure<String> status, String shownAs, String field) {
    if (status instanceof Figure.Unavailable<String>(String reason)) {
      return Figure.unavailable(reason);
    }
    String text = status.asOptional().orElseThrow();
    try {
      OptionalLong value = ProcText.field(text, field);
      return value.isPresent() ? Figure.known(value.getAsLong())
          : Figure.unavailable(shownAs + " has no " + field + " line");
    } catch (NumberFormatException unreadable) {
      return Figure.unavailable("cannot read " + field + " from " + shownAs + ": " + unreadable);
    }
  }

  private static String readOrEmpty(Path file) {
    try {
      return ProcText.read(file).trim();
    } catch (IOException unreadable) {
      return "";
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "/proc at %s", root);
  }
}
