#include "dated_reading.hpp"

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>

#include "dct_inference.hpp"
#include "parallel.hpp"
#include "stage_clock.hpp"

namespace timeline {

namespace {

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

DatedSummary read_dated(const CorpusWalk& walk, std::vector<std::size_t> inputs, bool walk_skips, const TagOptions& options,
                        std::size_t threads, const DatedReading& reading, const std::function<void(Corpus& part)>& read,
                        const std::function<void(Corpus& part, std::vector<FoundTimes>& found)>& dated) {
  DatedSummary summary;
  if (walk_skips) summary.skipped = walk.skipped();
  threads = thread_count(threads);
  StageClock clock{"read"};  // `timeline -v` logs each pass's time

  if (reading.hold_bytes > 0 && input_bytes(walk, inputs) <= reading.hold_bytes) {
    Corpus corpus = walk.read(inputs, threads);
    summary.skipped.insert(summary.skipped.end(), corpus.skipped.begin(), corpus.skipped.end());
    read(corpus);
    clock.lap("files", corpus.documents.size());
    std::vector<FoundTimes> found;  // stage 1 of the undated reports, done once
    infer_publication_dates(corpus, options, threads, &found);
    clock.lap("publication dates", corpus.documents.size());
    if (reading.dating_finished) reading.dating_finished();
    dated(corpus, found);
    clock.lap("what the command does with them", corpus.documents.size());
    sort_skipped(summary.skipped);
    return summary;
  }

  // Streaming: the same batches, in path order, in both passes.
  summary.streamed = true;
  std::sort(inputs.begin(), inputs.end(), [&](std::size_t a, std::size_t b) { return walk.path(a) < walk.path(b); });
  const std::size_t batch = std::max<std::size_t>(1, reading.batch);
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
    for (auto& d : part.documents) {
      if (reading.dating_done) reading.dating_done(d.bytes.size());
      paths.push_back(std::move(d.path));
    }
  }
  clock.lap("pass 1: files, evidence of dates", paths.size());
  // The dated reports of a story in which an undated one tells something "yesterday": read again
  // for the days they name (none in most corpora).
  {
    std::unordered_map<std::string_view, std::size_t> input_of;  // a path's walk index
    read_told_days(dates, options, batch, threads, [&](std::size_t i) { return std::string_view{paths[i]}; },
                   [&](const std::vector<std::size_t>& places) {
                     if (input_of.empty())
                       for (std::size_t k : inputs) input_of.emplace(walk.path(k), k);
                     std::vector<std::size_t> part;
                     for (std::size_t i : places) part.push_back(input_of.at(paths[i]));
                     return walk.read(part, threads);
                   });
  }
  std::vector<std::optional<InferredDate>> inferred = infer_dates(dates, threads);
  std::vector<DatedReport>().swap(dates);
  clock.lap("publication dates", paths.size());
  if (reading.dating_finished) reading.dating_finished();

  // Pass 2: each batch read again and dated as inferred.
  auto read_before = [&](const std::string& path) {
    auto it = std::lower_bound(paths.begin(), paths.end(), path);
    return it != paths.end() && *it == path ? static_cast<std::size_t>(it - paths.begin()) : paths.size();
  };
  std::size_t handed = 0;
  for (std::size_t first = 0; first < inputs.size(); first += batch) {
    Corpus part = walk.read(batch_at(first), threads);
    for (auto& s : part.skipped)  // readable in pass 1, not now: it changed in between
      if (read_before(s.path) < paths.size()) summary.skipped.push_back(std::move(s));
    part.skipped.clear();
    // A report that pass 1 could not read is listed as skipped already, and not dated.
    std::erase_if(part.documents, [&](const Document& d) { return read_before(d.path) == paths.size(); });
    read(part);
    for (auto& d : part.documents) {
      const auto& date = inferred[read_before(d.path)];
      if (!d.dct && date) apply_inferred_date(d, *date);
    }
    std::vector<FoundTimes> none;
    dated(part, none);
    handed += part.documents.size();
  }
  clock.lap("pass 2: files again, and what the command does with them", handed);
  sort_skipped(summary.skipped);
  return summary;
}

}  // namespace timeline
