#!/usr/bin/env bash
# Writes seed corpora for the fuzz targets into a scratch folder (default: build-fuzz/seeds),
# one subfolder per target: small inline samples, plus files derived from the project's corpus/
# and, when present, ../shared (seeds and a few TimeML files). Nothing here is committed.
# Usage: fuzz/seed.sh [OUT_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/build-fuzz/seeds}"
shared="${TIMELINE_SHARED_DIR:-$root/../shared}"
targets=(plain_reader version_page_reader timeml_reader manifest text_check sentence_splitter time_tagger time_resolver events)
for t in "${targets[@]}"; do mkdir -p "$out/$t"; done

put() { printf '%b' "$3" >"$out/$1/$2"; }  # target, file name, bytes (printf escapes)

# Plain reports: header lines, title, paragraphs, boilerplate, CRLF, BOM, lists, quotes.
put plain_reader header 'Source: Example News\nURL: https://example.com/2016/09/09/story\nPublished: 2016-09-09T21:00+01:00\n\nHarbour reopens after storm\nHarbour reopens after storm\n\nThe harbour reopened on Tuesday. Ferries sailed again.\n'
put plain_reader crlf '\xEF\xBB\xBFTitle here\r\n\r\nMr. Smith said "It is over. We go home." on Sept. 9.\r\nThe U.S. agreed.\r\n'
put plain_reader lone_cr 'Title\r\rFirst line\rwrapped line.\r- item one\r- item two\r'
put plain_reader boilerplate 'Share this article\nicon bookmark\n\nTalks resume\nThe talks resumed... Then \xE2\x80\x9Cno\xE2\x80\x9D, he said.\n\nMore on this topic\n'
put plain_reader bad_date 'Published: 2016-02-30 Mars/Olympus\nDate: 9999-99-99\n\nTitle\n\nBody\xC2\xA0text.\n'
# Version pages: table form with delay note, run-together form, broken rows.
put version_page_reader table "This article is from the source 'guardian' and was published or last updated 2016-09-09.\nYou can find the current article at its original source at https://example.com/2016/09/09/x\nThe article has changed 2 times. There is an RSS feed of changes available.\n\nVersion 4 | Version 5 |\n---|---|\n(35 minutes later) | |\nHarbour reopens | Harbour reopens after storm |\nThe harbour reopened on Tuesday. | The harbour reopened on Tuesday. Ferries sailed again. |\n"
put version_page_reader run_together 'Version 0 Version 1\n(about 3 hours later)\nHarbour reopens Harbour reopens\nThe harbour reopened on Tuesday. Ferries sailed again. The harbour reopened on Tuesday.\nOfficials said repairs would take a week. A new line.\n'
put version_page_reader absurd 'Version 1 | Version 2 |\n(99999999999999999999 hours later)\n|||||||||||\na | b | c | d |\n| |\n'
# TimeML: DCT, nested annotations, comments, self-closing tags.
put timeml_reader small '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>X</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>\n<!-- a comment -->\n<TEXT>\nThe talks <EVENT eid="e1" class="OCCURRENCE">resumed</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3>.\n\n<SIGNAL sid="s1"/>Then they stopped.\n</TEXT>\n<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>\n</TimeML>\n'
put timeml_reader broken '<TimeML><TEXT>a <EVENT eid="e1">b</TIMEX3> c</TEXT></TimeML>'
put timeml_reader truncated '<TimeML>\n<TEXT>\nThe talks <EVENT eid="e1" class="OC'
# Manifests: valid, wrong types, bad dates and zones.
put manifest good '{"documents": [{"file": "003.txt", "published": "2016-09-09T21:00", "timezone": "Europe/London", "source": "guardian", "url": "https://example.com"}]}'
put manifest wrong_types '{"documents": [{"file": 3, "published": 20160909}, {"file": "a.txt", "timezone": []}, null]}'
put manifest bad_values '{"documents": [{"file": "a.txt", "published": "2016-02-30"}, {"file": "b.txt", "published": "2016-09-09T25:61", "timezone": "Nowhere/Atlantis"}]}'
put manifest not_object '[1, 2, 3]'
# UTF-8: valid multi-byte, overlong, surrogate, truncated, above U+10FFFF, BOM, NUL.
put text_check valid 'caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x93\xB0\n'
put text_check overlong 'a\xC0\xAF b\xE0\x80\xAF c\xF0\x80\x80\xAF\n'
put text_check surrogate 'x\xED\xA0\x80y\xED\xBF\xBF\n'
put text_check truncated 'ok \xE2\x80'
put text_check too_high '\xF4\x90\x80\x80 \xF5\x80\x80\x80\n'
put text_check bom_nul '\xEF\xBB\xBF text\x00 more\n'
# Sentences: the first two bytes choose the span (see fuzz_sentence_splitter.cpp).
put sentence_splitter abbreviations '\x00\xffMr. Smith met Dr. J. Jones in the U.S. on Sept. 9. It rained. "Stop. Now," he said... Then \xE2\x80\xA6 what?\n1. first\n2) second\n\xE2\x80\xA2 third\n'
put sentence_splitter quotes '\x03\x60\xE2\x80\x9CWe will stay. We will fight,\xE2\x80\x9D she said. \xE2\x80\x98Fine\xE2\x80\x99 (or not.) [Yes.] 3.5 U.S.-led Yahoo!Inc\r\n- a\r\n* b'

# Time phrases: the rule examples and the hostile phrases, each behind the option/DCT bytes the
# time targets read first (fuzz_time_tagger.cpp: 3 bytes, fuzz_time_resolver.cpp: 5 bytes).
i=0
{ grep -v '^#' "$root/parsers/data/time_examples.tsv" | cut -f4 | tr -d '[]' | sed -n '1,400p'
  grep -v '^#' "$root/tests/data/hostile_phrases.txt" | grep -v '^repeat ' | sed -n '1,100p'; } |
while IFS= read -r phrase; do
  [ -n "$phrase" ] || continue
  i=$((i + 1))
  printf '\x04\x00\xff%s' "Officials said on Friday that $phrase." >"$out/time_tagger/phrase_$i"
  printf '\x04\xdf\x07\x08\x08%s' "$phrase" >"$out/time_resolver/phrase_$i"  # DCT 2016-09-09
done

# Events: reports behind the 3 bytes fuzz_events.cpp reads first (here: dated 2016-09-09 12:48).
put events statements '\x02\xfc\x80Talks report\n\nUpdate 9pm: Lavrov said he was thinking of "calling it a day". Barrel bombs killed nine people on Friday, a group said. Halm, 63, has been prime minister since 2016. In a speech in Oslo, Berg accused the union of sowing chaos, while Lund said the talks, which began on Monday, would resume next week after waiting for more than five hours.\n'
put events undated '\x01\x00\x00Title\n\nHe said that she said that they said. "And we will," he said. Speaking at noon, the coach said his players had warmed up. The repatriation operation will continue until Sunday 2 March.\n'

# Derived from real reports, where present: every reader sees every report (small files only).
copy_from() {  # folder, pattern, how many
  [ -d "$1" ] || return 0
  find "$1" -type f -name "$2" -size -64k 2>/dev/null | sort | sed -n "1,$3p" | while read -r f; do  # sed reads all: no SIGPIPE under pipefail
    for t in plain_reader version_page_reader timeml_reader sentence_splitter; do
      cp "$f" "$out/$t/derived_$(basename "$f")"
    done
    head -c 4096 "$f" >"$out/text_check/derived_$(basename "$f")"
    { printf '\x02\xfc\x80'; head -c 4096 "$f"; } >"$out/events/derived_$(basename "$f")"
  done
}
copy_from "$root/corpus" '*' 50
copy_from "$shared/seeds" '*.txt' 10
copy_from "$shared/corpora/tbaq" '*.tml' 5
[ -f "$root/corpus/manifest.json" ] && cp "$root/corpus/manifest.json" "$out/manifest/derived_manifest.json"
echo "$out"
