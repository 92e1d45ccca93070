#pragma once
// Splits paragraphs into sentences by byte offsets. Knows abbreviations ("Mr", "U.S.", "Sept."),
// quotations (a quoted passage and its attribution stay one sentence), ellipses and list lines.
#include <string_view>
#include <vector>

#include "document.hpp"

namespace timeline {

/// Sentence spans within `span` of `bytes`, in order, trimmed, never empty. Line breaks inside
/// the span are soft (wrapped text) except before and after list lines ("- ", "* ", "• ", "1. ").
std::vector<Span> split_sentences(std::string_view bytes, Span span);

}  // namespace timeline
