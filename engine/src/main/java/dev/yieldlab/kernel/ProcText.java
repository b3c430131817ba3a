package dev.yieldlab.kernel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads a small {@code /proc} file once, and finds its fields and {@code Name:\tvalue} lines. The
 * engine reads a few of these files around every run, so the read is the plain syscalls: {@code
 * Files.readAllLines} and {@code readString} cost 3 to 5 times as much here (a size probe, a
 * decoder, a list of lines), 25-50 µs a file against 5-9 µs, which a trivial experiment's whole run
 * did not take. The kernel writes these files in ASCII, so the bytes are the characters.
 */
final class ProcText {

  private ProcText() {}

  /**
   * The whole file, opened, read and closed ({@link ProcFile} reads it, as it does a file it keeps
   * open); a {@link java.nio.file.NoSuchFileException} where it does not exist.
   */
  static String read(Path file) throws IOException {
    try (ProcFile once = new ProcFile(file)) {
      return once.read();
    }
  }

  /**
   * The fields of {@code text} from index {@code from} on, split at runs of spaces, tabs and line
   * ends: what {@code trim().split("\\s+")} gives, without compiling a regular expression per call.
   */
  static String[] fields(String text, int from) {
    return fields(text, from, Integer.MAX_VALUE);
  }

  /**
   * The first {@code count} fields of {@code text} from index {@code from} on (fewer where it ends):
   * a {@code stat} line has 52, and a reader of its 20th need not split the 32 after it.
   */
  static String[] fields(String text, int from, int count) {
    List<String> fields = new ArrayList<>();
    int i = from;
    while (i < text.length() && fields.size() < count) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        fields.add(text.substring(start, i));
      }
    }
    return fields.toArray(String[]::new);
  }

  /**
   * The number on the line {@code field:} of a {@code status}-shaped text, empty where no line starts
   * with it; a {@link NumberFormatException} where the line holds no number.
   */
  static OptionalLong field(String text, String field) {
    int at = text.startsWith(field + ":") ? 0 : text.indexOf("\n" + field + ":");
    if (at < 0) {
      return OptionalLong.empty();
    }
    int start = text.indexOf(':', at + 1) + 1;
    int end = text.indexOf('\n', start);
    return OptionalLong.of(Long.parseLong(text.substring(start, end < 0 ? text.length() : end).trim()));
  }
}
