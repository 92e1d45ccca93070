#include "extract_walk.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <system_error>

#include "dct_inference.hpp"
#include "parallel.hpp"
#include "records.hpp"
#include "stage_clock.hpp"

namespace timeline {

namespace {

std::string file_bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

// What the merge needs to read a report again: the file as read (for TimeML the whole file, not
// only its text) and its metadata before publication-date inference.
StoredReport stored_report(const Document& doc) {
  return {doc.path, doc.format == Format::timeml ? file_bytes(doc.path) : doc.bytes, doc.source, doc.url, doc.dct, doc.dct_source};
}

struct Extractor {
  const TagOptions& options;
  const RunOptions& run;
  const ExtractOptions& extract;
  const std::function<void(std::string&&)>& sink;
  std::mutex progress;
  std::size_t done = 0;  // reports extracted so far: the next one's number

  // Tags `part`, finds its events and builds its records on the worker threads, a batch at a
  // time, and hands each record on in document order; `found[d]`, when there, is document d's
  // stage 1 done while its date was inferred.
  void render(const Corpus& part, std::vector<StoredReport>& loaded, std::vector<FoundTimes>& found) {
    const std::size_t first = done;
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
    done += part.documents.size();
  }
};

std::uintmax_t input_bytes(const CorpusWalk& walk, const std::vector<std::size_t>& inputs) {
  std::uintmax_t total = 0;
  for (std::size_t k : inputs) {
    std::error_code ec;
    std::uintmax_t size = std::filesystem::file_size(walk.path(k), ec);
    if (!ec) total += size;
  }
  return total;
}

void sort_skipped(std::vector<Skipped>& skipped) {
  std::stable_sort(skipped.begin(), skipped.end(), [](const Skipped& a, const Skipped& b) { return a.path < b.path; });
}

}  // namespace

std::vector<std::size_t> shard_inputs(const CorpusWalk& walk, std::size_t shard, std::size_t shards) {
  std::vector<std::size_t> inputs;
  shards = std::max<std::size_t>(1, shards);
  for (std::size_t k = shard; k < walk.size(); k += shards) inputs.push_back(k);
  return inputs;
}

ExtractSummary extract_walk(const CorpusWalk& walk, std::vector<std::size_t> inputs, bool walk_skips, const TagOptions& options,
                            const RunOptions& run, const ExtractOptions& extract,
                            const std::function<void(std::string&& record)>& sink) {
  ExtractSummary summary;
  if (walk_skips) summary.skipped = walk.skipped();
  const std::size_t threads = thread_count(run.threads);
  Extractor extractor{options, run, extract, sink, {}, 0};
  StageClock clock{"extract"};  // `timeline -v extract` logs each stage's time
  load_time_tables();

  if (extract.hold_bytes > 0 && input_bytes(walk, inputs) <= extract.hold_bytes) {
    Corpus corpus = walk.read(inputs, threads);
    summary.skipped.insert(summary.skipped.end(), corpus.skipped.begin(), corpus.skipped.end());
    std::vector<StoredReport> loaded;
    if (extract.records)
      for (const auto& doc : corpus.documents) loaded.push_back(stored_report(doc));
    else
      loaded.resize(corpus.documents.size());
    clock.lap("read", corpus.documents.size());
    std::vector<FoundTimes> found;  // stage 1 of the undated reports, done once
    infer_publication_dates(corpus, options, threads, &found);
    clock.lap("publication dates", corpus.documents.size());
    extractor.render(corpus, loaded, found);
    clock.lap("tag, events, records", corpus.documents.size());
    summary.documents = extractor.done;
    sort_skipped(summary.skipped);
    return summary;
  }

  // Streaming: the same batches, in path order, in both passes.
  summary.streamed = true;
  std::sort(inputs.begin(), inputs.end(), [&](std::size_t a, std::size_t b) { return walk.path(a) < walk.path(b); });
  const std::size_t batch = std::max<std::size_t>(1, extract.batch);
  auto batch_at = [&](std::size_t first) {
    return std::vector<std::size_t>(inputs.begin() + static_cast<std::ptrdiff_t>(first),
                                    inputs.begin() + static_cast<std::ptrdiff_t>(std::min(inputs.size(), first + batch)));
  };
  // Pass 1: each report's date or the evidence of its words; its text is dropped with its batch.
  std::vector<std::string> paths;  // the reports read, in path order
  std::vector<DatedReport> dates;  // parallel to `paths`
  for (std::size_t first = 0; first < inputs.size(); first += batch) {
    Corpus part = walk.read(batch_at(first), threads);
    summary.skipped.insert(summary.skipped.end(), part.skipped.begin(), part.skipped.end());
    const std::size_t base = dates.size();
    dates.resize(base + part.documents.size());
    parallel_for(part.documents.size(), threads, [&](std::size_t i) {
      const Document& d = part.documents[i];
      DatedReport& date = dates[base + i];
      date.folder = report_folder(d);
      if (d.dct) date.day = date::sys_days{d.dct->day};
      FoundTimes found;
      if (!d.dct) date.evidence = gather_date_evidence(d, options, found);
    });
    for (auto& d : part.documents) paths.push_back(std::move(d.path));
  }
  clock.lap("pass 1: read, evidence of dates", paths.size());
  std::vector<std::optional<InferredDate>> inferred = infer_dates(dates, threads);
  std::vector<DatedReport>().swap(dates);
  clock.lap("publication dates", paths.size());

  // Pass 2: each batch read again, dated as inferred, extracted and written.
  auto read_before = [&](const std::string& path) {
    auto it = std::lower_bound(paths.begin(), paths.end(), path);
    return it != paths.end() && *it == path ? static_cast<std::size_t>(it - paths.begin()) : paths.size();
  };
  for (std::size_t first = 0; first < inputs.size(); first += batch) {
    Corpus part = walk.read(batch_at(first), threads);
    for (auto& s : part.skipped)  // readable in pass 1, not now: it changed in between
      if (read_before(s.path) < paths.size()) summary.skipped.push_back(std::move(s));
    // A report that pass 1 could not read is listed as skipped already, and not dated.
    std::erase_if(part.documents, [&](const Document& d) { return read_before(d.path) == paths.size(); });
    std::vector<StoredReport> loaded(part.documents.size());
    for (std::size_t i = 0; i < part.documents.size(); ++i) {
      Document& d = part.documents[i];
      if (extract.records) loaded[i] = stored_report(d);
      const auto& date = inferred[read_before(d.path)];
      if (!d.dct && date) apply_inferred_date(d, *date);
    }
    std::vector<FoundTimes> none;
    extractor.render(part, loaded, none);
  }
  summary.documents = extractor.done;
  clock.lap("pass 2: read, tag, events, records", summary.documents);
  sort_skipped(summary.skipped);
  return summary;
}

}  // namespace timeline
