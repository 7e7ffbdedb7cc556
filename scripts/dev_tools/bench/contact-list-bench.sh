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
. "$here/bench-classpath.sh"
bench_prepare domain application adapters/persistence
exec "$JAVA_HOME/bin/java" -Xmx2g -Dlogback.configurationFile="$here/logback-bench.xml" "$@" \
  -cp "$BENCH_CLASSPATH" "$here/ContactListBench.java"
