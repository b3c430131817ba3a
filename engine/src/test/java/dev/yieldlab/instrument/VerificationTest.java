package dev.yieldlab.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.instrument.samples.Computations;
import dev.yieldlab.instrument.samples.CpuWork;
import dev.yieldlab.instrument.samples.LoopShapes;
import dev.yieldlab.instrument.samples.LoopUser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Transformed classes are valid class files: ASM's data-flow verifier accepts every method, and the
 * JVM's own verifier (on for every class not loaded by the boot loader) accepts them on linking.
 */
class VerificationTest {

  @ParameterizedTest(name = "{0} and its nest pass ASM's verifier after injection")
  @ValueSource(classes = {LoopShapes.class, Computations.class, CpuWork.class, LoopUser.class})
  void transformedClassesPassAsmsVerifier(Class<?> sample) {
    ClassLoader loader = Instrumentation.instrumentedCopy(sample).getClassLoader();
    for (Class<?> member : nestWithAnonymousClasses(sample)) {
      byte[] transformed = new YieldPointTransformer(loader).transform(Copies.classFile(member));
      assertThat(asmVerifierComplaints(transformed, loader)).as(member.getName()).isEmpty();
    }
  }

  @Test
  void generatedSwitchLoopsPassAsmsVerifierAfterInjection(@TempDir Path classes) {
    ClassLoader loader = BackwardSwitches.loader(classes);
    byte[] transformed = new YieldPointTransformer(loader).transform(BackwardSwitches.classFile());

    assertThat(asmVerifierComplaints(transformed, loader)).isEmpty();
  }

  @ParameterizedTest(name = "every method of the instrumented {0} links under the JVM verifier")
  @ValueSource(classes = {LoopShapes.class, Computations.class, CpuWork.class, LoopUser.class})
  void theJvmVerifiesAndLinksEveryInstrumentedClass(Class<?> sample) throws Exception {
    Class<?> copy = Instrumentation.instrumentedCopy(sample);
    for (Class<?> member : nestWithAnonymousClasses(sample)) {
      Class<?> linked = Class.forName(member.getName(), true, copy.getClassLoader());
      // Reflection over methods forces resolution of their signatures; linking verified the code.
      assertThat(linked.getDeclaredMethods()).as(member.getName()).isNotNull();
      assertThat(linked.getClassLoader()).isSameAs(copy.getClassLoader());
    }
  }

  @Test
  void theJvmInTheseTestsRejectsAnUnverifiableClass() {
    // Proves the test above can fail: verification of classes from custom loaders is really on.
    byte[] broken = brokenClass();
    ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) {
        return defineClass(name, broken, 0, broken.length);
      }
    };

    assertThatThrownBy(() -> {
      Method bad = Class.forName("dev.yieldlab.instrument.generated.Broken", true, loader).getMethod("bad");
      bad.invoke(null);
    }).isInstanceOf(VerifyError.class);
  }

  private static List<Class<?>> nestWithAnonymousClasses(Class<?> host) {
    List<Class<?>> members = new ArrayList<>(List.of(host.getNestMembers()));
    for (int i = 1; ; i++) {
      try {
        members.add(Class.forName(host.getName() + "$" + i, false, host.getClassLoader()));
      } catch (ClassNotFoundException end) {
        return members.stream().distinct().toList();
      }
    }
  }

  private static String asmVerifierComplaints(byte[] classFile, ClassLoader loader) {
    StringWriter complaints = new StringWriter();
    CheckClassAdapter.verify(new ClassReader(classFile), loader, false, new PrintWriter(complaints));
    return complaints.toString();
  }

  /** {@code static Object bad()} that returns an int: the verifier must refuse it. */
  private static byte[] brokenClass() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V25, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "dev/yieldlab/instrument/generated/Broken",
        null, "java/lang/Object", null);
    MethodVisitor mv = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "bad", "()Ljava/lang/Object;", null, null);
    mv.visitCode();
    mv.visitInsn(Opcodes.ICONST_0);
    mv.visitInsn(Opcodes.ARETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }
}
