package dev.yieldlab.instrument;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import org.apiguardian.api.API;

/**
 * Defines instrumented copies of the selected classes, child-first, and delegates every other class
 * to its parent, parent-first: the copies share the framework's {@code Loop}, api and JDK classes
 * with the engine, while their own statics and {@code Class} objects stay separate from the
 * originals (which the parent may have loaded and may keep running as the plain variant).
 *
 * <p>Class files of selected classes are read from the parent as resources, transformed, and
 * defined here; nothing is loaded to transform them (see {@code ClassHierarchy}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InstrumentingClassLoader extends ClassLoader {

  static {
    registerAsParallelCapable();
  }

  private final ClassSelection selection;
  private final YieldPointTransformer transformer;
  private final InjectedPolls injected = new InjectedPolls();

  public InstrumentingClassLoader(ClassLoader parent, ClassSelection selection) {
    super("yieldlab-instrumented", parent);
    this.selection = selection;
    this.transformer = new YieldPointTransformer(this, injected);
  }

  /** The polls injected into the classes defined so far. */
  public InjectedPolls injected() {
    return injected;
  }

  public ClassSelection selection() {
    return selection;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!selection.includes(name)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> copy = findLoadedClass(name);
      if (copy == null) {
        copy = defineInstrumented(name);
      }
      if (resolve) {
        resolveClass(copy);
      }
      return copy;
    }
  }

  private Class<?> defineInstrumented(String name) throws ClassNotFoundException {
    byte[] original = originalClassFile(name);
    byte[] instrumented;
    try {
      instrumented = transformer.transform(original);
    } catch (RuntimeException e) {
      throw new ClassNotFoundException("cannot inject yield points into " + name + ": " + e, e);
    }
    return defineClass(name, instrumented, 0, instrumented.length);
  }

  private byte[] originalClassFile(String name) throws ClassNotFoundException {
    String path = name.replace('.', '/') + ".class";
    try (InputStream in = getResourceAsStream(path)) {
      if (in == null) {
        throw new ClassNotFoundException(name + " (no " + path + " visible to " + getParent() + ")");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ClassNotFoundException("cannot read " + path, e);
    }
  }
}
