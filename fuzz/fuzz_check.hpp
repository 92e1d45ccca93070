#pragma once
// Invariants every reader's output must hold on any input. A violation traps, so that libFuzzer
// saves the input as a crash even when no sanitizer notices anything.
#include <cstddef>
#include <string_view>

#include "document.hpp"

namespace timeline::fuzz {

inline void require(bool ok) {
  if (!ok) __builtin_trap();
}

inline void check_span(Span s, std::size_t size) { require(s.begin <= s.end && s.end <= size); }

/// Spans inside the document's bytes, begin <= end; TimeML offsets map every text byte into the file.
inline void check_document(const Document& doc, std::size_t file_size) {
  const std::size_t n = doc.bytes.size();
  for (const auto& v : doc.versions) {
    for (const auto& p : v.paragraphs) check_span(p.span, n);
    for (const auto& s : v.sentences) {
      check_span(s.span, n);
      require(!s.span.empty());  // the splitter promises non-empty sentences
    }
  }
  for (const auto& r : doc.removed) {
    check_span(r.span, n);
    require(!r.reason.empty());  // every removal says why
  }
  for (const auto& a : doc.annotations) check_span(a.span, n);
  if (doc.format == Format::timeml) {
    require(doc.file_offsets.size() == n + 1);
    for (std::size_t i = 0; i < doc.file_offsets.size(); ++i) {
      require(doc.file_offsets[i] <= file_size);
      if (i > 0) require(doc.file_offsets[i - 1] < doc.file_offsets[i]);
    }
  } else {
    require(n == file_size);  // plain and version pages keep the file unchanged
  }
}

}  // namespace timeline::fuzz
