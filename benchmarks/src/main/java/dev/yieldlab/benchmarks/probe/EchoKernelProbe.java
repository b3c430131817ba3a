package dev.yieldlab.benchmarks.probe;

import dev.yieldlab.benchmarks.io.Echo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Where the loop's time goes in {@code EchoThroughputBenchmark}'s workload (100 connections, 200 round
 * trips each, client and server coroutines on one loop): the loop thread's CPU time in the kernel and in
 * user space per request (the wall time per request is the benchmark's). Each request is four system calls (two writes,
 * two reads; a strace of it counts 2.0 writes and 2.0 reads per request and one epoll_wait per 25), so
 * the kernel's share is the floor no loop on one thread can go below: it bounds how far any
 * user-space work on the loop could take its requests per second.
 *
 * <p>Usage: {@code EchoKernelProbe [runs=20] [warmups=10]}; prints {@code echo-100.sys} and {@code
 * echo-100.user}, in nanoseconds per request.
 */
public final class EchoKernelProbe {

  static final int CONNECTIONS = 100;
  static final int ROUND_TRIPS = 200;

  private EchoKernelProbe() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    for (int i = 0; i < warmups; i++) {
      Echo.onLoop(CONNECTIONS, ROUND_TRIPS, null);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long user = threads.getCurrentThreadUserTime();
    for (int i = 0; i < runs; i++) {
      Echo.onLoop(CONNECTIONS, ROUND_TRIPS, null);
    }
    double requests = (double) runs * CONNECTIONS * ROUND_TRIPS;
    double userPer = (threads.getCurrentThreadUserTime() - user) / requests;
    double sysPer = (threads.getCurrentThreadCpuTime() - cpu) / requests - userPer;
    String note = runs + " runs of " + CONNECTIONS + " connections x " + ROUND_TRIPS + " round trips on one loop, after "
        + warmups + " unmeasured; the loop thread's own CPU (ThreadMXBean)";
    System.out.println(new FigureLine("echo-100.sys", sysPer, Double.NaN, "ns", note).format());
    System.out.println(new FigureLine("echo-100.user", userPer, Double.NaN, "ns", note).format());
  }
}
