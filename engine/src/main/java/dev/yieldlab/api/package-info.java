/**
 * What experiment authors touch first; the rest of the author's surface is in the sub-packages, one
 * concern each.
 *
 * <p>A newcomer needs these: {@link dev.yieldlab.api.Experiment}, {@link dev.yieldlab.api.Run} and
 * {@link dev.yieldlab.api.Check} declare an experiment; a run's body gets a {@link
 * dev.yieldlab.api.Loop} (spawn, sleep, yieldNow, gather, the waiting primitives) and its {@link
 * dev.yieldlab.api.Task}s; a check reads the {@link dev.yieldlab.api.Runs} ({@link
 * dev.yieldlab.api.RunResult}: timeline, elapsed time, value) and asserts with {@link
 * dev.yieldlab.api.YieldlabAssertions}. Then, as an experiment needs them: {@link
 * dev.yieldlab.api.Variant} and {@link dev.yieldlab.api.Yields} (ways to run a body), {@link
 * dev.yieldlab.api.Explore} (exploring schedules), {@link dev.yieldlab.api.Report} (publishing
 * measures), {@link dev.yieldlab.api.Configuration}.
 *
 * <p>The sub-packages:
 * <ul>
 *   <li>{@code sync}: the waiting primitives a {@code Loop} makes (Queue, Lock, Semaphore, Condition,
 *       Event, Deferred, Barrier, Select);</li>
 *   <li>{@code io}: sockets on the loop (Connection, Server), and a loop of its own on a thread of its
 *       own for a helper server (BackgroundLoop);</li>
 *   <li>{@code timeline}: the evidence a run leaves and its queries (Timeline, TimelineEvent,
 *       EventSubject, TaskActivity, WakeUp, ...) and ordering assertions (TimelineAssert);</li>
 *   <li>{@code timing}: timing claims (ElapsedRatio, RatioAssert, the interval and verdict) and the
 *       measurements they rest on (Measurement, paired runs);</li>
 *   <li>{@code kernel}: what the operating system counted for a run's threads (KernelView, KernelAssert);</li>
 *   <li>{@code explore}: what exploring a run's schedules found (Exploration, ScheduleId, ...);</li>
 *   <li>{@code strand}: code that runs the same on the loop and on other schedulers (Strand,
 *       StrandProgram), and {@code workers}: processes, threads and virtual threads beside the loop.</li>
 * </ul>
 *
 * <p>This package tree knows no other yieldlab package: the loop, the engine and the reports depend on
 * it, never the other way round. Its public surface is pinned by {@code engine/api/yieldlab-api.txt},
 * which a test compares with the compiled classes.
 */
package dev.yieldlab.api;
