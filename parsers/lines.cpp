#include "lines.hpp"

namespace timeline {
namespace {
bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n'; }
}  // namespace

std::vector<Line> split_lines(std::string_view bytes, std::size_t start) {
  std::vector<Line> lines;
  std::size_t number = 1;
  std::size_t i = start;
  std::size_t line_start = start;
  while (i < bytes.size()) {
    char c = bytes[i];
    if (c == '\n' || c == '\r') {
      lines.push_back({{line_start, i}, number++});
      if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      line_start = i + 1;
    }
    ++i;
  }
  if (line_start < bytes.size()) lines.push_back({{line_start, bytes.size()}, number});
  return lines;
}

Span trim(std::string_view bytes, Span span) {
  while (span.begin < span.end) {
    if (ascii_space(bytes[span.begin])) ++span.begin;
    else if (span.end - span.begin >= 2 && bytes.substr(span.begin, 2) == "\xC2\xA0") span.begin += 2;
    else break;
  }
  while (span.end > span.begin) {
    if (ascii_space(bytes[span.end - 1])) --span.end;
    else if (span.end - span.begin >= 2 && bytes.substr(span.end - 2, 2) == "\xC2\xA0") span.end -= 2;
    else break;
  }
  return span;
}

bool is_blank(std::string_view text) {
  Span s = trim(text, {0, text.size()});
  return s.empty();
}

}  // namespace timeline
