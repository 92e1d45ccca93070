#pragma once
// Issue 5, step 3: numbers and ordinals that reports give differently for the same event or the same
// fact ("third meeting" vs "fourth meeting", "at least nine" vs "at least twelve", "the latest talks
// lasted 11 hours" vs "the previous talks lasted 11 hours"), each with both sources. A later version
// of one report changing a number is an update, not a contradiction. Word table: parsers/data/numbers.tsv.
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "event_merge.hpp"

namespace timeline {

/// A number a sentence states about a thing: "at least nine killed", "third meeting", "latest talks".
struct NumberClaim {
  std::string kind;   ///< "cardinal", "ordinal", "relative"
  long long value = 0;
  std::string head;   ///< the word it counts or ranks ("meeting", "killed"), stemmed; "" when none follows
  std::string head_text;  ///< that word as written ("homes")
  std::string text;   ///< the surface words ("at least nine")
  bool framed = false; ///< an ordinal with no noun but a frame after it: "their third in two weeks"
};

/// The number claims of one sentence (durations like "11 hours" are left to DurationFact).
std::vector<NumberClaim> number_claims(std::string_view sentence);

/// Two sources that disagree, or a later version that updated an earlier one.
struct Disagreement {
  std::string kind;                  ///< "disagreement" or "update" (not a contradiction)
  std::string summary;               ///< one line with both wordings and both sources
  std::vector<std::size_t> mentions; ///< the two mentions (indices into the mention vector)
  std::optional<std::size_t> event;  ///< the merged event, when both belong to one
  std::string what;                  ///< what they differ on ("which talk")
  std::string wording_a, wording_b; ///< the two wordings ("previous talks", "latest talks")
  std::vector<std::string> sources_a, sources_b;  ///< the reports (and versions) giving each wording
  std::string note;                  ///< e.g. "(both lower bounds: compatible, the larger holds)"
};

/// Disagreements within each merged event (number claims, durations) and across events
/// (the same fact attributed to a different one of a series: "latest" vs "previous"). Reports
/// giving the same two wordings about the same thing are one disagreement listing every source:
/// "'previous talks' (a.txt v0, b.txt v1) vs 'latest talks' (b.txt v0, c.txt)".
/// `apart_by_time`: mention pairs the merge kept apart only for their times (MergeStats): each is
/// a disagreement (or, between versions of a report, an update) on when it happened.
std::vector<Disagreement> find_disagreements(const Corpus& corpus, const std::vector<EventMention>& mentions,
                                             const std::vector<MergedEvent>& events,
                                             const std::vector<std::pair<std::size_t, std::size_t>>& apart_by_time = {});

}  // namespace timeline
