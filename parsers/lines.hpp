#pragma once
// Splits a file into lines by byte offsets; handles LF, CRLF and lone CR endings.
#include <string>
#include <string_view>
#include <vector>

#include "document.hpp"

namespace timeline {

/// A line's content span (without its line ending) and its 1-based number.
struct Line {
  Span span;
  std::size_t number = 0;
};

/// All lines of `bytes` from `start` on (e.g. after a byte-order mark).
std::vector<Line> split_lines(std::string_view bytes, std::size_t start = 0);

/// `span` with leading and trailing white space (ASCII and U+00A0) removed.
Span trim(std::string_view bytes, Span span);

/// True when `text` holds nothing but white space.
bool is_blank(std::string_view text);

/// `s` with each run of white space (space, tab, CR, LF) one space, none at either end: how the
/// versions of a page are compared sentence by sentence.
std::string normalize_space(std::string_view s);

}  // namespace timeline
