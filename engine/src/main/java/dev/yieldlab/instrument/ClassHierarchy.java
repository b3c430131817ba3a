package dev.yieldlab.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * Superclasses and interface flags read from class files through one class loader, without loading
 * any class: asking the JVM ({@code Class.forName}) while the instrumenting loader is defining a
 * class could define a selected class twice, or resolve it through the wrong loader.
 */
final class ClassHierarchy {

  private record Header(String superName, boolean isInterface) {}

  private static final String OBJECT = "java/lang/Object";

  private final ClassLoader loader;
  private final Map<String, Header> headers = new ConcurrentHashMap<>();

  ClassHierarchy(ClassLoader loader) {
    this.loader = loader;
  }

  /** The nearest common superclass of two internal names, as {@code ClassWriter.getCommonSuperClass} needs. */
  String commonSuperClass(String first, String second) {
    if (first.equals(second)) {
      return first;
    }
    if (header(first).isInterface() || header(second).isInterface()) {
      return OBJECT; // the verifier treats interfaces as Object
    }
    Set<String> firstAndSupers = new LinkedHashSet<>();
    for (String type = first; type != null; type = header(type).superName()) {
      firstAndSupers.add(type);
    }
    for (String type = second; type != null; type = header(type).superName()) {
      if (firstAndSupers.contains(type)) {
        return type;
      }
    }
    return OBJECT;
  }

  private Header header(String internalName) {
    return headers.computeIfAbsent(internalName, this::read);
  }

  private Header read(String internalName) {
    try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
      if (in == null) {
        throw new TypeNotPresentException(internalName.replace('/', '.'), new ClassNotFoundException(
            "no class file " + internalName + ".class visible to " + loader + " while recomputing stack map frames"));
      }
      ClassReader reader = new ClassReader(in);
      return new Header(reader.getSuperName(), (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + internalName + ".class", e);
    }
  }
}
