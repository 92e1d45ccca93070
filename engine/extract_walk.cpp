#include "extract_walk.hpp"

#include <mutex>

#include <spdlog/spdlog.h>

#include "file_reader.hpp"
#include "records.hpp"

namespace timeline {

namespace {

// What the merge needs to read a report again: the file as read (for TimeML the whole file, not
// only its text, read again here) and its metadata before publication-date inference. A TimeML
// file gone since it was read keeps its text, so that the merge still has the report.
StoredReport stored_report(const Document& doc) {
  StoredReport stored{doc.path, doc.bytes, doc.source, doc.url, doc.dct, doc.dct_source};
  if (doc.format != Format::timeml) return stored;
  std::string why;
  if (auto whole = read_file(doc.path, why)) stored.bytes = std::move(*whole);
  else spdlog::warn("{}: its record keeps the text only (reading the whole TimeML file again: {})", doc.path, why);
  return stored;
}

}  // namespace

ExtractSummary extract_walk(const CorpusWalk& walk, std::vector<std::size_t> inputs, bool walk_skips, const TagOptions& options,
                            const RunOptions& run, const ExtractOptions& extract,
                            const std::function<void(std::string&& record)>& sink) {
  ExtractSummary summary;
  load_time_tables();
  std::vector<StoredReport> loaded;  // of the part being read
  std::mutex progress;
  auto read = [&](Corpus& part) {
    loaded.clear();
    loaded.resize(part.documents.size());
    if (extract.records)
      for (std::size_t d = 0; d < part.documents.size(); ++d) loaded[d] = stored_report(part.documents[d]);
  };
  // Each part is tagged, its events found and its records built on the worker threads, a batch at
  // a time, and each record handed on in document order.
  auto dated = [&](Corpus& part, std::vector<FoundTimes>& found) {
    const std::size_t first = summary.documents;
    stream_corpus_output(
        part, run, extract.batch,
        [&](std::size_t d) {
          const Document& doc = part.documents[d];
          auto timexes = tag_document(doc, options, d < found.size() ? &found[d] : nullptr);
          ReportEvents events = report_events(doc, first + d, timexes);
          std::string record;
          if (extract.records) record = report_record(doc, loaded[d], timexes, events.mentions, events.entities, options);
          if (run.document_done) {
            std::lock_guard lock(progress);
            run.document_done(doc.bytes.size());
          }
          return record;
        },
        [&](std::size_t d, std::string&& record) {
          if (extract.records) sink(std::move(record));
          loaded[d] = {};
          if (d < found.size()) found[d] = {};
        });
    summary.documents += part.documents.size();
  };
  DatedSummary read_summary = read_dated(walk, std::move(inputs), walk_skips, options, run.threads, extract.reading, read, dated);
  summary.skipped = std::move(read_summary.skipped);
  summary.streamed = read_summary.streamed;
  return summary;
}

}  // namespace timeline
