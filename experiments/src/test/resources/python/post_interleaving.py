# The post's experiment 1 ("sleep을 통해 서로 cpu를 양보하며 실행하는 경우" / "양보하지 않고 CPU를 점유하는 경우"):
# its code as it is, with time.monotonic() printed next to its %X times. yieldlab's additions: "one"
# runs one yield_task alone, what the two gathered ones are compared with; "two" runs only the first
# gather, the two yield_tasks, paired with "one"; "tasks" runs only the second gather, the tasks that
# never await; an optional second argument is the yield_tasks' delay in seconds (the post's 1 when
# absent), which the experiment shortens to keep its pairs short.
import asyncio
import sys
import time

from yieldlab_child import kernel_report, stamp, watch_parent


# sleep을 통해 서로 cpu를 양보하며 실행하는 경우
async def yield_task(name, delay):
    for i in range(3):
        print(f"{name}: step {i} at {time.strftime('%X')}", stamp())
        await asyncio.sleep(delay)
    print(f"{name} 완료 at {time.strftime('%X')}", stamp())


# 양보하지 않고 CPU를 점유하는 경우
async def task(name, delay):
    for i in range(3):
        print(f"{name}: step {i} at {time.strftime('%X')}", stamp())
    print(f"{name} 완료 at {time.strftime('%X')}", stamp())


async def main():
    await asyncio.gather(
        yield_task("yield_task1", 1),
        yield_task("yield_task2", 1)
    )

    await asyncio.gather(
        task("task1", 1),
        task("task2", 1)
    )


DELAY = float(sys.argv[2]) if sys.argv[2:] else 1


async def one():
    await yield_task("yield_task1", DELAY)


async def two():
    await asyncio.gather(
        yield_task("yield_task1", DELAY),
        yield_task("yield_task2", DELAY)
    )


async def tasks():
    await asyncio.gather(
        task("task1", 1),
        task("task2", 1)
    )


if __name__ == "__main__":
    watch_parent()
    what = {"one": one, "two": two, "tasks": tasks}.get(sys.argv[1] if sys.argv[1:] else "", main)
    with kernel_report("python main thread"):
        asyncio.run(what())
