#include "pipeline.hpp"

#include "dct_inference.hpp"
#include "entities.hpp"
#include "events.hpp"
#include "parallel.hpp"

#include <algorithm>
#include <mutex>
#include <numeric>
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
  // Held as three lists, not records, so that each is freed as soon as it has been used: what
  // stays for the whole run is a report's place in the walk (docs/performance.md, "Memory").
  std::vector<std::size_t> inputs;  // a report's path is walk.path(inputs[i])
  std::vector<DatedReport> dates;
  StoryIndex index;
  constexpr std::size_t kBatch = 256;
  for (std::size_t first = 0; first < walk.size(); first += kBatch) {
    std::vector<std::size_t> batch;
    for (std::size_t k = first; k < std::min(walk.size(), first + kBatch); ++k) batch.push_back(k);
    Corpus part = walk.read(batch, threads);
    lost.insert(lost.end(), part.skipped.begin(), part.skipped.end());
    std::unordered_map<std::string_view, std::size_t> input_of;
    for (std::size_t k : batch) input_of.emplace(walk.path(k), k);
    const std::size_t base = inputs.size();
    inputs.resize(base + part.documents.size());
    dates.resize(inputs.size());
    std::vector<std::vector<std::string>> names(part.documents.size());
    parallel_for(part.documents.size(), threads, [&](std::size_t i) {
      const Document& d = part.documents[i];
      inputs[base + i] = input_of.at(d.path);
      DatedReport& date = dates[base + i];
      date.folder = report_folder(d);
      if (d.dct) date.day = date::sys_days{d.dct->day};
      FoundTimes found;
      if (!d.dct) date.evidence = gather_date_evidence(d, options, found);
      names[i] = report_names(d, split.names_per_report);
    });
    for (std::size_t i = 0; i < part.documents.size(); ++i) {
      const Document& d = part.documents[i];
      index.add(names[i], d.dct ? std::optional<date::sys_days>(date::sys_days{d.dct->day}) : std::nullopt);
    }
  }
  // In path order, as load_corpus() sorts a corpus: the stories come in the same order.
  std::vector<std::size_t> order(inputs.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return walk.path(inputs[a]) < walk.path(inputs[b]); });
  auto in_order = [&](auto& list) {
    std::remove_reference_t<decltype(list)> sorted;
    sorted.reserve(list.size());
    for (std::size_t i : order) sorted.push_back(std::move(list[i]));
    list.swap(sorted);
  };
  in_order(inputs);
  in_order(dates);
  index.reorder(order);
  std::vector<std::size_t>().swap(order);
  // The dated reports of a story in which an undated one tells something "yesterday": read again
  // for the days they name (none in most corpora).
  read_told_days(dates, options, kBatch, threads, [&](std::size_t i) -> std::string_view { return walk.path(inputs[i]); },
                 [&](const std::vector<std::size_t>& places) {
                   std::vector<std::size_t> part;
                   for (std::size_t i : places) part.push_back(inputs[i]);
                   return walk.read(part, threads);
                 });
  std::vector<std::optional<InferredDate>> inferred = infer_dates(dates, threads);
  std::vector<DatedReport>().swap(dates);
  for (std::size_t i = 0; i < index.size(); ++i)
    if (inferred[i]) index.set_day(i, inferred[i]->day);
  const std::vector<std::vector<std::size_t>> stories = index.split(split);
  index = StoryIndex{};
  if (documents) *documents = inputs.size();

  // Pass 2: each story read again, dated as inferred, and analysed; stories N at a time on N threads.
  std::mutex lock;  // the progress callback and `lost`
  run_stories(stories, run, lock, [&](const std::vector<std::size_t>& story, const RunOptions& story_run) {
    std::vector<std::size_t> story_inputs;
    for (std::size_t i : story) story_inputs.push_back(inputs[i]);
    Corpus part = walk.read(story_inputs, thread_count(story_run.threads));
    if (!part.skipped.empty()) {  // changed since the first pass
      std::lock_guard guard(lock);
      lost.insert(lost.end(), part.skipped.begin(), part.skipped.end());
    }
    for (auto& d : part.documents) {  // the story's reports are in path order, as the documents
      auto it = std::lower_bound(story.begin(), story.end(), d.path,
                                 [&](std::size_t i, const std::string& path) { return walk.path(inputs[i]) < path; });
      if (!d.dct && it != story.end() && walk.path(inputs[*it]) == d.path && inferred[*it]) apply_inferred_date(d, *inferred[*it]);
    }
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
