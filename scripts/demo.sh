#!/usr/bin/env bash
# Installs what is missing, builds, and prints the timeline of the sample corpus in corpus/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh" >/dev/null
"${TIMELINE_BUILD_DIR:-$root/build}/timeline" read "$root/corpus" "$@"
