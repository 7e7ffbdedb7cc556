#!/usr/bin/env bash
# Webhook receiver throughput benchmark (issue 6 "Measure"): see WebhookBench.java.
#   scripts/dev_tools/bench/webhook-bench.sh [-Dbench.requests=N] [-Dbench.warmup=N] [-Dbench.senders=N] [-Dbench.pool=N]
# Database: crm_webhook_bench on the local PostgreSQL (postgres://postgres@127.0.0.1:5432/crm_webhook_bench;
# BENCH_DATABASE_URL overrides, its database name must contain "bench"), DROPPED and recreated on every run.
# Builds the dependency folder bootstrap/target/libs if missing, and recompiles the domain, application, persistence
# and OpenPhone modules when their sources are newer than their classes (keeping the existing classes if that fails).
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
modules=(domain application adapters/persistence adapters/openphone)
if [ ! -d bootstrap/target/libs ]; then
  ./mvnw -q -B -DskipTests package
else
  stale=""
  for module in "${modules[@]}"; do
    if [ ! -d "$module/target/classes" ] \
        || [ -n "$(find "$module/src/main" -newer "$module/target/classes" -type f 2>/dev/null | head -n 1)" ]; then
      stale=yes
    fi
  done
  if [ -n "$stale" ]; then
    ./mvnw -q -B -o -Dspotbugs.skip -Dcheckstyle.skip -pl domain,application,adapters/persistence,adapters/openphone compile \
      || echo "warning: the module build failed; running on the classes already in */target/classes" >&2
  fi
fi
# The module classes first, then the third-party jars (not the copies of our own jars) from libs.
cp="domain/target/classes:application/target/classes:adapters/persistence/target/classes:adapters/openphone/target/classes"
for jar in bootstrap/target/libs/*.jar; do
  case "$(basename "$jar")" in crm-*) ;; *) cp="$cp:$jar" ;; esac
done
echo "$JAVA_HOME/bin/java -Xmx2g -Dlogback.configurationFile=$here/logback-bench.xml $* -cp <classes+libs> $here/WebhookBench.java"
exec "$JAVA_HOME/bin/java" -Xmx2g -Dlogback.configurationFile="$here/logback-bench.xml" "$@" \
  -cp "$cp" "$here/WebhookBench.java"
