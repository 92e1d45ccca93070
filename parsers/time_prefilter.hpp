#pragma once
// A byte scan that rules out sentences holding no time expression before they are tokenized.
// Every rule names words or classes that any match of it contains; for each rule two of them are
// chosen (those whose words are rarest in running text) and the sentence passes when, for some
// rule, it holds a word of each as a whole token, or a number of the shape a chosen class reads
// (a year, a numeric date, a decade, a clock time; any digit for counts). The test is exact:
// a sentence it rules out gets no match from any rule (tests/time_prefilter_test.cpp checks this
// against the full tagger), so tagging output does not change, only its cost.
#include <string_view>

namespace timeline {

/// False only when no time rule can match in `sentence`.
bool may_hold_time(std::string_view sentence);

/// How common a word is in running text, roughly: 1000 for function words ("the", "of"), 100 for
/// common time modifiers ("last", "since"), 1 for the rest. Keys are chosen among the rarest.
double word_commonness(std::string_view lowercase_word);

/// Whether the pre-filter is able to rule anything out (every rule has a key); for the benchmark.
bool time_prefilter_active();

}  // namespace timeline
