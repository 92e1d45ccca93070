#pragma once
// The whole pipeline in the order data flows (docs/architecture.md):
// load -> infer missing publication dates -> tag and resolve times -> find events -> build the
// timeline (merge, reason, order). Each stage is its own file; this one only composes them.
#include <string>
#include <vector>

#include "corpus_loader.hpp"
#include "timeline_build.hpp"
#include "timex.hpp"

namespace timeline {

/// Everything a run needs to know.
struct PipelineOptions {
  LoadOptions load;
  TagOptions tag;
  BuildOptions build;
};

/// What the pipeline produced, stage by stage.
struct Analysis {
  Corpus corpus;
  std::vector<std::vector<std::vector<Timex>>> timexes;  ///< [document][version index in Document::versions]
  std::vector<Entity> entities;
  Timeline timeline;
};

/// Runs every stage on `corpus` (already loaded).
Analysis analyze(Corpus corpus, const TagOptions& options, const BuildOptions& build = {});

/// Loads `paths` and runs every stage.
Analysis analyze(const std::vector<std::string>& paths, const PipelineOptions& options);

}  // namespace timeline
