// libFuzzer target: both stages of time tagging, the resolver (engine/time_resolver.hpp) included,
// against any publication date from year 1 to 9999: calendar arithmetic at the edges of the range.
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "text_check.hpp"
#include "time_resolver.hpp"

using timeline::fuzz::check_span;
using timeline::fuzz::require;

namespace {
// TIMEX3 attribute values are plain ASCII: digits, letters, '-', ':', '.', '+'.
bool printable_ascii(const std::string& s) {
  for (unsigned char c : s)
    if (c < 0x20 || c > 0x7E) return false;
  return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 5) return 0;
  // Bytes 0-3: options, the DCT's year, month and day (and whether there is one at all).
  std::string_view text(reinterpret_cast<const char*>(data) + 5, size - 5);
  if (timeline::find_invalid_utf8(text)) return 0;
  timeline::TagOptions options;
  options.prefer = static_cast<timeline::Prefer>(data[0] % 3);
  options.day_first = (data[0] & 4) != 0;
  std::optional<timeline::PublicationTime> dct;
  if ((data[0] & 8) == 0) {
    int year = 1 + (data[1] | (data[2] << 8)) % 9999;
    timeline::PublicationTime p;
    p.day = date::year{year} / date::month{1u + data[3] % 12u} / date::day{1u + data[4] % 28u};
    if (data[0] & 16) p.time_of_day = std::chrono::minutes{(data[4] * 7) % 1440};
    if (data[0] & 32) p.utc_offset = std::chrono::minutes{((data[3] * 15) % 1680) - 840};
    dct = p;
  }
  for (const auto& t : timeline::tag_phrase(text, dct, options)) {
    check_span(t.span, text.size());
    require(!t.span.empty() && !t.rule.empty());
    require(printable_ascii(t.value) && printable_ascii(t.mod) && printable_ascii(t.value_max));
    require(!t.value.empty());  // every expression gets a value, if only an underspecified one
  }
  return 0;
}
