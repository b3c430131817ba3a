package dev.yieldlab.api.strand;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A body written against {@link Strand} only, so that it runs as a coroutine of the loop and as a
 * virtual thread alike. A program's main body ({@link StrandProgram}) is a public class with a public
 * no-argument constructor: a child JVM makes its own instance by name.
 */
@API(status = EXPERIMENTAL, since = "0.2")
@FunctionalInterface
public interface StrandBody {

  void run(Strand self) throws Exception;
}
