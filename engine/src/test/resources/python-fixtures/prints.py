# Two coroutines that print the post's way and sleep a little; the harness reports the kernel counters.
import asyncio
import time

from yieldlab_child import kernel_report, stamp, watch_parent


async def worker(name):
    print(f"{name}: step 0 at {time.strftime('%X')}", stamp())
    await asyncio.sleep(0.02)
    print(f"{name} done at {time.strftime('%X')}", stamp())


async def main():
    print("noise the parser must ignore")
    await asyncio.gather(worker("task_a"), worker("task_b"))


if __name__ == "__main__":
    watch_parent()
    with kernel_report("python main thread"):
        asyncio.run(main())
