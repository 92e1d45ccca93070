#pragma once
// Word tokens of a sentence with their byte spans: the unit event and participant detection work on.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "document.hpp"
#include "string_hash.hpp"

namespace timeline {

/// A token's lowercased text: a std::string whose comparison with a literal checks the length
/// first. The event stage compares tokens with hundreds of literals ("was", "had", "to"), and
/// std::string == const char* measures the literal with strlen every time.
struct LowerText : std::string {
  using std::string::string;
  LowerText() = default;
  LowerText(std::string s) : std::string(std::move(s)) {}
  template <std::size_t N>
  bool operator==(const char (&literal)[N]) const {
    return size() == N - 1 && std::char_traits<char>::compare(data(), literal, N - 1) == 0;
  }
};

/// One token: a word, a number, a clitic ("'s", "n't") or one punctuation mark.
struct Token {
  Span span;           ///< bytes in Document::bytes
  std::string_view text;  ///< as written
  LowerText lower;     ///< ASCII-lowercased, with ’ written as '
  bool word = false;   ///< starts with a letter or digit (or is a clitic)
  bool capitalized = false;  ///< starts with an ASCII upper-case letter
  bool quoted = false;       ///< inside a quotation (see quoted_ranges)
  /// Opens or closes a clause: a clause word (is_clause_word) or , ; : ( ) " “ ” — –. Set once by
  /// tokenize(): the event finder asks it of every token several times.
  bool clause_edge = false;
};

/// A double quotation mark, straight or curly: " “ ”.
inline bool is_quote_mark(const Token& t) { return t.text == "\"" || t.text == "\xE2\x80\x9C" || t.text == "\xE2\x80\x9D"; }

/// Words that open a clause: "that", "which", "who", "when", "while", "but", "although",
/// "whereas", "whether", "if", "unless", "because", "though".
bool is_clause_word(std::string_view w);

/// Tokens of `span` in `bytes`; linear in the span. Possessive "'s" and "n't" become their own
/// tokens; "U.S." and "Frank-Walter" stay whole; ’ counts as an apostrophe inside words.
std::vector<Token> tokenize(std::string_view bytes, Span span);

/// Drops a plural "s" ("talks" -> "talk", not "boss"): the only stemming the merge and the
/// disagreements use, since heavier stemming would join unrelated words.
inline void stem_plural(std::string& word) {
  if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
}

/// Byte ranges inside quotation marks (“…”, "…") in each paragraph; an opening mark never
/// closed in its paragraph runs to the paragraph's end.
std::vector<Span> quoted_ranges(std::string_view bytes, const std::vector<Span>& paragraphs);

/// Marks tokens whose start lies in one of `quoted` (sorted, disjoint).
void mark_quoted(std::vector<Token>& tokens, const std::vector<Span>& quoted);

}  // namespace timeline

namespace timeline {


/// Phrases of one or more tokens mapped to values, matched longest-first at a token position;
/// each lookup is one hash probe on the first token plus a comparison per candidate phrase.
template <class T>
class PhraseTable {
 public:
  explicit PhraseTable(bool fold_case) : fold_case_(fold_case) {}
  /// Adds `phrase` (tokenized like text); false when it was already present.
  bool add(std::string_view phrase, T value) {
    auto toks = tokenize(phrase, {0, phrase.size()});
    if (toks.empty()) return false;
    std::vector<std::string> words;
    for (const auto& t : toks) words.push_back(fold_case_ ? static_cast<const std::string&>(t.lower) : std::string(t.text));
    auto& list = by_first_[words.front()];
    for (const auto& [w, v] : list)
      if (w == words) return false;
    list.emplace_back(std::move(words), std::move(value));
    return true;
  }
  /// The longest phrase starting at token `i`: its length in tokens and value (0, nullptr if none).
  std::pair<std::size_t, const T*> match(const std::vector<Token>& tokens, std::size_t i) const {
    if (i >= tokens.size()) return {0, nullptr};
    auto it = by_first_.find(key(tokens[i]));  // a view: no string built per lookup
    if (it == by_first_.end()) return {0, nullptr};
    std::pair<std::size_t, const T*> best{0, nullptr};
    for (const auto& [words, value] : it->second) {
      if (words.size() <= best.first || i + words.size() > tokens.size()) continue;
      bool ok = true;
      for (std::size_t k = 1; k < words.size() && ok; ++k) ok = key(tokens[i + k]) == words[k];
      if (ok) best = {words.size(), &value};
    }
    return best;
  }
  /// Calls f(first word) for every first word of a phrase (as keyed: lowercased when folding case).
  template <class F>
  void for_each_first(F&& f) const {
    for (const auto& entry : by_first_) f(std::string_view(entry.first));
  }
  bool folds_case() const { return fold_case_; }

 private:
  std::string_view key(const Token& t) const { return fold_case_ ? std::string_view(t.lower) : t.text; }
  bool fold_case_;
  // Open addressing: a probe per token of every sentence. Values are vectors, so what match()
  // points into stays put when the table grows.
  FlatStringMap<std::vector<std::pair<std::vector<std::string>, T>>> by_first_;
};

}  // namespace timeline
