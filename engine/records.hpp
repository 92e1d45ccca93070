#pragma once
// Extraction records (`timeline extract`, read back by `timeline build --from-records`): one JSON
// object per line, one per report, and one per skipped input (docs/cli.md, "Extraction records").
//
// A report's record holds what the report says on its own: the document (as `read` shows it),
// its time expressions per version, its event mentions and participants (aliases merged within the
// report), and, under "extraction", what the merge needs to redo the steps that look at several
// reports: the file's bytes, its metadata before publication dates were inferred, the tag options
// and a fingerprint of everything its time expressions depend on. The merge reads the files again
// from these bytes (version pages with the text of every report), infers missing publication dates
// over the whole corpus, reuses the stored expressions of every report whose fingerprint is
// unchanged (tags the others again), and finds events and participants across all reports in
// document order. The result is the same as `timeline build` on the files themselves.
#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus_loader.hpp"
#include "event.hpp"
#include "extraction.hpp"
#include "timex.hpp"

namespace timeline {

/// Version of the record layout ("extraction": {"record_version": N}); readers reject others.
inline constexpr int kRecordVersion = 1;

/// A hex digest of everything tag_times() reads of `doc` (bytes, DCT, versions' paragraphs and
/// sentences) and of `options`: equal fingerprints mean equal time expressions.
std::string tagging_fingerprint(const Document& doc, const TagOptions& options);

/// The record of one report, one line of JSON text (no line end). `loaded` is its metadata before
/// publication-date inference, with the file as read (for TimeML: the whole file, not only its text).
std::string report_record(const Document& doc, const StoredReport& loaded,
                                     const std::vector<std::vector<Timex>>& timexes, const std::vector<EventMention>& mentions,
                                     const std::vector<Entity>& entities, const TagOptions& options);

/// The record of a skipped input: {"skipped": {"path": "...", "reason": "..."}}, one line of JSON text.
std::string skipped_record(const Skipped& skipped);

/// Records read back: the stored files and, per file, the expressions and fingerprint stored.
struct RecordSet {
  std::vector<StoredReport> reports;
  std::vector<std::vector<std::vector<Timex>>> timexes;  ///< parallel to `reports`
  std::vector<std::string> fingerprints;                 ///< parallel to `reports`
  std::vector<Skipped> skipped;
};

/// Reads JSON Lines records from `in` (named `name` in errors) into `set`. Throws
/// std::runtime_error "NAME:LINE: what is wrong" on a line that is not a valid record.
void read_records(std::istream& in, const std::string& name, RecordSet& set);

/// The corpus the records describe, its publication dates inferred over all of it, and its time
/// expressions (stored ones where the fingerprint still matches, tagged again otherwise).
struct MergedCorpus {
  Corpus corpus;
  CorpusTimexes timexes;
  std::size_t reused = 0, retagged = 0;  ///< documents whose stored expressions were / were not usable
};
MergedCorpus merge_records(RecordSet set, const TagOptions& options, const RunOptions& run);

}  // namespace timeline
