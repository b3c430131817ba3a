package dev.yieldlab.loop;

/**
 * Checks, before any class that touches {@code jdk.internal.vm.Continuation} is loaded, that the JVM
 * was started with the export yieldlab needs. Without it the JVM would throw an IllegalAccessError
 * deep inside class linking; this turns that into one sentence that says what to add and where.
 */
public final class ContinuationAccess {

  /** The JVM option the coroutines need. */
  public static final String REQUIRED_OPTION = "--add-exports java.base/jdk.internal.vm=ALL-UNNAMED";

  /** What to tell a user whose JVM lacks {@link #REQUIRED_OPTION}. */
  public static final String MISSING_EXPORT_MESSAGE =
      "yieldlab's coroutines need jdk.internal.vm.Continuation, which this JVM does not export: start it with "
          + REQUIRED_OPTION
          + " (Maven: inherit dev.yieldlab:yieldlab-experiments-parent, whose argLine property has it; a pom that"
          + " sets argLine or Surefire's <argLine> itself must keep ${yieldlab.addExports} in it; IntelliJ/Eclipse:"
          + " take it from that argLine when the project is imported from Maven, else add it to the JUnit run"
          + " configuration's VM options; java: on the command line).";

  private ContinuationAccess() {}

  /** Throws {@link MissingExportException} unless {@code jdk.internal.vm} is exported to yieldlab. */
  public static void require() {
    Module javaBase = Object.class.getModule();
    if (!javaBase.isExported("jdk.internal.vm", ContinuationAccess.class.getModule())) {
      throw new MissingExportException(MISSING_EXPORT_MESSAGE, null);
    }
  }

  /**
   * Returns {@code thrown}, or, when it is the JVM's IllegalAccessError for the missing export, a
   * {@link MissingExportException} that says which option to add.
   */
  public static Throwable explain(Throwable thrown) {
    boolean missingExport = thrown instanceof IllegalAccessError
        && String.valueOf(thrown.getMessage()).contains("jdk.internal.vm");
    return missingExport ? new MissingExportException(MISSING_EXPORT_MESSAGE, thrown) : thrown;
  }
}
