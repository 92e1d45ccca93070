#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs one for a given time.
# Usage: scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags...]
#   TARGET: plain_reader version_page_reader timeml_reader manifest text_check sentence_splitter time_tagger time_resolver events
# Crashes go to build-fuzz/artifacts/TARGET/, the grown corpus to build-fuzz/corpus/TARGET/.
# Environment: TIMELINE_FUZZ_BUILD_DIR (default build-fuzz), TIMELINE_JOBS (build jobs, default nproc).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
targets="plain_reader version_page_reader timeml_reader manifest text_check sentence_splitter time_tagger time_resolver events"
if [ $# -lt 2 ] || ! [[ " $targets " == *" $1 "* ]] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags]; TARGET is one of: $targets" >&2
  exit 2
fi
target="$1" seconds="$2"
shift 2
build="${TIMELINE_FUZZ_BUILD_DIR:-$root/build-fuzz}"

# clang and its runtime libraries (libFuzzer, sanitizers) besides the project's packages.
"$root/scripts/setup.sh"
missing=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "fuzz: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
[ -f "$build/CMakeCache.txt" ] || CC=clang CXX=clang++ cmake -S "$root" -B "$build" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTIMELINE_FUZZ=ON -DTIMELINE_TESTS=OFF -DTIMELINE_WERROR=ON >/dev/null
cmake --build "$build" --target "fuzz_$target" -j "${TIMELINE_JOBS:-$(nproc)}" >/dev/null

seeds="$("$root/fuzz/seed.sh" "$build/seeds")/$target"
corpus="$build/corpus/$target"
artifacts="$build/artifacts/$target"
mkdir -p "$corpus" "$artifacts"
# -max_len: reports are long, but 64 KiB reaches every reader state we know of while keeping runs fast.
exec "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" "$corpus" "$seeds"
