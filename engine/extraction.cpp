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
      out[d].reserve(doc.versions.size());
      const FoundTimes* known = found != nullptr && d < found->size() ? &(*found)[d] : nullptr;
      for (const auto& version : doc.versions) out[d].push_back(tag_times(doc, version, options, known));
    }
    if (run.document_done) {
      std::lock_guard lock(progress);
      run.document_done(doc.bytes.size());
    }
  });
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

void stream_corpus_events(const Corpus& corpus, const CorpusTimexes& timexes, const RunOptions& run, std::size_t batch,
                          const std::function<void(std::size_t document, ReportEvents&& events)>& sink) {
  const std::size_t n = corpus.documents.size();
  if (batch == 0) batch = 1;
  std::vector<ReportEvents> events;
  for (std::size_t begin = 0; begin < n; begin += batch) {
    const std::size_t end = std::min(n, begin + batch);
    events.assign(end - begin, {});
    // The first report on this thread: tables the event finder builds on first use are built once.
    if (begin == 0) events[0] = report_events(corpus.documents[0], 0, timexes[0]);
    parallel_for(end - begin, run.threads, [&](std::size_t k) {
      if (begin + k > 0) events[k] = report_events(corpus.documents[begin + k], begin + k, timexes[begin + k]);
    });
    for (std::size_t k = 0; k < events.size(); ++k) sink(begin + k, std::move(events[k]));
  }
}

}  // namespace timeline
