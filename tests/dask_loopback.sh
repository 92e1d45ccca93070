#!/usr/bin/env bash
# CTest dask.loopback: a Dask scheduler and two workers on 127.0.0.1, scripts/dask_extract.py on
# corpus/ through them, and the result compared byte for byte with `timeline build corpus/`.
# Usage: dask_loopback.sh TIMELINE SOURCE_DIR. Exit 77 (skipped) without python3-distributed.
set -euo pipefail
timeline=$1
source_dir=$2
py=/usr/bin/python3
[ -x "$py" ] || py=python3
if ! "$py" -c 'import distributed' 2>/dev/null; then
  echo "skipped: the Python package 'distributed' is missing (Debian python3-distributed; scripts/setup.sh installs it)"
  exit 77
fi
work=$(mktemp -d /tmp/timeline-dask-XXXXXX)
pids=()
# Bounded clean-up: a worker that lost its scheduler may take long to stop on TERM (a CI run
# once hung here until CTest's timeout), so whatever still runs after 10 s is killed.
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for _ in $(seq 50); do
    alive=0
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && break
    sleep 0.2
  done
  for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# `dask scheduler` (newer) or `dask-scheduler` (older releases).
if command -v dask >/dev/null && dask scheduler --help >/dev/null 2>&1; then
  scheduler=(dask scheduler) worker=(dask worker)
else
  scheduler=(dask-scheduler) worker=(dask-worker)
fi
port=$("$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
address="tcp://127.0.0.1:$port"
"${scheduler[@]}" --host 127.0.0.1 --port "$port" --no-dashboard >"$work/scheduler.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  "${worker[@]}" "$address" --host 127.0.0.1 --nthreads 1 --no-nanny --no-dashboard \
    --local-directory "$work/worker$w" >"$work/worker$w.log" 2>&1 &
  pids+=($!)
done

cd "$source_dir"
status=0
for format in json text; do
  "$timeline" -q build --format "$format" corpus >"$work/direct.$format" || true
  if ! timeout 120 "$py" scripts/dask_extract.py --scheduler "$address" --wait-workers 2 --shards 5 --timeline "$timeline" \
      --format "$format" corpus >"$work/dask.$format" 2>"$work/dask.err"; then
    echo "dask_extract.py failed:"; cat "$work/dask.err"; tail -n 20 "$work"/*.log
    exit 1
  fi
  if cmp -s "$work/direct.$format" "$work/dask.$format"; then
    echo "dask ($format): identical to timeline build corpus ($(wc -c <"$work/direct.$format") bytes)"
  else
    echo "dask ($format): differs from timeline build corpus:"
    diff "$work/direct.$format" "$work/dask.$format" | head -n 20
    status=1
  fi
done
[ -s "$work/direct.json" ] || { echo "timeline build corpus printed nothing"; status=1; }
exit $status
