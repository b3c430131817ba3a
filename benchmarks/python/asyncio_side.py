#!/usr/bin/env python3
"""asyncio's side of yieldlab's benchmark comparison (Python 3 standard library only).

Runs the asyncio equivalents of the Java benchmarks and prints one tab-separated line per figure:
key, value, error, unit, note (the format of dev.yieldlab.benchmarks.probe.FigureLine). The error is
the half-width of the 99.9 % confidence interval of the mean (Student's t), as JMH reports it.
Timings are taken inside the running loop, so asyncio.run's loop creation is not counted (the Java
side does count creating its loop: the comparison errs against yieldlab).

Usage: asyncio_side.py [--smoke]   (--smoke: tiny sizes, only to check that everything runs)
"""
import argparse
import asyncio
import math
import statistics
import sys
import time
import tracemalloc

# Two-sided 99.9 % quantiles of Student's t (0.9995), by degrees of freedom.
T_999 = {1: 636.62, 2: 31.599, 3: 12.924, 4: 8.610, 5: 6.869, 6: 5.959, 7: 5.408, 8: 5.041,
         9: 4.781, 10: 4.587, 12: 4.318, 15: 4.073, 19: 3.883, 20: 3.850, 25: 3.725, 30: 3.646,
         40: 3.551, 60: 3.460, 120: 3.373}


def t_quantile(df):
    """The quantile for df, or for the nearest smaller tabulated df (a wider, conservative interval)."""
    return T_999[max(k for k in T_999 if k <= df)]


def emit(key, value, error, unit, note):
    print(f"{key}\t{value:.6g}\t{error:.6g}\t{unit}\t{note}", flush=True)


def emit_mean(key, samples, unit, note):
    mean = statistics.fmean(samples)
    error = t_quantile(len(samples) - 1) * statistics.stdev(samples) / math.sqrt(len(samples)) \
        if len(samples) > 1 else float("nan")
    emit(key, mean, error, unit, f"{note}, {len(samples)} samples")


def timed(make_coroutine, warmups, repeats, scale):
    """Runs make_coroutine() in a fresh loop each time; returns the measured times times scale."""
    async def once():
        start = time.perf_counter()
        await make_coroutine()
        return time.perf_counter() - start
    for _ in range(warmups):
        asyncio.run(once())
    return [asyncio.run(once()) * scale for _ in range(repeats)]


async def round_robin(tasks, yields):
    async def yielder():
        for _ in range(yields):
            await asyncio.sleep(0)
    await asyncio.gather(*(asyncio.create_task(yielder()) for _ in range(tasks)))


async def noop():
    return None


async def spawn_and_join(pairs):
    for _ in range(pairs):
        await asyncio.create_task(noop())


async def spawn_and_gather(count):
    await asyncio.gather(*[asyncio.create_task(noop()) for _ in range(count)])


async def sleep_together(count, seconds):
    async def sleeper():
        await asyncio.sleep(seconds)
    await asyncio.gather(*[asyncio.create_task(sleeper()) for _ in range(count)])


async def seed_loop_plain(iterations):
    # The post's exp. 3, verbatim: `for i in range(10**8): pass`.
    for i in range(iterations):
        pass


async def seed_loop_modulo(iterations):
    # The post's exp. 2, verbatim.
    for i in range(iterations):
        if i % 2_000_000 == 0:
            await asyncio.sleep(0)


async def queue_handoff(items):
    queue = asyncio.Queue(maxsize=1)

    async def producer():
        for _ in range(items):
            await queue.put(42)
    task = asyncio.create_task(producer())
    total = 0
    for _ in range(items):
        total += await queue.get()
    await task


async def lock_uncontended(pairs):
    lock = asyncio.Lock()
    for _ in range(pairs):
        async with lock:
            pass


async def lock_contended(tasks, rounds):
    lock = asyncio.Lock()

    async def contender():
        for _ in range(rounds):
            async with lock:
                await asyncio.sleep(0)
    await asyncio.gather(*(asyncio.create_task(contender()) for _ in range(tasks)))


async def event_ping_pong(rounds):
    ping, pong = asyncio.Event(), asyncio.Event()

    async def ponger():
        for _ in range(rounds):
            await ping.wait()
            ping.clear()
            pong.set()
    task = asyncio.create_task(ponger())
    for _ in range(rounds):
        ping.set()
        await pong.wait()
        pong.clear()
    await task


async def timeouts_not_firing(blocks):
    for _ in range(blocks):
        async with asyncio.timeout(1):
            pass


def sleeping_heap_megabytes(count, seconds):
    """Memory Python allocated for count sleeping tasks, read while all of them sleep (tracemalloc)."""
    async def run():
        async def sleeper():
            await asyncio.sleep(seconds)
        baseline = tracemalloc.get_traced_memory()[0]
        tasks = [asyncio.create_task(sleeper()) for _ in range(count)]
        await asyncio.sleep(seconds / 2)
        during = tracemalloc.get_traced_memory()[0]
        await asyncio.gather(*tasks)
        return (during - baseline) / (1024 * 1024)
    tracemalloc.start()
    try:
        return asyncio.run(run())
    finally:
        tracemalloc.stop()


async def timer_lags(samples, seconds):
    for _ in range(3):
        await asyncio.sleep(0.01)
    lags = []
    for _ in range(samples):
        start = time.perf_counter()
        await asyncio.sleep(seconds)
        lags.append((time.perf_counter() - start - seconds) * 1000)
    return lags


ECHO_SIZE = 16


async def echo_back(reader, writer):
    """The echo server's handler: sends back whatever comes, until the client closes."""
    try:
        while data := await reader.read(4096):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()


async def echo_client(port, round_trips, lags):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    message = b"x" * ECHO_SIZE
    for _ in range(round_trips):
        start = time.perf_counter()
        writer.write(message)
        await writer.drain()
        await reader.readexactly(ECHO_SIZE)
        if lags is not None:
            lags.append((time.perf_counter() - start) * 1e6)
    writer.close()
    await writer.wait_closed()


async def echo_requests(connections, round_trips, lags=None):
    """Streams on both sides in one loop, as yieldlab's benchmark has client and server coroutines on one loop."""
    server = await asyncio.start_server(echo_back, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    await asyncio.gather(*(echo_client(port, round_trips, lags) for _ in range(connections)))
    server.close()
    await server.wait_closed()


def nearest_rank(samples, percent):
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, only to check that it runs")
    smoke = parser.parse_args().smoke
    repeats = 2 if smoke else 20
    yields = 10 if smoke else 1_000
    sleepers, sleep_s = (1_000, 0.05) if smoke else (100_000, 1.0)
    million = 10_000 if smoke else 1_000_000  # issue 15's scale (a smoke run: ten thousand)
    iterations = 1_000_000 if smoke else 100_000_000
    lag_samples, lag_s = (3, 0.05) if smoke else (60, 1.0)

    print(f"python\t{sys.version.split()[0]}", flush=True)
    print(f"sleep.ms\t{sleep_s * 1000:g}", flush=True)  # what "sleeping" includes, for the time beyond it
    emit_mean("switch", timed(lambda: round_robin(10, yields), 3, repeats, 1e9 / (10 * yields)),
              "ns", f"sleep(0) round trip, 10 tasks x {yields}")
    emit_mean("spawn-join", timed(lambda: spawn_and_join(1_000), 3, repeats, 1e9 / 1_000),
              "ns", "await create_task(noop()), 1,000 per sample")
    emit_mean("gather", timed(lambda: spawn_and_gather(1_000), 3, repeats, 1e6),
              "us", "gather of 1,000 create_task(noop())")
    emit_mean("sleeping", timed(lambda: sleep_together(sleepers, sleep_s), 1, 2 if smoke else 5, 1e3),
              "ms", f"{sleepers} tasks sleeping {sleep_s} s, spawn to last completion")
    emit("sleeping.heap", sleeping_heap_megabytes(sleepers, sleep_s), float("nan"), "MB",
         f"tracemalloc, {sleepers} sleeping tasks")
    emit_mean("sleeping-million", timed(lambda: sleep_together(million, sleep_s), 0, 2 if smoke else 3, 1e3),
              "ms", f"{million} tasks sleeping {sleep_s} s, spawn to last completion")
    emit("sleeping-million.heap", sleeping_heap_megabytes(million, sleep_s), float("nan"), "MB",
         f"tracemalloc, {million} sleeping tasks")
    loop_repeats = 2 if smoke else 5
    emit_mean("seed-loop.plain", timed(lambda: seed_loop_plain(iterations), 0, loop_repeats, 1e3),
              "ms", f"for i in range({iterations}): pass")
    emit_mean("seed-loop.modulo", timed(lambda: seed_loop_modulo(iterations), 0, loop_repeats, 1e3),
              "ms", f"same with if i % 2_000_000 == 0: await sleep(0)")
    emit_mean("queue-handoff", timed(lambda: queue_handoff(1_000), 3, repeats, 1e9 / 1_000),
              "ns", "Queue(maxsize=1), put + get of 1,000 items between two tasks")
    emit_mean("lock-uncontended", timed(lambda: lock_uncontended(1_000), 3, repeats, 1e9 / 1_000),
              "ns", "async with lock: pass, 1,000 per sample")
    emit_mean("lock-contended", timed(lambda: lock_contended(10, 100), 3, repeats, 1e9 / 1_000),
              "ns", "10 tasks x 100 of: async with lock: await sleep(0)")
    emit_mean("event-handoff", timed(lambda: event_ping_pong(500), 3, repeats, 1e9 / 1_000),
              "ns", "ping-pong of two Events, 500 rounds (1,000 set -> resumed)")
    emit_mean("timeout-not-firing", timed(lambda: timeouts_not_firing(1_000), 3, repeats, 1e9 / 1_000),
              "ns", "async with asyncio.timeout(1): pass, 1,000 per sample")
    echo_connections, echo_trips = (10, 10) if smoke else (100, 200)
    emit_mean("echo-100", timed(lambda: echo_requests(echo_connections, echo_trips), 1, 2 if smoke else 5,
                                1e9 / (echo_connections * echo_trips)),
              "ns", f"streams, {echo_connections} connections x {echo_trips} round trips of {ECHO_SIZE} bytes, per request")
    rtt_samples = 200 if smoke else 20_000
    asyncio.run(echo_requests(1, rtt_samples))  # warm-up
    rtts = []
    asyncio.run(echo_requests(1, rtt_samples, rtts))
    rtt_note = f"{rtt_samples} round trips of {ECHO_SIZE} bytes on one connection, after as many unmeasured"
    emit("echo-rtt.median", nearest_rank(rtts, 50), float("nan"), "us", rtt_note)
    emit("echo-rtt.p99", nearest_rank(rtts, 99), float("nan"), "us", rtt_note)
    lags = asyncio.run(timer_lags(lag_samples, lag_s))
    note = f"{lag_samples} sleeps of {lag_s * 1000:.0f} ms"
    emit("timer-lag.median", nearest_rank(lags, 50), float("nan"), "ms", note)
    emit("timer-lag.p99", nearest_rank(lags, 99), float("nan"), "ms", note)


if __name__ == "__main__":
    main()
