package dev.yieldlab.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URLClassLoader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A class javac cannot write: loops whose back-edges are switch targets (javac lays case bodies out
 * after the switch). It counts {@code n} down to 0 through a {@code tableswitch} or {@code
 * lookupswitch} whose default jumps back, and returns how many rounds it made ({@code n}, for n ≥ 1).
 */
final class BackwardSwitches {

  static final String NAME = "dev.yieldlab.instrument.generated.BackwardSwitches";

  private BackwardSwitches() {}

  static byte[] classFile() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V25, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
        NAME.replace('.', '/'), null, "java/lang/Object", null);
    countDown(writer, "countDownTable", true);
    countDown(writer, "countDownLookup", false);
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** A class loader that has only the generated class, as a class file on disk (so resources work). */
  static ClassLoader loader(Path directory) {
    try {
      Path file = directory.resolve(NAME.replace('.', '/') + ".class");
      Files.createDirectories(file.getParent());
      Files.write(file, classFile());
      return new URLClassLoader(new URL[] {directory.toUri().toURL()}, BackwardSwitches.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void countDown(ClassWriter writer, String name, boolean table) {
    MethodVisitor mv = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, "(I)I", null, null);
    mv.visitCode();
    Label top = new Label();
    Label done = new Label();
    mv.visitInsn(Opcodes.ICONST_0);
    mv.visitVarInsn(Opcodes.ISTORE, 1);
    mv.visitLabel(top);
    mv.visitIincInsn(1, 1);
    mv.visitIincInsn(0, -1);
    mv.visitVarInsn(Opcodes.ILOAD, 0);
    if (table) {
      mv.visitTableSwitchInsn(0, 0, top, done);
    } else {
      mv.visitLookupSwitchInsn(top, new int[] {0, 5}, new Label[] {done, top});
    }
    mv.visitLabel(done);
    mv.visitVarInsn(Opcodes.ILOAD, 1);
    mv.visitInsn(Opcodes.IRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }
}
