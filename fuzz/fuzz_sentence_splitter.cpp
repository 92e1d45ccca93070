// libFuzzer target: line splitting, trimming and sentence splitting over any span of any bytes.
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "lines.hpp"
#include "paragraphs.hpp"
#include "sentence_splitter.hpp"

using timeline::fuzz::check_span;
using timeline::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  // The first two bytes choose the span, so that spans starting and ending mid-text are tried.
  std::string_view bytes(reinterpret_cast<const char*>(data) + 2, size - 2);
  const std::size_t n = bytes.size();
  std::size_t b = n ? data[0] % (n + 1) : 0, e = n ? data[1] % (n + 1) : 0;
  if (b > e) std::swap(b, e);
  const timeline::Span span{b, e};

  std::size_t previous_end = span.begin;
  for (timeline::Span s : timeline::split_sentences(bytes, span)) {
    check_span(s, n);
    require(!s.empty() && s.begin >= previous_end && s.end <= span.end);  // ordered, inside the span
    require(timeline::trim(bytes, s) == s);                              // trimmed
    previous_end = s.end;
  }
  std::size_t line_end = 0, number = 0;
  for (const auto& line : timeline::split_lines(bytes)) {
    check_span(line.span, n);
    require(line.span.begin >= line_end && line.number == ++number);
    line_end = line.span.end;
  }
  timeline::Span t = timeline::trim(bytes, span);
  require(t.begin >= span.begin && t.end <= span.end && t.begin <= t.end);
  (void)timeline::looks_like_heading(bytes);
  (void)timeline::fold_for_compare(bytes);
  return 0;
}
