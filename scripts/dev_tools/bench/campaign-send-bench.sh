#!/usr/bin/env bash
# Campaign send throughput benchmark (issue 7 "Measure"): see CampaignSendBench.java.
#   scripts/dev_tools/bench/campaign-send-bench.sh [N] [-Dbench.recipients=600] [-Dbench.warmup=50]
# N is the fake OpenPhone server's limit in requests/second (default 10; the app's OPENPHONE_REQUESTS_PER_SECOND is set
# to the same). Two runs: one `crm worker`, then two, each with one `crm scheduler`, as REAL child JVMs from
# bootstrap/target/crm.jar (its manifest class path is bootstrap/target/libs); the fake server runs in the benchmark's
# JVM. Prints sends/second over N for each run and the 429s the fake answered (want >= 0.95 and 0).
# Database: crm_campaign_bench on the local PostgreSQL (postgres://postgres@127.0.0.1:5432/crm_campaign_bench;
# BENCH_DATABASE_URL overrides, its database name must contain "bench"), DROPPED and recreated for every run. Redis:
# BENCH_REDIS_URL (default redis://127.0.0.1:6379), under a fresh key prefix deleted afterwards.
# Needs `./mvnw -B -o install -DskipTests` (or package) first: the workers run crm.jar and the fake is the openphone
# module's test class (adapters/openphone/target/test-classes).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
here="$root/scripts/dev_tools/bench"
cd "$root"
. "$here/bench-classpath.sh"
bench_prepare domain application adapters/persistence adapters/redis adapters/openphone adapters/phone
if [ ! -f bootstrap/target/crm.jar ] || [ ! -d adapters/openphone/target/test-classes ]; then
  ./mvnw -q -B -o -DskipTests install
fi
limit=10
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then limit="$1"; shift; fi
cp="$BENCH_CLASSPATH:adapters/openphone/target/test-classes"
echo "$JAVA_HOME/bin/java -Xmx1g -Dlogback.configurationFile=$here/logback-bench.xml $* -cp <classes+libs> $here/CampaignSendBench.java $limit"
exec "$JAVA_HOME/bin/java" -Xmx1g -Dlogback.configurationFile="$here/logback-bench.xml" \
  -Dbench.childClassPath="$root/bootstrap/target/crm.jar" "$@" \
  -cp "$cp" "$here/CampaignSendBench.java" "$limit"
