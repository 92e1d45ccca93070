#pragma once
// `timeline extract` over files: each report's record (records.hpp), in path order, its
// publication date inferred over every report of the run. Inputs of up to `hold_bytes` in all are
// read once and held; larger ones are read twice, a batch at a time, so that memory grows with a
// batch of reports, not with the corpus (docs/performance.md, "Memory"): pass 1 keeps what date
// inference needs of each report (its folder, its date or the evidence of its own words) and drops
// its text; pass 2 reads each batch again, dates it, tags it, finds its events and builds its
// records. Plain and TimeML reports give the same records either way. A version page is read with
// the text of the reports of its batch (as a shard's are with the shard's), and `build
// --from-records` reads it again with every report's (its tagging fingerprint tells when it must).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "corpus_loader.hpp"
#include "extraction.hpp"
#include "time_tagger.hpp"

namespace timeline {

struct ExtractOptions {
  std::size_t batch = 256;                              ///< reports tagged (and read, streaming) at a time
  std::uintmax_t hold_bytes = std::uintmax_t{64} << 20;  ///< inputs up to this size are held; 0: always stream
  bool records = true;                                   ///< false: events found, no record built (benchmark)
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

/// The inputs of shard `shard` of `shards` (every shards-th of the walk, from number `shard`), as
/// `timeline extract --shard K/N` reads them.
std::vector<std::size_t> shard_inputs(const CorpusWalk& walk, std::size_t shard, std::size_t shards);

}  // namespace timeline
