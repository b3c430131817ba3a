package dev.yieldlab.allure;

/**
 * The class path of allure-junit-platform for a child JVM: the engine's Surefire run keeps that
 * listener off its own class path (so that it never records the engine's tests) and hands its jars
 * over in a system property instead.
 */
final class ListenerClasspath {

  static final String PROPERTY = "yieldlab.test.allureListenerClasspath";

  private ListenerClasspath() {}

  static String get() {
    String classpath = System.getProperty(PROPERTY, "");
    if (!classpath.isBlank() && !classpath.startsWith("${")) {
      return classpath;
    }
    // Run from an IDE that ignores Surefire's exclusions, the listener may be on our own class path.
    try {
      Class.forName(AllureExperimentReporter.LISTENER);
      return "";
    } catch (ClassNotFoundException absent) {
      throw new IllegalStateException("allure-junit-platform is neither on the class path nor in system property "
          + PROPERTY + ", which the engine's pom sets for Surefire: run this test with Maven", absent);
    }
  }
}
