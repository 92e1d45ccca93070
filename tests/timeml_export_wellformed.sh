#!/usr/bin/env bash
# CTest cli.build.timeml: `timeline build --format timeml --out DIR` on a story (and the seeds when
# present), every file checked by an independent XML parser (Python's xml.etree): well-formed,
# TimeML root, DCT, every TLINK pointing at existing instances and times.
# Usage: timeml_export_wellformed.sh TIMELINE SOURCE_DIR SHARED_DIR
set -euo pipefail
timeline=$1 source_dir=$2 shared_dir=$3
work=$(mktemp -d /tmp/timeline-tml-XXXXXX)
trap 'rm -rf "$work"' EXIT
inputs=("$source_dir/corpus/01-geneva-talks")
[ -d "$shared_dir/seeds" ] && inputs+=("$shared_dir/seeds") || echo "note: ../shared/seeds absent, corpus story only"
# Without --out, several reports are a usage error (exit 2) with a message.
set +e
"$timeline" -q build --format timeml "${inputs[0]}" >/dev/null 2>"$work/err"
rc=$?
set -e
[ $rc -eq 2 ] && grep -q -- "--out DIR" "$work/err" || { echo "expected exit 2 asking for --out, got $rc"; cat "$work/err"; exit 1; }
for i in "${!inputs[@]}"; do
  "$timeline" -q build --format timeml --out "$work/out$i" "${inputs[$i]}"
done
python3 - "$work" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
files = sorted(glob.glob(sys.argv[1] + "/out*/*.tml"))
assert files, "no TimeML written"
for f in files:
    root = ET.parse(f).getroot()
    assert root.tag == "TimeML", f
    ids = {t.get("tid") for t in root.iter("TIMEX3")} | {m.get("eiid") for m in root.iter("MAKEINSTANCE")}
    for link in root.iter("TLINK"):
        a, b = link.get("eventInstanceID"), link.get("relatedToTime") or link.get("relatedToEventInstance")
        assert a in ids and b in ids, (f, link.attrib)
print(f"{len(files)} TimeML files well-formed, links resolved")
PY
