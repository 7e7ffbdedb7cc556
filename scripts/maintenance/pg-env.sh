#!/usr/bin/env bash
# Sourced by backup.sh and restore.sh: turns a postgres:// URL into libpq's PG* environment variables, so the URL
# and its password never appear on a command line (ps), in output or in logs.
#   pg_env_from_url "$SOME_URL" || exit 2
pg_env_from_url() {
  local url="$1"
  local re='^postgres(ql)?://([^:@/]+)(:([^@]*))?@([^:/?]+)(:([0-9]+))?/([^?]+)(\?(.*))?$'
  if [[ ! "$url" =~ $re ]]; then
    echo "error: the database URL is not of the form postgres://user:password@host:port/database[?sslmode=...]" >&2
    return 1
  fi
  PGUSER="$(pg_url_decode "${BASH_REMATCH[2]}")"
  PGPASSWORD="$(pg_url_decode "${BASH_REMATCH[4]}")"
  PGHOST="${BASH_REMATCH[5]}"
  PGPORT="${BASH_REMATCH[7]:-5432}"
  PGDATABASE="$(pg_url_decode "${BASH_REMATCH[8]}")"
  export PGUSER PGPASSWORD PGHOST PGPORT PGDATABASE
  local query="${BASH_REMATCH[10]}" pair
  local -a pairs
  IFS='&' read -r -a pairs <<< "$query"
  for pair in "${pairs[@]}"; do
    case "$pair" in
      sslmode=*) export PGSSLMODE="${pair#sslmode=}" ;;
    esac
  done
  if [ -z "$PGPASSWORD" ]; then
    unset PGPASSWORD
  fi
}

pg_url_decode() {
  local value="${1//+/ }"
  printf '%b' "${value//%/\\x}"
}
