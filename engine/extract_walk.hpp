#pragma once
// `timeline extract` over files: each report's record (records.hpp), in path order, its
// publication date inferred over every report of the run. Inputs past a hold limit are read twice,
// a batch at a time (dated_reading.hpp), so that memory grows with a batch, not with the corpus.
// Plain and TimeML reports give the same records either way; a version page read with the text of
// its batch may differ, and `build --from-records` reads it again with every report's (its tagging
// fingerprint tells when it must).
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "corpus_loader.hpp"
#include "dated_reading.hpp"
#include "extraction.hpp"
#include "time_tagger.hpp"

namespace timeline {

struct ExtractOptions {
  DatedReading reading;  ///< the hold limit, and reports read at a time when streaming
  std::size_t batch = 256;  ///< reports tagged at a time on the threads, their records held until written
  bool records = true;      ///< false: events found, no record built (benchmark)
};

struct ExtractSummary {
  std::size_t documents = 0;     ///< reports extracted
  std::vector<Skipped> skipped;  ///< inputs not extracted, and why; sorted by path
  bool streamed = false;         ///< read twice, a batch at a time
};

/// The walk's inputs `inputs` (numbers of its files), each report's record handed to `sink` (one
/// line of JSON text, no line end) in path order; the walk's own skips (folders, annotations) are
/// listed when `walk_skips`. run.document_done is called once per report extracted.
ExtractSummary extract_walk(const CorpusWalk& walk, std::vector<std::size_t> inputs, bool walk_skips, const TagOptions& options,
                            const RunOptions& run, const ExtractOptions& extract,
                            const std::function<void(std::string&& record)>& sink);

}  // namespace timeline
