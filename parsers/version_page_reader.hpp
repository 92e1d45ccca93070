#pragma once
// Reads a version-diff page: two versions of one article shown side by side, either as a table
// ("Version 4 | Version 5 |" then rows `old | new |`) or as two columns run together with no
// separator ("Version 0 Version 1" then rows `old new`). Each version's text is rebuilt on its
// own, with the delay the page states between them ("(about 3 hours later)" = 180 minutes).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document.hpp"

namespace timeline {

/// Paragraphs and sentences of the other reports of the corpus, folded by fold_for_compare();
/// run-together columns are split where the repeated text says the boundary lies.
struct KnownText {
  std::unordered_set<std::string> paragraphs;
  std::unordered_set<std::string> sentences;
  /// For each folded paragraph, the numbers (in `add` order) of the reports that print it.
  std::unordered_map<std::string, std::vector<std::size_t>> paragraph_docs;
  /// How many reports were added; the next one gets this number.
  std::size_t documents = 0;
  /// Byte length of the longest folded sentence (bounds the straddle check).
  std::size_t longest_sentence = 0;
  /// Adds every paragraph and sentence of `doc`.
  void add(const Document& doc);
};

/// True when `bytes` look like a version-diff page (its header or its "Version N ... Version M" line).
bool looks_like_version_page(std::string_view bytes);

/// Minutes in a delay note: "(about 3 hours later)" -> 180, "(35 minutes later)" -> 35,
/// "(a day later)" -> 1440, "(2 weeks later)" -> 20160, "(half an hour later)" -> 30, else nullopt.
std::optional<int> parse_delay_minutes(std::string_view note);

/// Reads a version-diff page (already checked to be valid UTF-8 text).
Document read_version_page(std::string id, std::string path, std::string bytes, const KnownText& known);

}  // namespace timeline
