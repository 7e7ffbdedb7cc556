#!/usr/bin/env bash
# Measures `crm serve` start-up (process start to /health 200) and resident memory after it idles.
#   scripts/dev_tools/bench/startup.sh [--fresh] [idle-seconds]
# Data goes to ./var/bench (CRM_DATA_DIR overrides); --fresh deletes it first, to time a first start
# (binary extraction + initdb). Needs the jar built.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
fresh=""; [ "${1-}" = "--fresh" ] && { fresh=yes; shift; }
idle="${1:-60}"
port="${PORT:-8095}"
export CRM_DATA_DIR="${CRM_DATA_DIR:-$root/var/bench}" PORT="$port"
[ -z "$fresh" ] || rm -rf "$CRM_DATA_DIR"
log="$(mktemp)"
start=$(date +%s%N)
setsid scripts/crm serve >"$log" 2>&1 &
app=$!
trap 'kill -TERM -- -$app 2>/dev/null || true; sleep 3' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/health")" = 200 ]; do
  kill -0 "$app" 2>/dev/null || { tail -n 30 "$log"; echo "app exited" >&2; exit 1; }
  sleep 0.05
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
pid=$(pgrep -f "crm.jar serve" -n)
sleep "$idle"
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "start to /health 200: ${ready} ms"
echo "java RSS after ${idle}s idle: $((rss / 1024)) MiB (serve with in-process worker; embedded PostgreSQL/Redis are separate processes)"
