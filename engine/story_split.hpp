#pragma once
// Which reports tell one story, for `timeline build --by-story`: two reports published within four
// weeks or so of each other that name at least two of the same proper names are one story, and
// so is every report joined to it that way. Each story's timeline is then built on its own, so the
// analysis held at once (expressions, mentions, the merge and the temporal network) is that of
// the largest story, not of the corpus (docs/performance.md, "Memory"; docs/graph.md, "Stories").
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

#include "corpus_loader.hpp"

namespace timeline {

/// How reports are grouped into stories (docs/graph.md, "Stories").
struct StorySplitOptions {
  std::size_t names_per_report = 12;  ///< a report's most frequent proper names, the keys it is joined by
  /// Names two reports must both give to be one story: one famous person is in many stories of a
  /// month.
  std::size_t shared_names = 2;
  /// A name given by more reports of one period than this is too common to tell stories apart
  /// ("Monday" is no name, but a wire service's name in every report is).
  std::size_t max_key_reports = 64;
};

/// The proper names of a report: each run of capitalised words counted once by its last word
/// ("Sergey Lavrov", "Mr Lavrov": "Lavrov"), not a sentence's capitalised first word alone, nor
/// weekday and month names, honorifics or the gazetteer's other `notname` words; the `limit` most
/// frequent, ties in alphabetical order. Sorted.
std::vector<std::string> report_names(const Document& doc, std::size_t limit);

/// What the grouping reads of a report: its names (report_names) and its publication day.
struct StoryKeys {
  std::vector<std::string> names;
  std::optional<date::sys_days> day;
};
StoryKeys story_keys(const Document& doc, const StorySplitOptions& options = {});

/// Reports grouped into stories by their keys, as split_stories(corpus) groups documents.
std::vector<std::vector<std::size_t>> split_stories(const std::vector<StoryKeys>& reports, const StorySplitOptions& options = {});

/// The documents of `corpus` grouped into stories: each group's document indices ascending, the
/// groups ordered by their first document. Every document is in exactly one group (a report that
/// shares too little with any other is a story of its own). Depends only on the corpus.
std::vector<std::vector<std::size_t>> split_stories(const Corpus& corpus, const StorySplitOptions& options = {});

}  // namespace timeline
