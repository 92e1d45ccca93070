#pragma once
// Stage 1 of time tagging: finds time expressions in a sentence and reads their typed,
// underspecified values (no publication time needed). Stage 2 is engine/time_resolver.hpp.
#include <string_view>
#include <vector>

#include "document.hpp"
#include "time_value.hpp"
#include "timex.hpp"

namespace timeline {

/// The time expressions in `sentence` of `bytes`, left to right, never overlapping: at each token
/// the longest rule match wins (ties: the earlier rule). Each value carries the tense of the
/// nearest tense cue in the sentence ("said", "will").
std::vector<TaggedTime> find_times(std::string_view bytes, Span sentence, const TagOptions& options);

}  // namespace timeline
