#pragma once
// Comparisons outside the library: chrono-node (npm) on the same paragraphs, and the start-up time
// of the `timeline` program.
#include <string>

#include "measure.hpp"

namespace timeline::bench {

/// Writes the paragraphs of every report under `news` (first version) to `jsonl`, one
/// {"text": "..."} per line, the input both taggers see. Returns their byte count.
double write_paragraphs(const std::string& news, const std::string& jsonl);

/// Our tagger on those paragraphs, each on its own (split into sentences, tagged, resolved against
/// 2005-01-01, the reference chrono-node gets): one core.
Result tag_paragraphs_stage(const std::string& jsonl);

/// chrono-node's parse() over the same paragraphs (bench/chrono/chrono_bench.mjs, best of
/// `repeat` in one node process). `why` says why it could not run (node or chrono-node missing).
Result chrono_stage(const std::string& chrono_dir, const std::string& jsonl, int repeat, std::string& why);

/// Wall time of `timeline -q tag` on a one-sentence file, exec to exit: the program's start-up
/// (tables included). Best of `runs`.
Result startup_stage(const std::string& timeline, int runs, std::string& why);

}  // namespace timeline::bench
