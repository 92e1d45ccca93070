#pragma once
// Which reports tell one story, for `timeline build --by-story`: two reports published within four
// weeks or so of each other that name at least two of the same proper names are one story, and
// so is every report joined to it that way. Each story's timeline is then built on its own, so the
// analysis held at once (expressions, mentions, the merge and the temporal network) is that of
// the largest story, not of the corpus (docs/performance.md, "Memory"; docs/graph.md, "Stories").
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
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

/// What the grouping reads of the reports: each report's names (report_names) and its publication
/// day. A name is held as a number, one per distinct name, so that a corpus's reports cost a few
/// dozen bytes each here (`build --by-story` holds this for every report while it reads the rest a
/// story at a time).
class StoryIndex {
 public:
  /// Adds the next report.
  void add(const std::vector<std::string>& names, std::optional<date::sys_days> day);
  void add(const Document& doc, const StorySplitOptions& options = {});
  void set_day(std::size_t report, std::optional<date::sys_days> day) { days_.at(report) = day; }
  std::size_t size() const { return days_.size(); }
  /// The reports in a new order: report i is the one that was `order[i]`.
  void reorder(const std::vector<std::size_t>& order);

  /// Reports grouped into stories, as split_stories(corpus) groups documents.
  std::vector<std::vector<std::size_t>> split(const StorySplitOptions& options = {}) const;

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;  // name -> its number
  std::vector<std::uint32_t> names_;                    // the reports' names, report after report
  std::vector<std::uint32_t> first_{0};                 // report d's are names_[first_[d], first_[d + 1])
  std::vector<std::optional<date::sys_days>> days_;
};

/// The documents of `corpus` grouped into stories: each group's document indices ascending, the
/// groups ordered by their first document. Every document is in exactly one group (a report that
/// shares too little with any other is a story of its own). Depends only on the corpus.
std::vector<std::vector<std::size_t>> split_stories(const Corpus& corpus, const StorySplitOptions& options = {});

}  // namespace timeline
