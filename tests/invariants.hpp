#pragma once
// Checks every reader must satisfy on any input: no line lost, no boilerplate in a sentence,
// sentences trimmed and inside the file.
#include <doctest/doctest.h>

#include <string>

#include "document.hpp"
#include "lines.hpp"
#include "text_check.hpp"

namespace timeline::test {

/// Every non-blank line of the file is inside a removed span or has each of its non-space bytes
/// inside some sentence of some version: nothing is dropped silently.
inline void check_nothing_lost(const Document& doc) {
  std::vector<char> covered(doc.bytes.size() + 1, 0);
  for (const auto& r : doc.removed)
    for (auto i = r.span.begin; i < r.span.end; ++i) covered[i] = 1;
  for (const auto& v : doc.versions)
    for (const auto& s : v.sentences)
      for (auto i = s.span.begin; i < s.span.end; ++i) covered[i] = 1;
  for (const auto& line : split_lines(doc.bytes, bom_length(doc.bytes))) {
    for (auto i = line.span.begin; i < line.span.end; ++i) {
      char c = doc.bytes[i];
      if (c == ' ' || c == '\t' || c == '\r') continue;
      if (c == '|' && doc.format == Format::versions) continue;  // the diff table's cell separators
      if (!covered[i]) {
        FAIL_CHECK(std::string(doc.id) << ": line " << line.number << ", byte " << i << " is neither in a sentence nor removed");
        break;
      }
    }
  }
}

/// Sentences are non-empty, trimmed, within the file, and free of known boilerplate markers.
inline void check_clean_sentences(const Document& doc) {
  static const char* kMarkers[] = {"icon bookmark", "More on this topic", "More in this Section", "More From The",
                                   "RSS feed of changes", "This article is from the source", "---|---"};
  for (const auto& v : doc.versions)
    for (const auto& s : v.sentences) {
      REQUIRE(s.span.end <= doc.bytes.size());
      std::string_view t = doc.text(s.span);
      CAPTURE(doc.id);
      CAPTURE(t);
      CHECK_FALSE(t.empty());
      const Span whole{0, t.size()};
      CHECK(trim(t, whole) == whole);
      for (const char* m : kMarkers) CHECK(t.find(m) == std::string_view::npos);
    }
}

}  // namespace timeline::test
