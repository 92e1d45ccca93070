#include "stages.hpp"

#include <filesystem>

#include "corpus_loader.hpp"
#include "dct_inference.hpp"
#include "extract_walk.hpp"
#include "extraction.hpp"
#include "pipeline.hpp"
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
  // What `timeline extract` does (engine/extract_walk.hpp): publication dates inferred over the
  // corpus, then a batch of reports at a time tagged and their events found (and, with `records`,
  // each report's JSON record built), each dropped once handed on; corpora past 64 MiB are read
  // twice, a batch at a time.
  LoadOptions load;
  load.threads = threads;
  CorpusWalk walk({dir}, load);
  ExtractOptions extract;
  extract.records = records;
  ExtractSummary summary = extract_walk(walk, shard_inputs(walk, 0, 1), true, TagOptions{}, run_on(threads), extract,
                                        [](std::string&&) {});  // built, then dropped as if written
  Result r;
  r.seconds = seconds_since(t0);
  r.bytes = folder_bytes(dir);
  r.items = static_cast<double>(summary.documents);
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
