#pragma once
// A normalized time expression (TimeML TIMEX3): what the tagger finds and the resolver fixes.
#include <string>
#include <vector>

#include "document.hpp"

namespace timeline {

/// TIMEX3 types.
enum class TimexType { date, time, duration, set };
std::string_view to_string(TimexType type);  ///< "DATE", "TIME", "DURATION", "SET"

/// The UTC offset a clock-time value carries ("Z", "+01:00", "-04:00"; "" if none): "9pm BST" is
/// resolved to `…T21:00+01:00` so that the engine knows its instant.
std::string_view value_offset(std::string_view value);
/// The value as TimeML writes it: local wall-clock time, without that offset ("9pm BST" is
/// `…T21:00`, as TimeBank and docs/annotation.md write it); other values unchanged.
std::string_view timex3_value(std::string_view value);

/// A resolved time expression in a document's text, as TIMEX3.
struct Timex {
  Span span;                ///< byte offsets in Document::bytes (for TimeML input: the text)
  TimexType type = TimexType::date;
  std::string value;        ///< TIMEX3 value: "2016-09-09", "2016-W37", "PT12H", "2016-09-09TNI", "PXD"
  std::string mod;          ///< TIMEX3 mod: "", "BEFORE", "AFTER", "APPROX", "START", "END", "MORE_THAN" ...
  std::string anchor;       ///< for relative expressions: "dct", or the id of the timex it is anchored to
  std::string quant, freq;  ///< for SET ("EVERY", "2X")
  std::string rule;         ///< the name of the rule that found it (for debugging and docs)
  std::string value_max;    ///< ranges ("seven to ten days"): the upper bound ("P10D"); `value` is the lower
};

/// Options of the time tagger and resolver.
enum class Prefer { past, future, nearest };
struct TagOptions {
  Prefer prefer = Prefer::past;  ///< direction of bare weekdays and months with no tense cue
  bool day_first = true;         ///< 9/10/2016 = 9 October (false: 10 September)
  bool prefilter = true;         ///< skip sentences time_prefilter.hpp rules out (speed only: the output is the same)
};

}  // namespace timeline
