#!/usr/bin/env bash
# Restores a dump made by backup.sh into the database at $TARGET_DATABASE_URL, after checking the dump is readable.
# Destructive for the objects in the dump (they are dropped and recreated), so it needs --yes.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: TARGET_DATABASE_URL=postgres://... scripts/maintenance/restore.sh --yes DUMP_FILE

Checks that DUMP_FILE is a readable pg_dump custom-format archive (pg_restore --list), then restores it into
$TARGET_DATABASE_URL in a single transaction (pg_restore --clean --if-exists --no-owner): tables in the dump are
dropped and recreated there; on any error nothing changes. Prefer restoring into a NEW database (or the new cluster of
a DigitalOcean restore) and pointing the app at it; see docs/OPERATIONS.md. The URL is never printed.

Options:
  --yes       confirm that the target database may be overwritten (required)
  -h, --help  show this help
USAGE
}

confirmed=false
dump=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --yes) confirmed=true; shift ;;
    -*) echo "error: unknown option '$1' (see --help)" >&2; exit 2 ;;
    *) [ -z "$dump" ] || { echo "error: only one dump file, got '$dump' and '$1'" >&2; exit 2; }; dump="$1"; shift ;;
  esac
done

[ -n "$dump" ] || { echo "error: name the dump file to restore (see --help)" >&2; exit 2; }
[ -f "$dump" ] && [ -r "$dump" ] || { echo "error: $dump is not a readable file" >&2; exit 2; }
if [ -z "${TARGET_DATABASE_URL:-}" ]; then
  echo "error: TARGET_DATABASE_URL is not set; refusing to guess which database to overwrite" >&2
  exit 2
fi
command -v pg_restore >/dev/null || { echo "error: pg_restore is not installed (apt-get install postgresql-client)" >&2; exit 2; }

if ! entries=$(pg_restore --list "$dump" 2>/dev/null | grep -cv '^;'); then
  echo "error: $dump is not a readable pg_dump custom-format archive" >&2
  exit 1
fi

# shellcheck source=scripts/maintenance/pg-env.sh
. "$(dirname "$0")/pg-env.sh"
pg_env_from_url "$TARGET_DATABASE_URL" || exit 2

if [ "$confirmed" != true ]; then
  echo "error: this overwrites the objects of $dump ($entries entries) in database $PGDATABASE on $PGHOST:$PGPORT;" \
       "run again with --yes to confirm" >&2
  exit 2
fi

pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
  --dbname="$PGDATABASE" "$dump"
echo "Restored $dump ($entries entries) into database $PGDATABASE on $PGHOST:$PGPORT"
