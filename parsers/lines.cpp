#include "lines.hpp"

namespace timeline {
namespace {
bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n'; }
}  // namespace

std::vector<Line> split_lines(std::string_view bytes, std::size_t start) {
  std::vector<Line> lines;
  std::size_t number = 1;
  std::size_t line_start = start;
  while (line_start < bytes.size()) {
    // memchr is vectorised; a lone CR (old Mac files) is rare, so look for it only within the line.
    auto nl = bytes.find('\n', line_start);
    std::size_t end = nl == std::string_view::npos ? bytes.size() : nl;
    auto cr = bytes.substr(line_start, end - line_start).find('\r');
    if (cr != std::string_view::npos && line_start + cr + 1 < end) {  // a CR not directly before LF ends a line
      lines.push_back({{line_start, line_start + cr}, number++});
      line_start += cr + 1;
      continue;
    }
    std::size_t content_end = cr != std::string_view::npos ? line_start + cr : end;
    lines.push_back({{line_start, content_end}, number++});
    if (nl == std::string_view::npos) break;
    line_start = nl + 1;
  }
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

std::string normalize_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace timeline
