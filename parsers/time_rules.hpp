#pragma once
// Time rules as data (time_rules*.tsv): a readable name, a token pattern over words and classes,
// and the fields the match sets. See docs/writing-rules.md.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "time_tokens.hpp"
#include "time_value.hpp"
#include "timex.hpp"

namespace timeline {

/// One pattern element: literal words ("last|past") or a class (<month>, <num:amount_max>).
struct PatternElement {
  std::vector<std::string> words;  ///< alternatives, lowercased; empty for a class
  std::string cls, field;          ///< class name and the field it sets ("" = the class's own)
  int cls_id = -1;                 ///< the class interned (time_lexicon.hpp class_id)
  std::vector<int> word_ids;       ///< `words` interned when the rules load (TimeToken::word)
  bool optional = false;           ///< written with a trailing '?'
  bool context = false;            ///< written in parentheses: must match but is not part of the extent
};

struct TimeRule {
  std::string name;
  std::vector<PatternElement> pattern;
  std::vector<std::pair<std::string, std::string>> sets;  ///< "kind=relative offset=-1"
  TimeValue start;  ///< the value with `sets` applied, before any capture
  std::vector<std::size_t> required;  ///< the first two elements that are not optional (a quick filter)
  std::uint64_t needed_classes = 0;   ///< classes every match contains (a sentence-level filter)
  std::vector<std::vector<int>> needed_words;  ///< word alternatives every match contains
  std::string file;
  std::size_t line = 0;
};

/// A match of a rule: token range of the extent [first, last) and the value it built.
struct RuleMatch {
  std::size_t first = 0, last = 0;
  TimeValue value;
  const TimeRule* rule = nullptr;
};

/// All rules, in file order (earlier rules win ties), loaded once from the embedded data files.
const std::vector<TimeRule>& time_rules();

/// Parses a rule pattern; throws std::invalid_argument naming the problem.
std::vector<PatternElement> parse_pattern(std::string_view pattern);

/// Matches `rule` at token `i` (context elements included) and replaces `best` when a reading is
/// better: a longer extent, or as long and starting earlier. Equal matches keep `best`, so trying
/// rules in file order lets the earlier rule win ties. `found` says whether `best` holds a match.
void improve_match(const TimeRule& rule, const std::vector<TimeToken>& tokens, std::size_t i, const TagOptions& options,
                   RuleMatch& best, bool& found);

/// Which rules can match somewhere in a sentence: those whose every required element can start
/// at one of its tokens (after annotate_tokens). One flag per rule, in time_rules() order; only
/// rules that may start at some token (TimeToken::rules) are checked, the others are left 0.
void possible_rules(const std::vector<TimeToken>& tokens, std::vector<char>& possible);

/// Fills each token's caches (TimeToken::lexicon, classes, rules, word) with one hash lookup per
/// token: everything about a word is computed once when the rules load.
void annotate_tokens(std::vector<TimeToken>& tokens);

}  // namespace timeline
