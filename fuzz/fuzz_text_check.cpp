// libFuzzer target: UTF-8 validation and the text check, against a plain reference decoder.
#include <cstdint>
#include <optional>
#include <string>

#include "fuzz_check.hpp"
#include "text_check.hpp"

namespace {
// Reference: decode each sequence by its lead byte's length, then reject overlong forms,
// surrogates and code points above U+10FFFF by value (RFC 3629), not by byte ranges.
std::optional<std::size_t> reference_invalid(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return i;
    std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      unsigned d = static_cast<unsigned char>(s[i + k]);
      if ((d >> 6) != 0x2) return i;
      cp = (cp << 6) | (d & 0x3F);
    }
    static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
    i += len;
  }
  return std::nullopt;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  timeline::fuzz::require(timeline::find_invalid_utf8(bytes) == reference_invalid(bytes));
  timeline::fuzz::require(timeline::bom_length(bytes) <= size);
  timeline::TextLimits small;  // small limits make the size and line-length paths reachable
  small.max_file_bytes = 512;
  small.max_line_bytes = 64;
  for (const auto& limits : {timeline::TextLimits{}, small}) {
    auto why = timeline::reject_reason(bytes, limits);
    if (why) timeline::fuzz::require(!why->empty());
    // Accepted text is valid UTF-8 without NUL bytes: the readers rely on it.
    else timeline::fuzz::require(!reference_invalid(bytes) && bytes.find('\0') == std::string_view::npos);
  }
  return 0;
}
