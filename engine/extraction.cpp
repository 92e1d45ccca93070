#include "extraction.hpp"

#include <algorithm>

#include <mutex>
#include <string_view>

#include "entities.hpp"
#include "events.hpp"
#include "parallel.hpp"
#include "time_resolver.hpp"

namespace timeline {

void load_time_tables() {
  constexpr std::string_view kSample = "On Monday, 12 September 2016 at 9 am, two days later, for three weeks.";
  (void)tag_phrase(kSample, std::nullopt, TagOptions{});
}

CorpusTimexes tag_corpus(const Corpus& corpus, const TagOptions& options, const RunOptions& run, CorpusTimexes keep,
                         const std::vector<FoundTimes>* found) {
  load_time_tables();
  CorpusTimexes out(corpus.documents.size());
  keep.resize(corpus.documents.size());
  std::mutex progress;
  parallel_for(corpus.documents.size(), run.threads, [&](std::size_t d) {
    const Document& doc = corpus.documents[d];
    if (!keep[d].empty()) {
      out[d] = std::move(keep[d]);
    } else {
      out[d] = tag_document(doc, options, found != nullptr && d < found->size() ? &(*found)[d] : nullptr);
    }
    if (run.document_done) {
      std::lock_guard lock(progress);
      run.document_done(doc.bytes.size());
    }
  });
  return out;
}

std::vector<std::vector<Timex>> tag_document(const Document& doc, const TagOptions& options, const FoundTimes* found) {
  std::vector<std::vector<Timex>> out;
  out.reserve(doc.versions.size());
  for (const auto& version : doc.versions) out.push_back(tag_times(doc, version, options, found));
  return out;
}

ReportEvents report_events(const Document& doc, std::size_t doc_index, const std::vector<std::vector<Timex>>& timexes) {
  ReportEvents out;
  EntityRegistry registry;
  for (std::size_t v = 0; v < doc.versions.size() && v < timexes.size(); ++v) {
    auto found = find_events(doc, doc_index, doc.versions[v], timexes[v], registry);
    out.mentions.insert(out.mentions.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  registry.relabel(out.mentions);
  out.entities = registry.entities();
  return out;
}

std::vector<ReportEvents> corpus_events(const Corpus& corpus, const CorpusTimexes& timexes, const RunOptions& run) {
  std::vector<ReportEvents> events(corpus.documents.size());
  stream_corpus_events(corpus, timexes, run, corpus.documents.size(),
                       [&](std::size_t d, ReportEvents&& e) { events[d] = std::move(e); });
  return events;
}

namespace {

// Batches of `batch` documents: `work(d, k)` for each document d of a batch on run.threads
// threads (k: its place in the batch), then `deliver(d, k)` for each in document order.
void in_batches(const Corpus& corpus, const RunOptions& run, std::size_t batch,
                const std::function<void(std::size_t document, std::size_t k)>& work,
                const std::function<void(std::size_t document, std::size_t k)>& deliver) {
  const std::size_t n = corpus.documents.size();
  if (batch == 0) batch = 1;
  for (std::size_t begin = 0; begin < n; begin += batch) {
    const std::size_t end = std::min(n, begin + batch);
    // The first report on this thread: tables the event finder builds on first use are built once.
    if (begin == 0) work(0, 0);
    parallel_for(end - begin, run.threads, [&](std::size_t k) {
      if (begin + k > 0) work(begin + k, k);
    });
    for (std::size_t k = 0; k < end - begin; ++k) deliver(begin + k, k);
  }
}

}  // namespace

void stream_corpus_events(const Corpus& corpus, const CorpusTimexes& timexes, const RunOptions& run, std::size_t batch,
                          const std::function<void(std::size_t document, ReportEvents&& events)>& sink) {
  std::vector<ReportEvents> events(std::min(std::max<std::size_t>(batch, 1), corpus.documents.size()));
  in_batches(
      corpus, run, batch,
      [&](std::size_t d, std::size_t k) { events[k] = report_events(corpus.documents[d], d, timexes[d]); },
      [&](std::size_t d, std::size_t k) { sink(d, std::move(events[k])); });
}

void stream_corpus_output(const Corpus& corpus, const RunOptions& run, std::size_t batch,
                          const std::function<std::string(std::size_t document)>& render,
                          const std::function<void(std::size_t document, std::string&& output)>& sink) {
  std::vector<std::string> outputs(std::min(std::max<std::size_t>(batch, 1), corpus.documents.size()));
  in_batches(
      corpus, run, batch, [&](std::size_t d, std::size_t k) { outputs[k] = render(d); },
      [&](std::size_t d, std::size_t k) { sink(d, std::move(outputs[k])); });
}

}  // namespace timeline
