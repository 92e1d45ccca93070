#!/usr/bin/env bash
# CTest tbaq.build_timeml_links: `timeline build --format timeml` on the TimeBank half of TBAQ
# (each file its own story), scored with `timeline eval` against the gold EVENT and TLINK
# annotations; the figures are printed (docs/evaluation.md). Exit 77 (skipped) without ../shared.
set -euo pipefail
timeline=$1 tbaq=$2
[ -d "$tbaq/TimeBank" ] || { echo "skipped: $tbaq/TimeBank is absent"; exit 77; }
work=$(mktemp -d /tmp/timeline-tbaq-XXXXXX)
trap 'rm -rf "$work"' EXIT
for f in "$tbaq"/TimeBank/*.tml; do
  "$timeline" -q build --all-events --format timeml --out "$work/system" "$f" || exit 1
done
"$timeline" eval --format json --gold "$tbaq/TimeBank" --system "$work/system" >"$work/eval.json"
"$timeline" eval --gold "$tbaq/TimeBank" --system "$work/system"
python3 - "$work/eval.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["event"]["counts"]["gold"] > 0 and r["tlink"]["counts"]["gold"] > 0, "no gold EVENT/TLINK read"
assert r["event"]["relaxed"]["precision"] > 0.5, r["event"]
assert r["tlink"]["precision"] > 0.1, r["tlink"]
print("EVENT relaxed F1 %.3f, class accuracy %.3f, TLINK awareness F1 %.3f"
      % (r["event"]["relaxed"]["f1"], r["event"]["class"]["accuracy"], r["tlink"]["f1"]))
PY
