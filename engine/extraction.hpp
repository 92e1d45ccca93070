#pragma once
// Per-document extraction run in parallel: the time expressions of every version of every report.
// A report's expressions depend only on its own text, its publication time and the tag options, so
// documents are tagged independently, on any number of threads, and the results are kept in
// document order: the output is the same bytes for 1 and N threads (docs/performance.md).
#include <cstddef>
#include <functional>
#include <vector>

#include "corpus_loader.hpp"
#include "event.hpp"
#include "time_tagger.hpp"
#include "timex.hpp"

namespace timeline {

/// [document][version index in Document::versions] -> resolved expressions, in text order.
using CorpusTimexes = std::vector<std::vector<std::vector<Timex>>>;

/// How extraction runs: threads (0: all cores; 1: sequential) and a progress callback called once
/// per finished document with its size in bytes (from worker threads, one call at a time).
struct RunOptions {
  std::size_t threads = 1;
  std::function<void(std::size_t bytes)> document_done;
};

/// Loads the time tagger's tables on the calling thread (they are built on first use; doing it
/// before threads start keeps their construction single-threaded).
void load_time_tables();

/// tag_times() of every version of every document of `corpus`. `keep[d]`, when given and
/// non-empty, is reused for document d instead of tagging it again (records already tagged);
/// `found[d]`, when given, holds sentences of document d already tagged by stage 1 (the
/// publication-date inference), which are only resolved.
CorpusTimexes tag_corpus(const Corpus& corpus, const TagOptions& options, const RunOptions& run,
                         CorpusTimexes keep = {}, const std::vector<FoundTimes>* found = nullptr);

/// tag_times() of every version of one document; `found`, when given, as for tag_corpus.
std::vector<std::vector<Timex>> tag_document(const Document& doc, const TagOptions& options, const FoundTimes* found = nullptr);

/// The events and participants of one report read on its own: participants' aliases are merged
/// within the report only (the timeline merges them across reports, in document order).
struct ReportEvents {
  std::vector<EventMention> mentions;
  std::vector<Entity> entities;
};
ReportEvents report_events(const Document& doc, std::size_t doc_index, const std::vector<std::vector<Timex>>& timexes);

/// report_events() of every document, on run.threads threads, in document order.
std::vector<ReportEvents> corpus_events(const Corpus& corpus, const CorpusTimexes& timexes, const RunOptions& run);

/// The same handed to `sink` one document at a time, in document order, computed in batches of
/// `batch` documents on run.threads threads: only one batch's mentions are held at once, so a
/// caller that writes and drops them (`timeline extract`) needs memory for a batch, not the corpus.
void stream_corpus_events(const Corpus& corpus, const CorpusTimexes& timexes, const RunOptions& run, std::size_t batch,
                          const std::function<void(std::size_t document, ReportEvents&& events)>& sink);

/// Each document's output (a record, a line of text) made by `render(d)` on run.threads threads,
/// a batch of `batch` documents at a time, then handed to `sink` one document at a time, in
/// document order. Only the writing is serial, and only a batch of outputs is held:
/// `timeline extract` tags, finds events and builds each record in `render`, so the time
/// expressions and records of the whole corpus are never held at once.
void stream_corpus_output(const Corpus& corpus, const RunOptions& run, std::size_t batch,
                          const std::function<std::string(std::size_t document)>& render,
                          const std::function<void(std::size_t document, std::string&& output)>& sink);

}  // namespace timeline
