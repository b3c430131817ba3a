package dev.yieldlab.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.instrument.samples.Computations;
import dev.yieldlab.instrument.samples.CpuWork;
import dev.yieldlab.instrument.samples.LoopUser;
import dev.yieldlab.loop.EventLoop;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentingClassLoaderTest {

  @Test
  void theCopyIsAnotherClassDefinedByTheInstrumentingLoader() {
    Class<?> copy = Instrumentation.instrumentedCopy(Computations.class);

    assertThat(copy).isNotSameAs(Computations.class);
    assertThat(copy.getName()).isEqualTo(Computations.class.getName());
    assertThat(copy.getClassLoader()).isInstanceOf(InstrumentingClassLoader.class);
    assertThat(copy.getClassLoader().getParent()).isSameAs(Computations.class.getClassLoader());
  }

  @Test
  void nestedClassesOfTheCopyAreInstrumentedCopiesToo() throws Exception {
    Class<?> copy = Instrumentation.instrumentedCopy(Computations.class);
    ClassLoader loader = copy.getClassLoader();

    Class<?> sieve = loader.loadClass(Computations.class.getName() + "$Sieve");

    assertThat(sieve.getClassLoader()).isSameAs(loader);
    assertThat(sieve.getNestHost()).isSameAs(copy);
    assertThat(Class.forName(Computations.class.getName() + "$Sieve")).isNotSameAs(sieve);
  }

  @Test
  void theCopyHasItsOwnStatics() {
    Class<?> copy = Instrumentation.instrumentedCopy(Computations.class);
    int before = Computations.touched;

    Copies.callStatic(copy, "touch");
    Copies.callStatic(copy, "touch");

    assertThat(Computations.touched).isEqualTo(before);
    assertThat(Copies.callStatic(copy, "touch")).isEqualTo(3);
  }

  @Test
  void frameworkJdkAndUnselectedClassesComeFromTheParent() throws Exception {
    ClassLoader loader = Instrumentation.instrumentedCopy(LoopUser.class).getClassLoader();

    for (Class<?> shared : List.of(Loop.class, EventLoop.class, YieldPoints.class, String.class, CpuWork.class)) {
      assertThat(loader.loadClass(shared.getName())).as(shared.getName()).isSameAs(shared);
    }
  }

  @Test
  void twoCopiesAreIsolatedFromEachOther() {
    Class<?> first = Instrumentation.instrumentedCopy(Computations.class);
    Class<?> second = Instrumentation.instrumentedCopy(Computations.class);

    assertThat(first).isNotSameAs(second);
    assertThat(first.getClassLoader()).isNotSameAs(second.getClassLoader());
  }

  @Test
  void frameworkClassesCannotBeSelected() {
    assertThatThrownBy(() -> ClassSelection.nestOf(YieldPoints.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dev.yieldlab.instrument.YieldPoints");
    assertThatThrownBy(() -> ClassSelection.packageOf(String.class)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ClassSelection.packageOf(LoopUser.class).includes("dev.yieldlab.loop.EventLoop")).isFalse();
  }

  @Test
  void aPackageSelectionIncludesItsClassesButNotSubpackages() {
    ClassSelection selection = ClassSelection.packageOf(LoopUser.class);

    assertThat(selection.includes(CpuWork.class.getName())).isTrue();
    assertThat(selection.includes(Computations.class.getName() + "$Sieve")).isTrue();
    assertThat(selection.includes("dev.yieldlab.instrument.samples.deeper.Other")).isFalse();
  }

  @Test
  void theEngineCanCallTheCopysRunMethodWithTheParentsLoop() throws Exception {
    Class<?> copy = Instrumentation.instrumentedCopy(LoopUser.class);
    Object experiment = copy.getDeclaredConstructor().newInstance();
    Method run = Instrumentation.counterpart(LoopUser.class.getMethod("run", Loop.class), copy);
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL, Duration.ofSeconds(5));

    long result;
    try (InstalledPolicy policy = YieldPoints.install(YieldPolicy.everyBackEdges(1_000), loop::preemptAt)) {
      result = loop.run("main", () -> (Long) Copies.call(experiment, run, loop));
      assertThat(policy.yields()).as("10,000 back-edges in LoopUser, none counted in unselected CpuWork")
          .isEqualTo(10);
    }

    assertThat(result).isEqualTo(499_500L + 49_995_000L);
    assertThat(loop.timeline().logs()).containsExactly("cpu start", "cpu end");
  }
}
