#!/usr/bin/env bash
# Installs what is missing, then configures and builds into build/ (or $TIMELINE_BUILD_DIR).
# Extra CMake options may be passed in $TIMELINE_CMAKE_FLAGS (e.g. -DTIMELINE_SANITIZE=ON).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${TIMELINE_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh"
# shellcheck disable=SC2086
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo ${TIMELINE_CMAKE_FLAGS:-} >/dev/null
cmake --build "$build" -j "$(nproc)"
