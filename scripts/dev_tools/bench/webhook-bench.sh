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
. "$here/bench-classpath.sh"
bench_prepare domain application adapters/persistence adapters/redis adapters/openphone
echo "$JAVA_HOME/bin/java -Xmx2g -Dlogback.configurationFile=$here/logback-bench.xml $* -cp <classes+libs> $here/WebhookBench.java"
exec "$JAVA_HOME/bin/java" -Xmx2g -Dlogback.configurationFile="$here/logback-bench.xml" "$@" \
  -cp "$BENCH_CLASSPATH" "$here/WebhookBench.java"
