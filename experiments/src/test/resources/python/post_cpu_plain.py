# The post's experiment 3: the same cpu_heavy without any await, gathered with io_task; its code as it
# is, with time.monotonic() printed next to its %X times.
import asyncio
import time

from yieldlab_child import kernel_report, stamp, watch_parent


async def cpu_heavy(name, delay):
    print(f"{name}: start at {time.strftime('%X')}", stamp())
    for i in range(10**8):
        pass
    print(f"{name}: end at {time.strftime('%X')}", stamp())


async def io_task(name, delay):
    print(f"{name} started at {time.strftime('%X')}", stamp())
    await asyncio.sleep(delay)
    print(f"{name} finished at {time.strftime('%X')}", stamp())


async def main():
    await asyncio.gather(
        cpu_heavy("cpu_heavy_task", 1),
        io_task("io_task", 1)
    )


if __name__ == "__main__":
    watch_parent()
    with kernel_report("python main thread"):
        asyncio.run(main())
