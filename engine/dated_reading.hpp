#pragma once
// Reading files for the commands that handle each report on its own (`extract`, `tag`): every
// report's publication date is inferred over all reports of the run, so all are read before any is
// handed on. Inputs of up to `hold_bytes` in all are read once and held; larger ones are read
// twice, a batch at a time, so that memory grows with a batch of reports, not with the corpus
// (docs/performance.md, "Memory"): pass 1 keeps what date inference needs of each report (its
// folder, its date or the evidence of its own words) and drops its text; pass 2 reads each batch
// again and dates it. Plain and TimeML reports read the same either way. A version page whose
// run-together columns are split by the text other reports print is read with the text of the
// reports of its batch (as a shard's are with the shard's).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "corpus_loader.hpp"
#include "time_tagger.hpp"

namespace timeline {

struct DatedReading {
  std::size_t batch = 256;                               ///< reports read at a time when streaming
  std::uintmax_t hold_bytes = std::uintmax_t{64} << 20;  ///< inputs up to this size are held; 0: always stream
  /// Progress, on the calling thread: once per report pass 1 has read (streaming only), and once
  /// when the publication dates are known (both ways), before the first part is handed on.
  std::function<void(std::size_t bytes)> dating_done;
  std::function<void()> dating_finished;
};

struct DatedSummary {
  std::vector<Skipped> skipped;  ///< inputs not read, and why; sorted by path
  bool streamed = false;         ///< read twice, a batch at a time
};

/// Reads the walk's `inputs` (numbers of its files) and hands them on in path order, dated: first
/// `read(part)` with the documents as read (before inference: their metadata is what the sources
/// give), then `dated(part, found)` with the inferred dates set, `found[d]` holding document d's
/// stage 1 of time tagging when the inference did it (held; empty when streamed). Held: one part,
/// the whole corpus. The walk's own skips (folders, annotations) are listed when `walk_skips`.
/// A file that pass 1 read and pass 2 cannot is listed as skipped.
DatedSummary read_dated(const CorpusWalk& walk, std::vector<std::size_t> inputs, bool walk_skips, const TagOptions& options,
                        std::size_t threads, const DatedReading& reading, const std::function<void(Corpus& part)>& read,
                        const std::function<void(Corpus& part, std::vector<FoundTimes>& found)>& dated);

/// The inputs of shard `shard` of `shards` (every shards-th of the walk, from number `shard`), as
/// `timeline extract --shard K/N` reads them.
std::vector<std::size_t> shard_inputs(const CorpusWalk& walk, std::size_t shard, std::size_t shards);

}  // namespace timeline
