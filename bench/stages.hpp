#pragma once
// The measured stages of timeline-bench, each run in its own child process (measure.hpp).
#include <cstddef>
#include <string>

#include "measure.hpp"

namespace timeline::bench {

/// Reading: walk, read, split into sentences (load_corpus on `threads` threads). Items: documents.
Result read_stage(const std::string& dir, std::size_t threads);

/// Time tagging and resolution of every sentence, the corpus read first (not timed). threads 0:
/// tag_times in a plain loop; otherwise tag_corpus on that many threads. Bytes: sentence bytes.
Result tag_stage(const std::string& dir, std::size_t threads);

/// Full per-report extraction, as `timeline extract`: read -> sentences -> publication dates ->
/// times -> events and participants, on `threads` threads; with `records`, each report's JSON
/// record is written too (as the command does). Bytes: file bytes; items: documents.
Result extract_stage(const std::string& dir, std::size_t threads, bool records = false);

/// After extraction (not timed): the events of every report with one participant registry
/// (sequential). Items: event mentions.
Result events_stage(const std::string& dir, std::size_t threads);

/// After extraction and events (not timed): merge, temporal network, order (build_timeline).
/// Items: timeline events.
Result graph_stage(const std::string& dir, std::size_t threads);

/// The whole `timeline build` pipeline on `threads` threads (its peak memory is the row's).
Result build_stage(const std::string& dir, std::size_t threads);

/// `timeline build --by-story`: the corpus read a batch of reports at a time for dates and stories,
/// then the same stages one story at a time (analyze_walk_by_story). Items: timeline events.
Result build_by_story_stage(const std::string& dir, std::size_t threads);

/// The sum of the sizes of the regular files under `dir`.
double folder_bytes(const std::string& dir);

}  // namespace timeline::bench
