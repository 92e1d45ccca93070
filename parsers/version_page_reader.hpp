#pragma once
// Reads a version-diff page: two versions of one article shown side by side, either as a table
// ("Version 4 | Version 5 |" then rows `old | new |`) or as two columns run together with no
// separator ("Version 0 Version 1" then rows `old new`). Each version's text is rebuilt on its
// own, with the delay the page states between them ("(about 3 hours later)" = 180 minutes).
#include <string>
#include <string_view>
#include <unordered_set>

#include "document.hpp"

namespace timeline {

/// Paragraphs and sentences of the other reports of the corpus, folded by fold_for_compare();
/// run-together columns are split where the repeated text says the boundary lies.
struct KnownText {
  std::unordered_set<std::string> paragraphs;
  std::unordered_set<std::string> sentences;
  /// Adds every paragraph and sentence of `doc`.
  void add(const Document& doc);
};

/// True when `bytes` look like a version-diff page (its header or its "Version N ... Version M" line).
bool looks_like_version_page(std::string_view bytes);

/// Minutes in a delay note: "(about 3 hours later)" -> 180, "(35 minutes later)" -> 35, else nullopt.
std::optional<int> parse_delay_minutes(std::string_view note);

/// Reads a version-diff page (already checked to be valid UTF-8 text).
Document read_version_page(std::string id, std::string path, std::string bytes, const KnownText& known);

}  // namespace timeline
