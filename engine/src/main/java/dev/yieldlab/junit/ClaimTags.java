package dev.yieldlab.junit;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestTag;

/** Claim ids as JUnit tags; ids that are not valid tag syntax (e.g. with spaces) are left out. */
final class ClaimTags {

  private ClaimTags() {}

  static Set<TestTag> of(Collection<String> claims) {
    return claims.stream().filter(TestTag::isValid).map(TestTag::create).collect(Collectors.toUnmodifiableSet());
  }
}
