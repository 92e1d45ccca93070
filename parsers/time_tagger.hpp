#pragma once
// Stage 1 of time tagging: finds time expressions in a sentence and reads their typed,
// underspecified values (no publication time needed). Stage 2 is engine/time_resolver.hpp.
#include <cstddef>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include "document.hpp"
#include "time_value.hpp"
#include "timex.hpp"

namespace timeline {

/// The time expressions in `sentence` of `bytes`, left to right, never overlapping: at each token
/// the longest rule match wins (ties: the earlier rule). Each value carries the tense of the
/// nearest tense cue in the sentence ("said", "will").
std::vector<TaggedTime> find_times(std::string_view bytes, Span sentence, const TagOptions& options);

/// One document's find_times() results by sentence span (begin, end). They do not depend on the
/// publication time, so a report tagged to infer its date is resolved from them, not tagged again.
using FoundTimes = std::map<std::pair<std::size_t, std::size_t>, std::vector<TaggedTime>>;

}  // namespace timeline
