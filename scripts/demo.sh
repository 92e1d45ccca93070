#!/usr/bin/env bash
# Installs what is missing, builds, and prints the ordered timeline of the sample stories in corpus/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh" >/dev/null
"${TIMELINE_BUILD_DIR:-$root/build}/timeline" build "$root/corpus" "$@"
