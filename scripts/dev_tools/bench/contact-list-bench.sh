#!/usr/bin/env bash
# Million-row benchmark of the contact list and detail (issue 4 "Measure"): see ContactListBench.java.
#   scripts/dev_tools/bench/contact-list-bench.sh [-Dbench.contacts=N] [-Dbench.iterations=N] [-Dbench.warmup=N]
# Database: crm_bench on the local PostgreSQL (postgres://postgres@127.0.0.1:5432/crm_bench; BENCH_DATABASE_URL
# overrides), created and migrated when missing; the data is loaded once and kept, so reruns only time the queries.
# Builds the domain, application and persistence modules (and the dependency folder bootstrap/target/libs) if needed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
here="$root/scripts/dev_tools/bench"
cd "$root"
. "$root/.mvn/jdk.sh"
crm_pick_jdk
major=$(crm_java_major "$JAVA_HOME")
if [ "${major:-0}" -lt 25 ]; then
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] && [ "$(crm_java_major "$candidate")" -ge 25 ] && { JAVA_HOME="$candidate"; break; }
  done
fi
modules=(domain application adapters/persistence)
if [ ! -d bootstrap/target/libs ]; then
  ./mvnw -q -B -DskipTests package
elif [ -n "$(find "${modules[@]/%//src/main}" -newer adapters/persistence/target/classes -type f 2>/dev/null | head -n 1)" ] \
    || [ ! -d adapters/persistence/target/classes ]; then
  ./mvnw -q -B -o -Dspotbugs.skip -Dcheckstyle.skip -pl domain,application,adapters/persistence compile
fi
# The freshly built module classes first, then the third-party jars (not the copies of our own jars) from libs.
cp="domain/target/classes:application/target/classes:adapters/persistence/target/classes"
for jar in bootstrap/target/libs/*.jar; do
  case "$(basename "$jar")" in crm-*) ;; *) cp="$cp:$jar" ;; esac
done
exec "$JAVA_HOME/bin/java" -Xmx2g -Dlogback.configurationFile="$here/logback-bench.xml" "$@" \
  -cp "$cp" "$here/ContactListBench.java"
