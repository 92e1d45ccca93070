// libFuzzer target: stage 1 of time tagging (parsers/time_tagger.hpp) over any span of any valid
// UTF-8 text (the readers reject invalid UTF-8 before the tagger sees it).
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "text_check.hpp"
#include "time_tagger.hpp"

using timeline::fuzz::check_span;
using timeline::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 3) return 0;
  // Byte 0 picks the options, bytes 1-2 the sentence span: tagging starts and ends mid-text too.
  std::string_view bytes(reinterpret_cast<const char*>(data) + 3, size - 3);
  if (timeline::find_invalid_utf8(bytes)) return 0;
  const std::size_t n = bytes.size();
  std::size_t b = n ? data[1] % (n + 1) : 0, e = n ? data[2] % (n + 1) : 0;
  if (b > e) std::swap(b, e);
  timeline::TagOptions options;
  options.prefer = static_cast<timeline::Prefer>(data[0] % 3);
  options.day_first = (data[0] & 4) != 0;

  std::size_t previous_end = b;
  for (const auto& t : timeline::find_times(bytes, timeline::Span{b, e}, options)) {
    check_span(t.span, n);
    // Inside the sentence, left to right, never overlapping, never empty, named by a rule.
    require(!t.span.empty() && t.span.begin >= previous_end && t.span.end <= e && !t.rule.empty());
    previous_end = t.span.end;
  }
  return 0;
}
