#include "text_check.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace timeline {
namespace {

// Line ends as split_lines() counts them (LF, CRLF, lone CR), so that "line N" here is the line
// the readers would number N.
struct Position {
  std::size_t line = 1, line_start = 0;
};
Position position(std::string_view bytes, std::size_t offset) {
  Position p;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    char c = bytes[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) ++p.line, p.line_start = i + 1;
  }
  return p;
}

std::string where(std::string_view bytes, std::size_t offset) {
  Position p = position(bytes, offset);
  return "line " + std::to_string(p.line) + ", column " + std::to_string(offset - p.line_start + 1) + " (byte " +
         std::to_string(offset) + ")";
}

}  // namespace

std::size_t bom_length(std::string_view bytes) { return bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0; }

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time: most of a news report.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte (Unicode Table 3-7)
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;
    else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) len = 3, hi = 0x9F;  // excludes UTF-16 surrogates
    else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) len = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) len = 4, hi = 0x8F;  // nothing above U+10FFFF
    else return i;                            // continuation byte, overlong lead C0/C1, or F5..FF
    if (i + len > n) return i;
    if (p[i + 1] < lo || p[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
    i += len;
  }
  return std::nullopt;
}

std::optional<std::string> reject_reason(std::string_view bytes, const TextLimits& limits) {
  if (bytes.size() > limits.max_file_bytes)
    return "file is " + std::to_string(bytes.size()) + " bytes; the limit is " + std::to_string(limits.max_file_bytes);
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos ||
      bytes.substr(bom_length(bytes)).find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
    return bytes.empty() ? "empty file" : "file holds only white space";
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos)
    return "binary file: NUL byte at " + where(bytes, nul);
  if (auto bad = find_invalid_utf8(bytes)) return "invalid UTF-8 at " + where(bytes, *bad);
  // Line lengths, lines ended as position() ends them; memchr finds the line feeds, and carriage
  // returns are looked for only between two of them.
  const char* data = bytes.data();
  const std::size_t n = bytes.size();
  std::size_t start = 0, line = 1;
  auto too_long = [&](std::size_t length) -> std::optional<std::string> {
    if (length <= limits.max_line_bytes) return std::nullopt;
    return "line " + std::to_string(line) + " is " + std::to_string(length) + " bytes long; a report's lines are at most " +
           std::to_string(limits.max_line_bytes) + " bytes";
  };
  while (start < n) {
    const void* lf = std::memchr(data + start, '\n', n - start);
    const std::size_t lf_at = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - data) : n;
    for (std::size_t s = start;;) {
      const void* cr = std::memchr(data + s, '\r', lf_at - s);
      const std::size_t end = cr ? static_cast<std::size_t>(static_cast<const char*>(cr) - data) : lf_at;
      if (auto reason = too_long(end - s)) return reason;
      if (!cr || (lf && end + 1 == lf_at)) break;  // no CR, or the CR of a CRLF
      ++line;  // a lone CR ends a line
      s = end + 1;
    }
    if (!lf) break;
    start = lf_at + 1;
    ++line;
  }
  return std::nullopt;
}

}  // namespace timeline
