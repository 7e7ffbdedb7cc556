# Sourced by mvnw, scripts/crm and .ci/run: makes JAVA_HOME point at a JDK 21 or newer, or stops with advice.
crm_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
crm_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(crm_java_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 21 ]; then return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /opt/java/openjdk /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(crm_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ]; then
      JAVA_HOME="$candidate"; export JAVA_HOME; return 0
    fi
  done
  echo "error: the Attack-a-Crack CRM needs a JDK 21 or newer (found none in JAVA_HOME or /usr/lib/jvm)." >&2
  echo "       Install one, e.g. 'apt-get install temurin-21-jdk' or 'openjdk-21-jdk', or set JAVA_HOME to it." >&2
  return 1
}
