#pragma once
// The tagger's output: an underspecified time value, exactly as the words say it. Nothing here
// depends on the publication time; the resolver (engine/time_resolver.hpp) turns it into TIMEX3.
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "document.hpp"
#include "short_text.hpp"

namespace timeline {

/// What kind of expression the words are.
enum class TimeKind {
  point,     ///< a calendar date or clock time, maybe partial: "Friday", "late August", "9pm BST"
  relative,  ///< a calendar unit counted from the reference: "next week", "tomorrow", "last summer"
  shift,     ///< an amount of time before/after a reference: "two days ago", "a day earlier"
  anaphor,   ///< the story's last time at some granularity: "that day", "the same night"
  duration,  ///< "more than 12 hours", "the past two weeks", "months of diplomacy"
  set,       ///< "every Friday", "daily"
  ref,       ///< "now" (PRESENT_REF), "recently" (PAST_REF), "in the future" (FUTURE_REF)
  ignore,    ///< a number that is not a time ("12 million"): consumed so no rule tags it
};
std::string_view to_string(TimeKind kind);

/// The tense around an expression, from cue words in its sentence ("said", "will").
enum class Tense { none, past, future };

/// What a relative, shift or anaphoric expression is counted from.
enum class AnchorKind { dct, story };

/// The codes a value carries (units, mods, zones...): inline, so that a value copies as one block.
using Code = ShortText<15>;

/// An underspecified time value. Unset fields are unknown; the resolver fills them from context.
struct TimeValue {
  TimeKind kind = TimeKind::point;
  std::optional<int> year, month, day, weekday;  ///< weekday: ISO, Monday = 1 ... Sunday = 7
  std::optional<int> hour, minute;                ///< 24-hour clock
  std::optional<int> decade, century, quarter, half, week;  ///< decade 199 = 1990s; century 20 = the 20th (1900s)
  bool two_digit_year = false;                    ///< "'98", "9/9/16": century from the reference
  bool bc = false;                                ///< "480 BC": the year counts back from the common era
  bool last_day = false;                          ///< "the last day of August": the month's last day
  /// "last August": never the month just before the reference (that is "last month"), so said in
  /// September it is the August of the year before.
  bool not_adjacent = false;
  Code part_of_day;  ///< MO AF EV NI DT (TimeML)
  Code season;       ///< SP SU FA WI
  Code holiday;      ///< "12-25", "easter+1", "11-4thu" (fourth Thursday of November)
  Code unit;         ///< Y M W D H MIN S DE CE Q WE (weekend) HALF
  std::optional<double> amount, amount_max;  ///< durations and shifts; amount_max for ranges
  bool vague_amount = false;  ///< "several days", "months of": the amount is X
  bool plus_half = false;     ///< "two and a half years", "2 1/2 years": amount + 0.5
  /// The second part of a compound length, in a smaller unit: "six years and three months"
  /// (unit Y, amount 6; unit2 M, amount2 3), "two hours and 40 minutes".
  std::optional<double> amount2;
  Code unit2;
  int offset = 0;             ///< relative: +1 next, -1 last, 0 this; shift: +1 later, -1 earlier/ago
  Code mod;            ///< TIMEX3 mod the words imply: "late" END, "about" APPROX ...
  Code ref;            ///< for kind ref: PRESENT_REF, PAST_REF, FUTURE_REF
  ShortText<47> zone;  ///< zone abbreviation or name as listed ("BST", "Greenwich Mean Time"), resolved with time_zones.tsv
  Code quant;          ///< for sets: EVERY
  Code freq;           ///< for sets: how often in each period ("twice a year": 2X)
  AnchorKind anchor = AnchorKind::dct;
  Tense tense = Tense::none;  ///< filled by the tagger from the sentence
  /// "Thursday local time": the day at the place of the event, which may be ahead of the
  /// report's ("struck in the early hours of Thursday local time" in a Wednesday-evening report).
  bool local_time = false;
  /// "Sunday's election": the day names what a noun is, not when the sentence's clause
  /// happens, so a later clock time of the sentence ("conceded ... at noon") does not count
  /// from it (filled by the tagger).
  bool possessive = false;
  /// "at 2.17am (17:17 GMT on Wednesday)": the same instant in another zone, in brackets right
  /// after another expression; what it names is no new story time (filled by the tagger).
  bool conversion = false;
  /// "Two days later, the talks collapsed": the expression opens its sentence, where a time sets
  /// the frame of what follows (filled by the tagger).
  bool opens_sentence = false;
};
static_assert(std::is_trivially_copyable_v<TimeValue>, "the tagger copies values at every match step");

/// Sets one field by name, as rule files do ("offset=-1", "unit=W"); false for an unknown name or
/// a value the field cannot take.
bool set_field(TimeValue& value, std::string_view name, std::string_view text);

/// A time expression the tagger found: its exact bytes, its value and the rule that found it.
struct TaggedTime {
  Span span;
  TimeValue value;
  std::string_view rule;
};

}  // namespace timeline
