#include "stages.hpp"

#include <filesystem>

#include "corpus_loader.hpp"
#include "dct_inference.hpp"
#include "extraction.hpp"
#include "pipeline.hpp"
#include "records.hpp"
#include "time_resolver.hpp"

namespace fs = std::filesystem;

namespace timeline::bench {

namespace {

Corpus load(const std::string& dir, std::size_t threads) {
  LoadOptions options;
  options.threads = threads;
  return load_corpus({dir}, options);
}

RunOptions run_on(std::size_t threads) {
  RunOptions run;
  run.threads = threads;
  return run;
}

// Read, infer publication dates, tag: what every later stage starts from.
struct Extracted {
  Corpus corpus;
  CorpusTimexes timexes;
};
Extracted extract(const std::string& dir, std::size_t threads) {
  Extracted e{load(dir, threads), {}};
  load_time_tables();
  std::vector<FoundTimes> found;  // as the pipeline does: stage 1 of undated reports once
  infer_publication_dates(e.corpus, TagOptions{}, threads, &found);
  e.timexes = tag_corpus(e.corpus, TagOptions{}, run_on(threads), {}, &found);
  return e;
}

}  // namespace

double folder_bytes(const std::string& dir) {
  double n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) n += static_cast<double>(e.file_size());
  return n;
}

Result read_stage(const std::string& dir, std::size_t threads) {
  auto t0 = now_ticks();
  auto corpus = load(dir, threads);
  Result r;
  r.seconds = seconds_since(t0);
  r.bytes = folder_bytes(dir);
  r.items = static_cast<double>(corpus.documents.size());
  return r;
}

Result tag_stage(const std::string& dir, std::size_t threads) {
  auto corpus = load(dir, 1);
  load_time_tables();
  Result r;
  for (const auto& doc : corpus.documents)
    for (const auto& v : doc.versions)
      for (const auto& s : v.sentences) r.bytes += static_cast<double>(s.span.size());
  auto t0 = now_ticks();
  std::size_t found = 0;
  if (threads == 0) {
    for (const auto& doc : corpus.documents)
      for (const auto& v : doc.versions) found += tag_times(doc, v, TagOptions{}).size();
  } else {
    for (const auto& per_doc : tag_corpus(corpus, TagOptions{}, run_on(threads)))
      for (const auto& v : per_doc) found += v.size();
  }
  r.seconds = seconds_since(t0);
  r.items = static_cast<double>(found);
  return r;
}

Result extract_stage(const std::string& dir, std::size_t threads, bool records) {
  auto t0 = now_ticks();
  // As `timeline extract` does: publication dates inferred over the corpus, then a batch of
  // reports at a time tagged and their events found (and, with `records`, each report's JSON
  // record written), each dropped once handed on.
  Corpus corpus = load(dir, threads);
  std::vector<StoredReport> loaded;
  if (records)
    for (const auto& doc : corpus.documents)
      loaded.push_back({doc.path, doc.bytes, doc.source, doc.url, doc.dct, doc.dct_source});
  load_time_tables();
  std::vector<FoundTimes> found;
  infer_publication_dates(corpus, TagOptions{}, threads, &found);
  std::size_t reports = 0;
  stream_corpus_output(
      corpus, run_on(threads), 256,
      [&](std::size_t d) {
        const Document& doc = corpus.documents[d];
        auto timexes = tag_document(doc, TagOptions{}, &found[d]);
        ReportEvents events = report_events(doc, d, timexes);
        if (!records) return std::to_string(events.mentions.size());
        return report_record(doc, loaded[d], timexes, events.mentions, events.entities, TagOptions{});
      },
      [&](std::size_t d, std::string&&) {
        found[d] = {};
        if (records) loaded[d] = {};
        ++reports;
      });
  Result r;
  r.seconds = seconds_since(t0);
  r.bytes = folder_bytes(dir);
  r.items = static_cast<double>(reports);
  return r;
}

Result events_stage(const std::string& dir, std::size_t threads) {
  Extracted e = extract(dir, threads);
  auto t0 = now_ticks();
  CorpusEvents events = find_corpus_events(e.corpus, e.timexes);
  Result r;
  r.seconds = seconds_since(t0);
  r.bytes = folder_bytes(dir);
  r.items = static_cast<double>(events.mentions.size());
  return r;
}

Result graph_stage(const std::string& dir, std::size_t threads) {
  Extracted e = extract(dir, threads);
  CorpusEvents events = find_corpus_events(e.corpus, e.timexes);
  auto t0 = now_ticks();
  Timeline timeline = build_timeline(e.corpus, std::move(events.mentions), events.entities, {}, BuildOptions{});
  Result r;
  r.seconds = seconds_since(t0);
  r.bytes = folder_bytes(dir);
  r.items = static_cast<double>(timeline.events.size());
  return r;
}

Result build_stage(const std::string& dir, std::size_t threads) {
  auto t0 = now_ticks();
  PipelineOptions options;
  options.load.threads = threads;
  options.run.threads = threads;
  Analysis a = analyze({dir}, options);
  Result r;
  r.seconds = seconds_since(t0);
  r.bytes = folder_bytes(dir);
  r.items = static_cast<double>(a.timeline.events.size());
  return r;
}

Result build_by_story_stage(const std::string& dir, std::size_t threads) {
  auto t0 = now_ticks();
  LoadOptions load;
  load.threads = threads;
  RunOptions run;
  run.threads = threads;
  double events = 0;
  CorpusWalk walk({dir}, load);
  analyze_walk_by_story(walk, TagOptions{}, BuildOptions{}, run, [&](Analysis&& a) { events += static_cast<double>(a.timeline.events.size()); });
  Result r;
  r.seconds = seconds_since(t0);
  r.bytes = folder_bytes(dir);
  r.items = events;
  return r;
}

}  // namespace timeline::bench
