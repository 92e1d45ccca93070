#pragma once
// The time tagger's vocabulary: word classes from time_words.tsv and time_zones.tsv, and the
// classes read from a token's shape (numbers, years, clock times, numeric dates).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "time_tokens.hpp"
#include "time_value.hpp"
#include "timex.hpp"

namespace timeline {

/// The classes computed from token shapes rather than looked up: num (12, "twenty-four"),
/// amount (num or an amount word: "a", "several"), year (4 digits), day (1-31, "9th", "ninth"),
/// ordinal ("3rd", "third"), clock ("9pm", "21:00", "9 a.m.", "noon"), date ("2016-09-09",
/// "9/9/2016"), decade ("1990s", "90s").
bool is_builtin_class(std::string_view name);

/// The number of an ordinal written in digits: "31st" -> 31, "88th" -> 88; none for anything
/// else ("31", "first", "1234th").
std::optional<int> ordinal_digits(std::string_view lower);

/// The classes that can start at a token with this lowercased text (lexicon phrases starting
/// with it, and the shape classes when it starts with a digit or is a number word).
void classes_of_word(std::string_view lower, std::vector<std::string_view>& classes);

/// Fills a token's lexicon caches (TimeToken::lexicon and classes) from its lowercased text.
void look_up_word(TimeToken& token);

/// An apostrophe token (' or U+2019): one opening a two-digit word stands for a century ("'99").
inline bool apostrophe_word(std::string_view lower) { return lower == "'" || lower == "\xE2\x80\x99"; }

/// Whether tokens[k], an apostrophe opening a word (after white space), is followed right away by
/// two digits: "'99" is a year.
bool two_digit_year_after(const std::vector<TimeToken>& tokens, std::size_t k);

/// Whether tokens[k] is two digits ending a range of years written short ("45" in "1939-45",
/// "16" in "2015/16"): read as a year (match_builtin), so it may start one (annotate_tokens).
bool ends_year_range(const std::vector<TimeToken>& tokens, std::size_t k);

/// The shape classes (num, year, clock, date ...) a word starting with a digit may start, by its
/// shape: "12" no year, "2016" no date, "9/9/2016" a date (a superset of what matching accepts).
std::uint64_t digit_token_classes(std::string_view lower);
/// The class bit of the shape class `year`.
std::uint64_t year_class_bit();

/// Whether class `id` may start at token `t` (after look_up_word); a cheap test before matching.
inline bool may_start(const TimeToken& t, int id) { return id >= 64 || (t.classes >> id & 1) != 0; }

/// What any match of class `id` must contain, for the sentence pre-filter (time_prefilter.hpp):
/// one word of `words` as a whole token, or (when `digits`) a digit. `usable` is false when the
/// class can match without either (then it cannot rule a sentence out).
struct ClassKeys {
  std::vector<std::string> words;
  bool digits = false;
  bool usable = true;
  bool digit_phrases = false;  ///< a lexicon phrase of the class has digits and no letters ("1/2")
};
ClassKeys class_keys(int id);

/// Every word that starts a lexicon phrase.
std::vector<std::string_view> lexicon_first_words();

/// The class name `name` as a small integer (matching compares integers, not names).
int class_id(std::string_view name);

/// Whether rules may use class `name`: a shape class or a class of some lexicon phrase.
bool is_known_class(std::string_view name);

/// Matches class `id` (from class_id) at token `i` (longest reading). On success returns the
/// token index one past the match and stores the class value into `value`: into `field` when
/// given, else into the class's own field (month -> month, unit -> unit, clock -> hour, minute).
std::size_t match_class(int id, std::string_view field, const std::vector<TimeToken>& tokens, std::size_t i,
                        const TagOptions& options, TimeValue& value);

/// The UTC offset ("+01:00") or IANA zone ("America/New_York") of a zone abbreviation ("BST").
std::string_view zone_definition(std::string_view abbreviation);

/// The tense a word signals ("said" past, "will" future), or Tense::none.
Tense tense_cue(std::string_view lower_word);

/// Whether a verb form reads as a past ("announced", "met", "were"): a past tense cue or an
/// "-ed" form. Any case.
bool past_form(std::string_view word);

/// Whether a verb tells someone to do something later ("ordered", "agreed"): its "to" infinitive
/// ("ordered a hearing to take place in the autumn") is in the future of the verb.
bool directive_verb(std::string_view lower_word);

/// Whether a verb puts something off ("postponed", "adjourned"): the time after its "until" is
/// in its future ("postponed until Tuesday").
bool deferral_verb(std::string_view lower_word);

}  // namespace timeline
