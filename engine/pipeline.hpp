#pragma once
// The whole pipeline in the order data flows (docs/architecture.md):
// load -> infer missing publication dates -> tag and resolve times -> find events -> build the
// timeline (merge, reason, order). Each stage is its own file; this one only composes them.
// Tagging runs per document on RunOptions::threads threads (engine/extraction.hpp); the stages
// that look at several reports (publication-date inference, participants, merging) run in
// document order, so the result does not depend on the thread count.
#include <functional>
#include <string>
#include <vector>

#include "corpus_loader.hpp"
#include "story_split.hpp"
#include "extraction.hpp"
#include "timeline_build.hpp"
#include "timex.hpp"

namespace timeline {

/// Everything a run needs to know.
struct PipelineOptions {
  LoadOptions load;
  TagOptions tag;
  BuildOptions build;
  RunOptions run;
};

/// What the pipeline produced, stage by stage.
struct Analysis {
  Corpus corpus;
  CorpusTimexes timexes;  ///< [document][version index in Document::versions]
  std::vector<Entity> entities;
  Timeline timeline;
};

/// Runs every stage on `corpus` (already loaded).
Analysis analyze(Corpus corpus, const TagOptions& options, const BuildOptions& build = {}, const RunOptions& run = {});

/// Event mentions of every report and the participants, aliases merged across reports.
struct CorpusEvents {
  std::vector<EventMention> mentions;
  std::vector<Entity> entities;
};

/// Finds the events of every document in document order with one participant registry.
CorpusEvents find_corpus_events(const Corpus& corpus, const CorpusTimexes& timexes);

/// The stages after tagging, on a corpus whose DCTs are final and whose expressions are `timexes`:
/// events and participants (in document order: aliases are merged across reports), then the timeline.
Analysis analyze_tagged(Corpus corpus, CorpusTimexes timexes, const BuildOptions& build = {});

/// Every stage story by story (split_stories, docs/graph.md "Stories"): publication dates are
/// inferred over the whole corpus, then each story's reports are tagged, their events found and
/// their timeline built on their own, and handed to `sink` (its `corpus` holds the story's
/// documents, ids and paths as in the whole corpus) before the next story starts: only one
/// story's analysis is held at a time. Stories come in the order of their first document; the
/// result does not depend on the thread count. `timexes`, when given (records), are the corpus's
/// expressions, already tagged: only the events and the timeline are found per story.
void analyze_by_story(Corpus corpus, const TagOptions& options, const BuildOptions& build, const RunOptions& run,
                      const std::function<void(Analysis&&)>& sink, const StorySplitOptions& split = {},
                      CorpusTimexes* timexes = nullptr);

/// analyze_by_story() for files that are never all held at once: the walk is read a batch of 256
/// reports at a time for what publication dates and stories need (dates, the evidence of undated
/// reports, names), then each story's reports are read again when its turn comes. The peak memory
/// is that of a batch of stories, not of the corpus. A version page is read against the reports
/// read with it (its story's). `skipped` receives what the walk skipped and what could not be read;
/// `documents` the number of documents read.
void analyze_walk_by_story(const CorpusWalk& walk, const TagOptions& options, const BuildOptions& build, const RunOptions& run,
                           const std::function<void(Analysis&&)>& sink, std::vector<Skipped>* skipped = nullptr,
                           std::size_t* documents = nullptr, const StorySplitOptions& split = {});

/// Loads `paths` and runs every stage.
Analysis analyze(const std::vector<std::string>& paths, const PipelineOptions& options);

}  // namespace timeline
