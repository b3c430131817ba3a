package dev.yieldlab.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/** Test helpers: call methods of plain classes and their instrumented copies alike, read bytecode. */
final class Copies {

  private Copies() {}

  /** Calls the static method {@code name} of {@code type} (the only one of that name), rethrowing what it throws. */
  static Object callStatic(Class<?> type, String name, Object... args) {
    return call(null, method(type, name), args);
  }

  static Object call(Object target, Method method, Object... args) {
    try {
      method.setAccessible(true);
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw Copies.<RuntimeException>sneaky(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  static Method method(Class<?> type, String name) {
    Method[] named = Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).toArray(Method[]::new);
    if (named.length != 1) {
      throw new IllegalArgumentException(type + " has " + named.length + " methods named " + name);
    }
    return named[0];
  }

  /** The class file of {@code type} as compiled. */
  static byte[] classFile(Class<?> type) {
    String path = type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code type}'s class file with yield points injected. */
  static byte[] instrumented(Class<?> type) {
    return new YieldPointTransformer(type.getClassLoader()).transform(classFile(type));
  }

  /** ASM Textifier listing of one method (debug info dropped so that line edits do not matter). */
  static String listing(byte[] classFile, String methodName) {
    ClassNode node = new ClassNode();
    new ClassReader(classFile).accept(node, ClassReader.SKIP_DEBUG);
    MethodNode method = node.methods.stream().filter(m -> m.name.equals(methodName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no method " + methodName + " in " + node.name));
    Textifier textifier = new Textifier();
    method.accept(new TraceMethodVisitor(textifier));
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      out.println("// " + node.name + "." + method.name + method.desc);
      textifier.print(out);
    }
    return text.toString();
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
