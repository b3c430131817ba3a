package dev.yieldlab.api.timeline;

import java.util.List;
import java.util.Optional;

/**
 * The JDK calls that block the calling OS thread, and so freeze every coroutine of a loop: what a
 * stall report names when the watchdog's sample caught the loop's thread in one.
 */
final class BlockingCalls {

  /** A frame's class and method prefix, and what to call it; the first match from the innermost frame wins. */
  private record Call(String className, String methodPrefix, String name) {
    boolean matches(StackTraceElement frame) {
      return frame.getClassName().equals(className) && frame.getMethodName().startsWith(methodPrefix);
    }
  }

  private static final List<Call> CALLS = List.of(
      new Call("java.lang.Thread", "sleep", "Thread.sleep"),
      new Call("java.lang.Object", "wait", "Object.wait"),
      new Call("jdk.internal.misc.Unsafe", "park", "a JDK lock's park"),
      new Call("java.util.concurrent.locks.LockSupport", "park", "a JDK lock's park"),
      new Call("sun.nio.ch.NioSocketImpl", "read", "a blocking socket read"),
      new Call("sun.nio.ch.NioSocketImpl", "accept", "a blocking socket accept"),
      new Call("sun.nio.ch.NioSocketImpl", "connect", "a blocking socket connect"),
      new Call("sun.nio.ch.SocketChannelImpl", "read", "a blocking socket read"),
      new Call("sun.nio.ch.ServerSocketChannelImpl", "accept", "a blocking socket accept"),
      new Call("java.io.FileInputStream", "read", "a blocking file read"),
      new Call("java.lang.ProcessImpl", "waitFor", "Process.waitFor"));

  /** Packages of the JDK and of yieldlab's engine: not the experiment's own code. */
  private static final List<String> NOT_USER_CODE = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
      "dev.yieldlab.api.", "dev.yieldlab.loop.", "dev.yieldlab.junit.", "dev.yieldlab.instrument.",
      "dev.yieldlab.workers.", "dev.yieldlab.kernel.", "dev.yieldlab.reporting.", "dev.yieldlab.allure.");

  private BlockingCalls() {}

  /**
   * The blocking call of {@code stack}, innermost frame first: {@code Thread.sleep}, or, for a park,
   * the JDK method that parked ({@code a JDK lock's park in CompletableFuture.get}).
   */
  static Optional<String> of(List<StackTraceElement> stack) {
    for (int i = 0; i < stack.size(); i++) {
      StackTraceElement frame = stack.get(i);
      for (Call call : CALLS) {
        if (call.matches(frame)) {
          return Optional.of(call.name().equals("a JDK lock's park") ? park(stack, i) : call.name());
        }
      }
    }
    return Optional.empty();
  }

  private static String park(List<StackTraceElement> stack, int parkFrame) {
    for (StackTraceElement frame : stack.subList(parkFrame + 1, stack.size())) {
      String className = frame.getClassName();
      if (className.startsWith("java.util.concurrent.") && !className.contains("locks.")) {
        return "a JDK lock's park in " + simpleName(className) + "." + frame.getMethodName();
      }
      if (className.startsWith("java.util.concurrent.locks.Reentrant")) {
        return "a JDK lock's park in " + simpleName(className) + "." + frame.getMethodName();
      }
    }
    return "a JDK lock's park";
  }

  static boolean isUserCode(StackTraceElement frame) {
    String className = frame.getClassName();
    return NOT_USER_CODE.stream().noneMatch(className::startsWith);
  }

  private static String simpleName(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple;
  }
}
