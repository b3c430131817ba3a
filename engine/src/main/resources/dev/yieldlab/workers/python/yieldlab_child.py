"""What yieldlab needs from a child process, kept apart from the post's own code.

- watch_parent(): yieldlab holds this process's stdin open and never writes to it; end of file means
  yieldlab is gone (even killed with SIGKILL), so the script goes too instead of computing on as an orphan.
- stamp(): time.monotonic() next to the post's %X times: the post prints whole seconds, the checks
  need sub-second times, and they must come from this process's own clock.
- kernel_report(label): the kernel's counters of the calling thread (Linux /proc/thread-self), read
  before and after the block, printed as one tab-separated 'yieldlab-kernel' line for yieldlab to read.
- dies_with_parent(): for multiprocessing's children, which must not outlive this script either.
"""
import contextlib
import ctypes
import os
import signal
import threading
import time

KERNEL = "yieldlab-kernel"


def watch_parent():
    def watch():
        # os.read on the descriptor, not sys.stdin: a daemon thread blocked inside sys.stdin's buffered
        # reader holds its lock, and the interpreter aborts when it finds that lock held at shutdown.
        while os.read(0, 1):
            pass
        os._exit(86)

    threading.Thread(target=watch, name="yieldlab-parent-watch", daemon=True).start()


def dies_with_parent():
    """Asks the kernel to SIGKILL this process when its parent dies (prctl PR_SET_PDEATHSIG)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: the parent's own kill of its descendants is the only guard left


def stamp():
    return f"[{time.monotonic():.6f}]"


def _counters():
    """(voluntary, involuntary, on-CPU ns, run-queue ns, timeslices), each an int or '?reason'."""
    base = "/proc/thread-self"
    status = {}
    try:
        with open(base + "/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                status[key] = value.strip()
        switches = [status.get("voluntary_ctxt_switches", "?no voluntary_ctxt_switches line"),
                    status.get("nonvoluntary_ctxt_switches", "?no nonvoluntary_ctxt_switches line")]
    except OSError as missing:
        switches = ["?no " + base + "/status: " + missing.strerror] * 2
    try:
        with open(base + "/schedstat") as f:
            sched = f.read().split()[:3]
    except OSError as missing:
        sched = ["?no " + base + "/schedstat: " + missing.strerror] * 3
    return switches + sched


def _minus(after, before):
    if str(after).startswith("?") or str(before).startswith("?"):
        return after if str(after).startswith("?") else before
    return str(int(after) - int(before))


@contextlib.contextmanager
def kernel_report(label):
    before, start = _counters(), time.monotonic_ns()
    try:
        yield
    finally:
        after, wall = _counters(), time.monotonic_ns() - start
        fields = [_minus(a, b) for a, b in zip(after, before)]
        print("\t".join([KERNEL, label] + fields + [str(wall)]), flush=True)
