# Shared by the Java bench scripts (sourced, not run): picks a JDK 25+ for single-file programs, builds what is
# missing or stale, and puts the modules' classes and the third-party jars on the class path.
#   . scripts/dev_tools/bench/bench-classpath.sh; bench_prepare domain application adapters/persistence
# Sets JAVA_HOME and BENCH_CLASSPATH. Needs $root (the repository) and the current directory set to it.

bench_prepare() {
  . "$root/.mvn/jdk.sh"
  crm_pick_jdk
  if [ "$(crm_java_major "$JAVA_HOME")" -lt 25 ] 2>/dev/null; then
    for candidate in /usr/lib/jvm/*; do
      [ -x "$candidate/bin/java" ] && [ "$(crm_java_major "$candidate")" -ge 25 ] && { JAVA_HOME="$candidate"; break; }
    done
  fi
  local modules=("$@") module stale=""
  if [ ! -d bootstrap/target/libs ]; then
    ./mvnw -q -B -DskipTests package
  else
    for module in "${modules[@]}"; do
      if [ ! -d "$module/target/classes" ] \
          || [ -n "$(find "$module/src/main" -newer "$module/target/classes" -type f 2>/dev/null | head -n 1)" ]; then
        stale=yes
      fi
    done
    if [ -n "$stale" ]; then
      ./mvnw -q -B -o -Dspotbugs.skip -Dcheckstyle.skip -pl "$(IFS=,; echo "${modules[*]}")" compile \
        || echo "warning: the module build failed; running on the classes already in */target/classes" >&2
    fi
  fi
  # The module classes first, then the third-party jars (not the copies of our own jars) from libs.
  BENCH_CLASSPATH=""
  for module in "${modules[@]}"; do
    BENCH_CLASSPATH="${BENCH_CLASSPATH:+$BENCH_CLASSPATH:}$module/target/classes"
  done
  local jar
  for jar in bootstrap/target/libs/*.jar; do
    case "$(basename "$jar")" in crm-*) ;; *) BENCH_CLASSPATH="$BENCH_CLASSPATH:$jar" ;; esac
  done
}
