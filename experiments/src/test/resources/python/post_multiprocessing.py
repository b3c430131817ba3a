# The post's multiprocessing experiment: cpu_count() processes each run the summing loop; its code as
# it is, with time.monotonic() printed next to its %X times. yieldlab's additions: an optional process
# count (the post's cpu_count() when absent or "cpu_count"), so one process can be compared with N; an
# optional iteration count of the summing loop (the post's 10 ** 8 when absent), which the experiments
# lower to keep their pairs short; and each child reports its own kernel counters and dies with its parent.
import multiprocessing
import sys
import time

from yieldlab_child import dies_with_parent, kernel_report, stamp, watch_parent


ITERATIONS = int(sys.argv[2]) if sys.argv[2:] else 10 ** 8


def cpu_bound_task(n):
    count = 0
    for i in range(ITERATIONS):
        count += i
    return count


def measured(n):
    dies_with_parent()
    with kernel_report(multiprocessing.current_process().name):
        cpu_bound_task(n)


if __name__ == "__main__":
    watch_parent()
    count = int(sys.argv[1]) if sys.argv[1:] and sys.argv[1] != "cpu_count" else multiprocessing.cpu_count()

    print(f"start at {time.strftime('%X')}", stamp())
    start = time.time()

    processes = []
    # 프로세스를 CPU 코어 수만큼 돌려 계산하는 작업
    for _ in range(count):
        p = multiprocessing.Process(target=measured, args=(1,))
        processes.append(p)
        p.start()

    for p in processes:
        p.join()

    print(f"end at {time.strftime('%X')} 소요 시간: {time.time() - start:.2f}초", stamp())
