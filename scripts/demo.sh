#!/usr/bin/env bash
# Installs what is missing, builds, and prints the ordered timeline of each sample story in
# corpus/ (one `timeline build` per story folder: the reports of one story make one timeline).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh" >/dev/null
timeline="${TIMELINE_BUILD_DIR:-$root/build}/timeline"
for story in "$root"/corpus/*/; do
  [ -d "$story" ] || continue
  printf '=== %s\n' "$(basename "$story")"
  "$timeline" build "$story" "$@"
  printf '\n'
done
