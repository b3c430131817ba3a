package dev.yieldlab.workers;

import java.io.IOException;
import java.io.InputStream;

/**
 * Makes a child JVM halt when its parent is gone. The parent holds the write end of the child's
 * stdin and never writes; when the parent dies, even by SIGKILL where no shutdown hook runs, the
 * kernel closes that end and the child reads end of file.
 */
final class ParentWatch {

  /** The exit code of a child that halted because its parent died. */
  static final int ORPHANED_EXIT_CODE = 86;

  private ParentWatch() {}

  static void start(InputStream lifeline) {
    Thread.ofPlatform().name("yieldlab-parent-watch").daemon(true).start(() -> {
      try {
        while (lifeline.read() != -1) {
          // nothing is ever written; anything that is, is ignored
        }
      } catch (IOException broken) {
        // a broken pipe means the same as end of file: the parent is gone
      }
      // halt, not exit: no shutdown hook or finalization may keep an orphan computing.
      Runtime.getRuntime().halt(ORPHANED_EXIT_CODE);
    });
  }
}
