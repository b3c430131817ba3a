package dev.yieldlab.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.instrument.samples.Computations;
import org.junit.jupiter.api.Test;

class ClassHierarchyTest {

  private final ClassHierarchy hierarchy =
      new ClassHierarchy(Instrumentation.instrumentedCopy(Computations.class).getClassLoader());

  @Test
  void theCommonSuperclassOfTwoJdkClassesIsTheirNearestSharedAncestor() {
    assertThat(hierarchy.commonSuperClass("java/util/ArrayList", "java/util/LinkedList")).isEqualTo("java/util/AbstractList");
    assertThat(hierarchy.commonSuperClass("java/lang/Integer", "java/lang/Long")).isEqualTo("java/lang/Number");
    assertThat(hierarchy.commonSuperClass("java/lang/Integer", "java/lang/Number")).isEqualTo("java/lang/Number");
  }

  @Test
  void experimentClassesAreResolvedFromClassFilesThroughTheInstrumentingLoader() {
    String samples = "dev/yieldlab/instrument/samples/Computations$";

    assertThat(hierarchy.commonSuperClass(samples + "Circle", samples + "Square")).isEqualTo(samples + "Shape");
  }

  @Test
  void anInterfaceMergesToObjectAsTheVerifierExpects() {
    assertThat(hierarchy.commonSuperClass("java/util/List", "java/util/ArrayList")).isEqualTo("java/lang/Object");
  }

  @Test
  void aTypeWithoutAClassFileIsReportedByName() {
    assertThatThrownBy(() -> hierarchy.commonSuperClass("no/such/Type", "java/lang/String"))
        .isInstanceOf(TypeNotPresentException.class)
        .hasMessageContaining("no.such.Type");
  }
}
