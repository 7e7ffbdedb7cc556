#!/usr/bin/env bash
# Runs the purge of expired sessions, old invites and processed webhook ids now (the scheduler also runs it daily):
#   crm maintenance purge
# in the production image, or with the crm launcher at hand (the container's /usr/local/bin/crm, else scripts/crm).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/maintenance/purge.sh [--image IMAGE_REF]

Runs `crm maintenance purge` and prints how many sessions, invites, webhook events and heartbeats it deleted.
  - inside the production container (App Platform console of the worker component): uses its crm launcher;
  - on a developer machine: uses scripts/crm with the local configuration;
  - with --image: runs that image (e.g. registry.digitalocean.com/<registry>/crm:<tag>) with docker, passing the
    production variables by name from this shell's environment (values never on the command line): CRM_ENV,
    DATABASE_URL, REDIS_URL, PUBLIC_BASE_URL, SESSION_SECRET, OPENPHONE_API_KEY, OPENPHONE_PHONE_NUMBER_ID,
    OPENPHONE_WEBHOOK_SIGNING_KEY, CRM_PURGE_INVITE_RETENTION_DAYS, CRM_PURGE_WEBHOOK_RETENTION_DAYS,
    CRM_PURGE_HEARTBEAT_RETENTION_HOURS.

Options:
  --image IMAGE_REF  run the purge in this image with docker
  -h, --help         show this help
USAGE
}

image=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --image) [ $# -ge 2 ] || { echo "error: --image needs an image reference" >&2; exit 2; }; image="$2"; shift 2 ;;
    *) echo "error: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

if [ -n "$image" ]; then
  command -v docker >/dev/null || { echo "error: docker is not installed" >&2; exit 2; }
  env_args=()
  for name in CRM_ENV DATABASE_URL REDIS_URL PUBLIC_BASE_URL SESSION_SECRET OPENPHONE_API_KEY OPENPHONE_PHONE_NUMBER_ID \
              OPENPHONE_WEBHOOK_SIGNING_KEY CRM_PURGE_INVITE_RETENTION_DAYS CRM_PURGE_WEBHOOK_RETENTION_DAYS \
              CRM_PURGE_HEARTBEAT_RETENTION_HOURS; do
    env_args+=(-e "$name")
  done
  exec docker run --rm "${env_args[@]}" "$image" maintenance purge
fi

if command -v crm >/dev/null; then
  exec crm maintenance purge
fi
exec "$(cd "$(dirname "$0")/../.." && pwd)/scripts/crm" maintenance purge
