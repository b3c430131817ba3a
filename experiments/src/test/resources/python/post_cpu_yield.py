# The post's experiment 2: cpu_heavy awaits asyncio.sleep(0) every 2,000,000 iterations, gathered with
# io_task; its code as it is, with time.monotonic() printed next to its %X times.
import asyncio
import time

from yieldlab_child import kernel_report, stamp, watch_parent


async def cpu_heavy(name, delay):
    print(f"{name}: start at {time.strftime('%X')}", stamp())
    for i in range(10**8):
        if i % 2_000_000 == 0 :
            # 이 조건이 해당될 때 await를 걸어 이벤트 루프가 다른 코루틴을 실행할 수 있게 해준다.
            await asyncio.sleep(0)
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
