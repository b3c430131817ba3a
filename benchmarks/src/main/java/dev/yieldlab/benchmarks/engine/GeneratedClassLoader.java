package dev.yieldlab.benchmarks.engine;

/**
 * Defines the generated cases. Its parent is the benchmark's loader, so the annotations the cases
 * carry ({@code @Experiment}, {@code @Test}) are the very types the engines look for.
 */
final class GeneratedClassLoader extends ClassLoader {

  GeneratedClassLoader(ClassLoader parent) {
    super("yieldlab-benchmark-cases", parent);
  }

  Class<?> define(String binaryName, byte[] classFile) {
    return defineClass(binaryName, classFile, 0, classFile.length);
  }
}
