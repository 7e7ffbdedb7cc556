#!/usr/bin/env bash
# Import benchmark (issue 5 "Measure"): a generated PropertyRadar file (GeneratePropertyRadarFile.java) imported
# with the real `crm import` into an empty database and into a copy of the million-contact crm_bench database
# (contact-list-bench.sh builds it), against the floor of a plain COPY of the same file into an unindexed table;
# then the peak memory (max RSS) of `crm import` on a 1,000,000-row file under -Xmx256m.
#   scripts/dev_tools/bench/import-bench.sh [rows (default 100000)] [--memory]
# Databases (on the local PostgreSQL, postgres://postgres@127.0.0.1:5432): crm_import_floor, crm_import_empty,
# crm_import_big (dropped and re-created each run). Needs the jar built (./mvnw -q -B -DskipTests package).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
here="$root/scripts/dev_tools/bench"
cd "$root"
. "$root/.mvn/jdk.sh"
crm_pick_jdk
rows="${1:-100000}"
memory=""; [ "${2-}" = "--memory" ] && memory=yes
server="postgres://postgres@127.0.0.1:5432"
psql_=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres)
out="$root/target/bench"; mkdir -p "$out"
file="$out/propertyradar-$rows.csv"
[ -f "$file" ] || "$JAVA_HOME/bin/java" "$here/GeneratePropertyRadarFile.java" "$file" "$rows"
echo "File: $file ($rows rows, $(du -h "$file" | cut -f1))"

fresh() { "${psql_[@]}" -d postgres -c "drop database if exists $1" -c "create database $1 ${2:-}"; }

fresh crm_import_floor
columns=$(head -n 1 "$file" | tr -d '\r' | awk -F, '{for (i = 1; i <= NF; i++) printf "%sc%d text", (i > 1 ? ", " : ""), i}')
"${psql_[@]}" -d crm_import_floor -c "create table floor ($columns)"
floor_start=$(date +%s%N)
"${psql_[@]}" -d crm_import_floor -c "\\copy floor from '$file' with (format csv, header true)"
floor_ms=$(( ($(date +%s%N) - floor_start) / 1000000 ))
echo "Floor: plain COPY into an unindexed table: ${floor_ms} ms ($(( rows * 1000 / (floor_ms > 0 ? floor_ms : 1) )) rows/s)"

run_import() { # database label
  DATABASE_URL="$server/$1" scripts/crm migrate >/dev/null
  local start; start=$(date +%s%N)
  DATABASE_URL="$server/$1" scripts/crm import "$file" --format propertyradar 2>/dev/null | tee "$out/import-$1.txt"
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "$2: whole command ${ms} ms; $(( rows * 1000 / ms )) rows/s; $(awk "BEGIN { printf \"%.1f\", $ms / $floor_ms }")x the COPY floor"
}

fresh crm_import_empty
run_import crm_import_empty "Into an empty database"
if "${psql_[@]}" -d postgres -Atc "select 1 from pg_database where datname = 'crm_bench'" | grep -q 1; then
  fresh crm_import_big "template crm_bench"
  "${psql_[@]}" -d crm_import_big -Atc "select 'Copy of crm_bench holds ' || count(*) || ' contacts' from contacts"
  run_import crm_import_big "Into 1,000,000 contacts"
  echo "Again, the same file (every row already there):"
  run_import crm_import_big "Re-import"
else
  echo "crm_bench not found: run contact-list-bench.sh first for the million-contact figure."
fi

if [ -n "$memory" ]; then
  big="$out/propertyradar-1000000.csv"
  [ -f "$big" ] || "$JAVA_HOME/bin/java" "$here/GeneratePropertyRadarFile.java" "$big" 1000000
  fresh crm_import_empty
  DATABASE_URL="$server/crm_import_empty" scripts/crm migrate >/dev/null
  DATABASE_URL="$server/crm_import_empty" JAVA_OPTS="-Xmx256m" /usr/bin/time -v scripts/crm import "$big" \
    2>"$out/import-memory.txt" | tail -n 12
  grep -E "Maximum resident|Elapsed" "$out/import-memory.txt"
fi
