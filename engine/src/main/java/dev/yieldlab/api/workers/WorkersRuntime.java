package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.strand.StrandProgram;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.apiguardian.api.API;

/**
 * What runs the workers this package describes: processes, threads, an emulated GIL, virtual threads
 * in a child JVM, the post's Python. The descriptions ({@link Workers}, {@link PythonScript}) are the
 * author's surface; running them is the engine's job, found through {@link ServiceLoader} so that this
 * package, like the rest of the api, knows no engine package (the engine's jar registers it).
 */
@API(status = INTERNAL, since = "0.4")
public interface WorkersRuntime {

  /** Runs {@code workers}; see {@link Workers#run(Loop)}. */
  WorkersResult run(Workers workers, Loop loop);

  /** Runs {@code program} on {@code workers}' scheduler; see {@link Workers#run(Loop, StrandProgram)}. */
  StrandRun run(Workers workers, Loop loop, StrandProgram program);

  /** Runs {@code script}; see {@link PythonScript#run(Loop)}. */
  PythonRun run(PythonScript script, Loop loop);

  /** See {@link PythonScript#requirePython()}. */
  Path requirePython();

  /** The runtime on the class path: yieldlab's engine provides it. */
  static WorkersRuntime load() {
    return Holder.RUNTIME;
  }

  /** Loaded once, on first use. */
  final class Holder {
    private static final WorkersRuntime RUNTIME = ServiceLoader.load(WorkersRuntime.class, WorkersRuntime.class.getClassLoader())
        .findFirst().orElseThrow(() -> new IllegalStateException("no " + WorkersRuntime.class.getName() + " on the class"
            + " path: the yieldlab-engine jar registers one in META-INF/services; put it on the test class path"));

    private Holder() {}
  }
}
