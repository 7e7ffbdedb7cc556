#!/usr/bin/env bash
# Backs up the CRM database: pg_dump in custom format (compressed, restorable table by table with pg_restore) of
# $DATABASE_URL into a timestamped file. The URL and its password are never printed.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: DATABASE_URL=postgres://... scripts/maintenance/backup.sh [--out DIR]

Dumps the database at $DATABASE_URL (pg_dump --format=custom) to DIR/crm-<UTC timestamp>.dump
(DIR defaults to the current directory) and prints the file's path and size.
Restore it with scripts/maintenance/restore.sh. Needs pg_dump of the server's major version or newer.

Options:
  --out DIR   where to write the dump (created if missing)
  -h, --help  show this help
USAGE
}

out_dir="."
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --out) [ $# -ge 2 ] || { echo "error: --out needs a directory" >&2; exit 2; }; out_dir="$2"; shift 2 ;;
    *) echo "error: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

if [ -z "${DATABASE_URL:-}" ]; then
  echo "error: DATABASE_URL is not set; refusing to guess which database to back up" >&2
  exit 2
fi
command -v pg_dump >/dev/null || { echo "error: pg_dump is not installed (apt-get install postgresql-client)" >&2; exit 2; }

# shellcheck source=scripts/maintenance/pg-env.sh
. "$(dirname "$0")/pg-env.sh"
pg_env_from_url "$DATABASE_URL" || exit 2

mkdir -p "$out_dir"
file="$out_dir/crm-$(date -u +%Y%m%dT%H%M%SZ).dump"
umask 077
if ! pg_dump --format=custom --no-owner --no-privileges --file="$file"; then
  rm -f "$file"
  echo "error: pg_dump failed (database $PGDATABASE on $PGHOST:$PGPORT); no backup written" >&2
  exit 1
fi
echo "Backed up database $PGDATABASE on $PGHOST:$PGPORT to $file ($(du -h "$file" | cut -f1))"
