#!/usr/bin/env bash
# Rolls production back: runs the Deploy workflow (.github/workflows/deploy.yml, input `tag`) with the previous good
# image tag, found from the successful CI runs on main (each pushed `sha-<commit>`), or the tag given.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/maintenance/rollback.sh [--dry-run] [--repo OWNER/NAME] [TAG]

Without TAG: picks the image of the second-newest successful CI run of a push to main (the newest is what the
last deploy without a tag shipped), i.e. sha-<that run's commit>. Check the Deploy run summary for the tag actually
running if deploys were made with explicit tags, and pass the previous one as TAG.
Then runs: gh workflow run deploy.yml -f tag=TAG, and prints how to follow the run.

Needs the GitHub CLI (gh), logged in with permission to run workflows.

Options:
  --dry-run          print the tag and the command, run nothing
  --repo OWNER/NAME  the GitHub repository (default: the current checkout's)
  -h, --help         show this help
USAGE
}

dry_run=false
tag=""
repo_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --dry-run) dry_run=true; shift ;;
    --repo) [ $# -ge 2 ] || { echo "error: --repo needs OWNER/NAME" >&2; exit 2; }; repo_args=(--repo "$2"); shift 2 ;;
    -*) echo "error: unknown option '$1' (see --help)" >&2; exit 2 ;;
    *) [ -z "$tag" ] || { echo "error: only one tag, got '$tag' and '$1'" >&2; exit 2; }; tag="$1"; shift ;;
  esac
done

command -v gh >/dev/null || { echo "error: the GitHub CLI (gh) is not installed: https://cli.github.com" >&2; exit 2; }

if [ -z "$tag" ]; then
  sha=$(gh run list "${repo_args[@]}" --workflow ci.yml --branch main --event push --status success --limit 2 \
          --json headSha --jq '.[1].headSha // empty')
  [ -n "$sha" ] || { echo "error: fewer than two successful CI runs on main: no previous image to roll back to" >&2; exit 1; }
  tag="sha-$sha"
fi
case "$tag" in
  latest) echo "error: refusing 'latest': give a pinned tag" >&2; exit 2 ;;
esac

echo "Rolling back to image tag: $tag"
if [ "$dry_run" = true ]; then
  echo "(dry run) gh workflow run deploy.yml ${repo_args[*]} -f tag=$tag"
  exit 0
fi
gh workflow run deploy.yml "${repo_args[@]}" -f tag="$tag"
echo "Started. Follow it with: gh run watch \$(gh run list ${repo_args[*]} --workflow deploy.yml --limit 1 --json databaseId --jq '.[0].databaseId')"
