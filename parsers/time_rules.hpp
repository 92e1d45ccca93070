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
  std::uint64_t needed_word_bits = 0;  ///< word_bit() of each needed word without alternatives
  /// The word_bit()s of the alternatives of needed groups that have several ("last|past"): one of
  /// each group must be there (up to four groups; more are left to the matcher).
  std::uint64_t needed_alternatives[4] = {};
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

/// A word's bit in a sentence's 64-bit word signature (a one-hash Bloom filter over TimeToken::word).
inline std::uint64_t word_bit(int word) {
  return std::uint64_t{1} << ((static_cast<std::uint64_t>(word) * 0x9E3779B97F4A7C15ull) >> 58);
}

/// The words the rules name, interned: TimeToken::word is below this.
std::size_t time_rule_word_count();

/// What a sentence holds that the rules ask for: the classes that may start at its tokens, a
/// 64-bit signature of its words (a one-hash Bloom filter) and the exact set of its words.
struct SentenceWords {
  std::uint64_t classes = 0, word_bits = 0;
  std::vector<std::uint64_t> present;  ///< bit per interned word
  void clear_present(const std::vector<TimeToken>& tokens) {
    for (const auto& t : tokens)
      if (t.word >= 0) present[t.word / 64] = 0;
  }
  bool has(int w) const { return (present[w / 64] >> (w % 64) & 1) != 0; }
};

/// 64-bit words of a rule mask: a bit per rule, in time_rules() order (TimeToken::rules).
std::size_t time_rule_mask_words();

/// The rules that can match in a sentence (every class and word they require is there), as a
/// rule mask of time_rule_mask_words() words written to `out`; `tokens` are the sentence's, `s`
/// what they hold. Computed once per sentence: a token's candidates are then its own mask and
/// this one, not a test per rule per word.
void possible_rules(const std::vector<TimeToken>& tokens, const SentenceWords& s, std::uint64_t* out);

/// Fills each token's caches (TimeToken::lexicon, classes, rules, word) with one hash lookup per
/// token: everything about a word is computed once when the rules load. The tokens are
/// tokenize_time()'s (their text padded: a word is read as one 16-byte block).
void annotate_tokens(std::vector<TimeToken>& tokens);

}  // namespace timeline
