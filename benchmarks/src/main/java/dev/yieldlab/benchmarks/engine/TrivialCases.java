package dev.yieldlab.benchmarks.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Generates the two sets of trivial cases the engine-overhead benchmark compares, each a public class
 * with a public no-argument constructor and one empty method:
 * <pre>{@code
 * @Experiment(claim = "bench") public class TrivialExperiment0042 { @Run public void run(Loop loop) {} }
 * public class TrivialJupiterTest0042 { @Test public void test() {} }
 * }</pre>
 */
final class TrivialCases {

  private static final String PACKAGE = "dev/yieldlab/benchmarks/generated/";

  private TrivialCases() {}

  static List<Class<?>> experiments(int count) {
    return generate(count, "TrivialExperiment", "Ldev/yieldlab/api/Experiment;", "run",
        "(Ldev/yieldlab/api/Loop;)V", "Ldev/yieldlab/api/Run;");
  }

  static List<Class<?>> jupiterTests(int count) {
    return generate(count, "TrivialJupiterTest", null, "test", "()V", "Lorg/junit/jupiter/api/Test;");
  }

  private static List<Class<?>> generate(int count, String simpleName, String classAnnotation,
      String methodName, String methodDescriptor, String methodAnnotation) {
    GeneratedClassLoader loader = new GeneratedClassLoader(TrivialCases.class.getClassLoader());
    List<Class<?>> classes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String internalName = PACKAGE + simpleName + String.format(Locale.ROOT, "%04d", i);
      byte[] classFile = classFile(internalName, classAnnotation, methodName, methodDescriptor, methodAnnotation);
      classes.add(loader.define(internalName.replace('/', '.'), classFile));
    }
    return List.copyOf(classes);
  }

  private static byte[] classFile(String internalName, String classAnnotation, String methodName,
      String methodDescriptor, String methodAnnotation) {
    // Straight-line code only: no frames to compute, so no class hierarchy lookups are needed.
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internalName, null, "java/lang/Object", null);
    if (classAnnotation != null) {
      AnnotationVisitor experiment = writer.visitAnnotation(classAnnotation, true);
      AnnotationVisitor claims = experiment.visitArray("claim");
      claims.visit(null, "bench");
      claims.visitEnd();
      experiment.visitEnd();
    }
    MethodVisitor constructor = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
    constructor.visitCode();
    constructor.visitVarInsn(Opcodes.ALOAD, 0);
    constructor.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    constructor.visitInsn(Opcodes.RETURN);
    constructor.visitMaxs(0, 0);
    constructor.visitEnd();
    MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC, methodName, methodDescriptor, null, null);
    method.visitAnnotation(methodAnnotation, true).visitEnd();
    method.visitCode();
    method.visitInsn(Opcodes.RETURN);
    method.visitMaxs(0, 0);
    method.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }
}
