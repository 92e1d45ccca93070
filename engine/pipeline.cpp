#include "pipeline.hpp"

#include "dct_inference.hpp"
#include "entities.hpp"
#include "events.hpp"
#include "parallel.hpp"

#include <algorithm>
#include <mutex>
#include <string_view>
#include <unordered_map>

namespace timeline {

Analysis analyze(Corpus corpus, const TagOptions& options, const BuildOptions& build, const RunOptions& run) {
  load_time_tables();
  std::vector<FoundTimes> found;  // stage 1 of the undated reports, done once
  infer_publication_dates(corpus, options, run.threads, &found);
  CorpusTimexes timexes = tag_corpus(corpus, options, run, {}, &found);
  return analyze_tagged(std::move(corpus), std::move(timexes), build);
}

CorpusEvents find_corpus_events(const Corpus& corpus, const CorpusTimexes& timexes) {
  // One registry for the whole corpus, fed in document order: "Mr Lavrov" in one report is the
  // "Sergey Lavrov" of another, so this stage is sequential (docs/performance.md, "Threads").
  EntityRegistry registry;
  CorpusEvents out;
  for (std::size_t d = 0; d < corpus.documents.size() && d < timexes.size(); ++d) {
    const Document& doc = corpus.documents[d];
    for (std::size_t v = 0; v < doc.versions.size() && v < timexes[d].size(); ++v) {
      auto found = find_events(doc, d, doc.versions[v], timexes[d][v], registry);
      out.mentions.insert(out.mentions.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
  }
  registry.relabel(out.mentions);  // participant names as they are after every alias merge
  out.entities = registry.entities();
  return out;
}

Analysis analyze_tagged(Corpus corpus, CorpusTimexes timexes, const BuildOptions& build) {
  Analysis a;
  a.timexes = std::move(timexes);
  a.timexes.resize(corpus.documents.size());
  CorpusEvents events = find_corpus_events(corpus, a.timexes);
  a.entities = std::move(events.entities);
  a.timeline = build_timeline(corpus, std::move(events.mentions), a.entities, {}, build);
  a.corpus = std::move(corpus);
  return a;
}

namespace {

// Stories are independent: a batch of them is analysed on the threads, one story per thread (each
// tagged on that thread), and handed to `sink` in story order; a batch holds a few stories per
// thread, so memory stays that of a few stories. `lock` guards the progress callback (and
// whatever else `analyse` shares).
void run_stories(const std::vector<std::vector<std::size_t>>& stories, const RunOptions& run, std::mutex& lock,
                 const std::function<Analysis(const std::vector<std::size_t>& story, const RunOptions& story_run)>& analyse,
                 const std::function<void(Analysis&&)>& sink) {
  const std::size_t threads = thread_count(run.threads);
  RunOptions one = run;
  one.threads = 1;
  if (run.document_done)
    one.document_done = [&](std::size_t bytes) {
      std::lock_guard guard(lock);
      run.document_done(bytes);
    };
  const RunOptions& story_run = threads > 1 ? one : run;
  const std::size_t batch = threads > 1 ? 4 * threads : 1;
  for (std::size_t first = 0; first < stories.size(); first += batch) {
    const std::size_t count = std::min(batch, stories.size() - first);
    std::vector<Analysis> done(count);
    parallel_for(count, threads, [&](std::size_t k) { done[k] = analyse(stories[first + k], story_run); });
    for (auto& a : done) sink(std::move(a));
  }
}

}  // namespace

void analyze_by_story(Corpus corpus, const TagOptions& options, const BuildOptions& build, const RunOptions& run,
                      const std::function<void(Analysis&&)>& sink, const StorySplitOptions& split, CorpusTimexes* timexes) {
  load_time_tables();
  std::vector<FoundTimes> found;
  if (!timexes) infer_publication_dates(corpus, options, run.threads, &found);  // over all reports: dates come from neighbours
  const std::vector<std::vector<std::size_t>> stories = split_stories(corpus, split);
  std::mutex lock;
  run_stories(stories, run, lock, [&](const std::vector<std::size_t>& story, const RunOptions& story_run) {
    Corpus part;
    std::vector<FoundTimes> part_found;
    CorpusTimexes part_timexes;
    for (std::size_t d : story) {
      part.documents.push_back(std::move(corpus.documents[d]));
      part_found.push_back(d < found.size() ? std::move(found[d]) : FoundTimes{});
      if (timexes && d < timexes->size()) part_timexes.push_back(std::move((*timexes)[d]));
    }
    if (!timexes) part_timexes = tag_corpus(part, options, story_run, {}, &part_found);
    return analyze_tagged(std::move(part), std::move(part_timexes), build);
  }, sink);
}

void analyze_walk_by_story(const CorpusWalk& walk, const TagOptions& options, const BuildOptions& build, const RunOptions& run,
                           const std::function<void(Analysis&&)>& sink, std::vector<Skipped>* skipped, std::size_t* documents,
                           const StorySplitOptions& split) {
  load_time_tables();
  const std::size_t threads = thread_count(run.threads);
  std::vector<Skipped> lost(walk.skipped());
  // Pass 1, a batch at a time: what dates and stories need of each report; its text is dropped.
  struct Entry {
    std::size_t input = 0;  // its path is walk.path(input)
    DatedReport date;
    StoryKeys keys;
  };
  std::vector<Entry> entries;
  constexpr std::size_t kBatch = 256;
  for (std::size_t first = 0; first < walk.size(); first += kBatch) {
    std::vector<std::size_t> batch;
    for (std::size_t k = first; k < std::min(walk.size(), first + kBatch); ++k) batch.push_back(k);
    Corpus part = walk.read(batch, threads);
    lost.insert(lost.end(), part.skipped.begin(), part.skipped.end());
    std::unordered_map<std::string_view, std::size_t> input_of;
    for (std::size_t k : batch) input_of.emplace(walk.path(k), k);
    const std::size_t base = entries.size();
    entries.resize(base + part.documents.size());
    parallel_for(part.documents.size(), threads, [&](std::size_t i) {
      const Document& d = part.documents[i];
      Entry& e = entries[base + i];
      e.input = input_of.at(d.path);
      e.date.folder = report_folder(d);
      if (d.dct) e.date.day = date::sys_days{d.dct->day};
      FoundTimes found;
      if (!d.dct) e.date.evidence = gather_date_evidence(d, options, found);
      e.keys = story_keys(d, split);
    });
  }
  // In path order, as load_corpus() sorts a corpus: the stories come in the same order.
  std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) { return walk.path(a.input) < walk.path(b.input); });
  std::vector<DatedReport> dates;
  for (auto& e : entries) dates.push_back(std::move(e.date));
  std::vector<std::optional<InferredDate>> inferred = infer_dates(dates, threads);
  dates.clear();
  std::vector<StoryKeys> keys;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (inferred[i]) entries[i].keys.day = inferred[i]->day;
    keys.push_back(std::move(entries[i].keys));
  }
  const std::vector<std::vector<std::size_t>> stories = split_stories(keys, split);
  keys.clear();
  if (documents) *documents = entries.size();
  std::unordered_map<std::string_view, std::size_t> entry_of;
  for (std::size_t i = 0; i < entries.size(); ++i) entry_of.emplace(walk.path(entries[i].input), i);

  // Pass 2: each story read again, dated as inferred, and analysed; stories N at a time on N threads.
  std::mutex lock;  // the progress callback and `lost`
  run_stories(stories, run, lock, [&](const std::vector<std::size_t>& story, const RunOptions& story_run) {
    std::vector<std::size_t> inputs;
    for (std::size_t i : story) inputs.push_back(entries[i].input);
    Corpus part = walk.read(inputs, thread_count(story_run.threads));
    if (!part.skipped.empty()) {  // changed since the first pass
      std::lock_guard guard(lock);
      lost.insert(lost.end(), part.skipped.begin(), part.skipped.end());
    }
    for (auto& d : part.documents)
      if (auto it = entry_of.find(d.path); !d.dct && it != entry_of.end() && inferred[it->second])
        apply_inferred_date(d, *inferred[it->second]);
    part.skipped.clear();
    CorpusTimexes timexes = tag_corpus(part, options, story_run);
    return analyze_tagged(std::move(part), std::move(timexes), build);
  }, sink);
  std::stable_sort(lost.begin(), lost.end(), [](const Skipped& a, const Skipped& b) { return a.path < b.path; });
  if (skipped) *skipped = std::move(lost);
}

Analysis analyze(const std::vector<std::string>& paths, const PipelineOptions& options) {
  return analyze(load_corpus(paths, options.load), options.tag, options.build, options.run);
}

}  // namespace timeline
