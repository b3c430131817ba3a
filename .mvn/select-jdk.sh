# Sourced by ./mvnw (a yieldlab addition to the generated wrapper): yieldlab needs JDK 25
# (jdk.internal.vm.Continuation), while the default java on our machines is 17. Rather than asking
# people to set JAVA_HOME, look for a JDK 25 where JDKs are usually installed and run Maven on it.
# Plain `mvn` users are covered by maven-toolchains-plugin's select-jdk-toolchain in pom.xml.
yieldlab_jdk_major() {
  # Reads JAVA_VERSION="25.0.1" from a JDK's release file; prints the major version or nothing.
  [ -f "$1/release" ] && [ -x "$1/bin/javac" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}
yieldlab_find_jdk() {
  set +f # mvnw runs with globbing off; the candidates below are globs
  for candidate in "${JAVA_HOME-}" "${JAVA25_HOME-}" /usr/lib/jvm/*25* /usr/lib/jvm/* \
                   "$HOME"/.jdks/* "$HOME"/.sdkman/candidates/java/* /opt/java/* /opt/*jdk*; do
    [ -n "$candidate" ] || continue
    if [ "$(yieldlab_jdk_major "$candidate")" = 25 ]; then
      printf '%s\n' "$candidate"
      set -f
      return 0
    fi
  done
  set -f
  return 1
}
if yieldlab_jdk="$(yieldlab_find_jdk)"; then
  JAVA_HOME="$yieldlab_jdk"
  export JAVA_HOME
  # Maven 3.9 still calls sun.misc.Unsafe through Guice; JDK 25 warns about it on every run.
  MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS-}"
  export MAVEN_OPTS
else
  echo "yieldlab needs a JDK 25 and found none: install one (e.g. Temurin 25 into /usr/lib/jvm) or set JAVA25_HOME to its directory." >&2
  exit 1
fi
