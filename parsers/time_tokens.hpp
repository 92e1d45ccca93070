#pragma once
// Splits a sentence into the tokens the time rules match: words, numbers and punctuation, each
// with its exact byte range. Numbers keep their inner separators ("2016-09-09", "500,000", "21:00")
// so that one token can be read as a date, a clock time or a grouped count.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace timeline {

struct TimeToken {
  std::size_t begin = 0, end = 0;  ///< byte offsets in the text given to tokenize_time
  /// ASCII-lowercased text: a view into the lowercased copy of the sentence made by
  /// tokenize_time (no string per token), valid while that copy lives; 16 bytes may be read at
  /// its start (the copy is padded).
  std::string_view lower;
  /// Caches the tagger fills once per token (time_lexicon.cpp, time_rules.cpp) so that rule
  /// matching never hashes a word twice: the lexicon phrases and the rules that may start here
  /// (a bit per rule in time_rules() order, time_rule_mask_words() words; null: none).
  const void* lexicon = nullptr;
  const std::uint64_t* rules = nullptr;
  std::uint64_t classes = 0;  ///< bit c set: class id c (time_lexicon.hpp class_id < 64) may start here
  mutable std::uint64_t failed = 0;  ///< bit c set: class c was tried here and does not match (a memo)
  int word = -1;  ///< the word interned by the rules (time_rules.cpp), -1 if no rule names it
  bool space_before = false;       ///< white space (or the sentence start) precedes it
  bool capital = false;            ///< starts with an ASCII capital ("May", not "may")
  bool all_upper = false;          ///< has letters, all capitals ("BST", "GMT")
  mutable std::int8_t cue = -1;    ///< tense_cue of `lower` as an int (a memo; -1: not looked up yet)
};

/// The tokens of a text with the lowercased copy their views point into (not copyable: the views
/// would point into the original).
struct TimeTokens {
  std::vector<char> lowered;  // a vector, not a string: moving it keeps its bytes where they are
  std::vector<TimeToken> tokens;
  TimeTokens() = default;
  TimeTokens(TimeTokens&&) = default;
  TimeTokens(const TimeTokens&) = delete;
  TimeTokens& operator=(const TimeTokens&) = delete;
  std::size_t size() const { return tokens.size(); }
  const TimeToken& operator[](std::size_t k) const { return tokens[k]; }
  auto begin() const { return tokens.begin(); }
  auto end() const { return tokens.end(); }
};

/// Tokens of `text`, offsets relative to `base` (so they index the document).
TimeTokens tokenize_time(std::string_view text, std::size_t base = 0);

/// The zero bytes after the lowercased text in `lowered`: 16 bytes may be read at any token.
inline constexpr std::size_t kLoweredPadding = 16;

/// The same into `out` (cleared first), the lowercased text into `lowered` (followed by
/// kLoweredPadding zero bytes): a caller tokenizing sentence after sentence reuses their storage
/// instead of allocating per sentence. The tokens' views point into `lowered` until it is next
/// written.
void tokenize_time(std::string_view text, std::size_t base, std::vector<TimeToken>& out, std::vector<char>& lowered);

}  // namespace timeline
