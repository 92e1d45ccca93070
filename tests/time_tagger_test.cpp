// Unit tests of the time tagger's stages: tokens, typed values before resolution, resolution
// without a publication time, and document-level tagging with byte spans into the document.
#include <doctest/doctest.h>

#include "lexicon.hpp"
#include "sentence_splitter.hpp"
#include "time_resolver.hpp"
#include "time_tagger.hpp"
#include "time_tokens.hpp"

using namespace timeline;

namespace {

std::vector<std::string> token_texts(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize_time(text)) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

// The single expression tagged in `text` (fails the test when there is not exactly one).
TaggedTime only_time(std::string_view text) {
  auto found = find_times(text, {0, text.size()}, TagOptions{});
  REQUIRE(found.size() == 1);
  return found[0];
}

PublicationTime reference(std::string_view iso) {
  auto t = parse_iso_time(iso);
  REQUIRE(t);
  return *t;
}

}  // namespace

TEST_CASE("every time data file starts with a header comment stating its format") {
  for (auto name : {"time_words.tsv", "time_zones.tsv", "time_tense.tsv", "time_examples.tsv", "time_rules_negative.tsv",
                    "time_rules_dates.tsv", "time_rules_relative.tsv", "time_rules_durations.tsv", "time_rules_clock.tsv"}) {
    auto text = data_file(name);
    REQUIRE_MESSAGE(text, name);
    CHECK_MESSAGE(text->starts_with("# "), name);
    CHECK_MESSAGE(text->find("Format") != std::string_view::npos, name);
  }
}

TEST_CASE("tokens keep numbers whole and split words from punctuation") {
  CHECK(token_texts("Sept. 9, 2016") == std::vector<std::string>{"Sept", ".", "9", ",", "2016"});
  CHECK(token_texts("500,000 and 450.000") == std::vector<std::string>{"500,000", "and", "450.000"});
  CHECK(token_texts("a five-hour wait") == std::vector<std::string>{"a", "five", "-", "hour", "wait"});
  CHECK(token_texts("at 9 a.m. on 9/9/2016") == std::vector<std::string>{"at", "9", "a.m", ".", "on", "9/9/2016"});
  CHECK(token_texts("\u201CFriday\u201D") == std::vector<std::string>{"\u201C", "Friday", "\u201D"});
  auto t = tokenize_time("in  2016", 100);
  REQUIRE(t.size() == 2);
  CHECK(t[1].begin == 104);
  CHECK(t[1].end == 108);
}

TEST_CASE("the tagger's values are typed and underspecified") {
  auto friday = only_time("on Friday");
  CHECK(friday.value.kind == TimeKind::point);
  CHECK(friday.value.weekday == 5);
  CHECK_FALSE(friday.value.year.has_value());

  auto next_week = only_time("next week");
  CHECK(next_week.value.kind == TimeKind::relative);
  CHECK(next_week.value.unit == "W");
  CHECK(next_week.value.offset == 1);

  auto hours = only_time("more than twelve hours");
  CHECK(hours.value.kind == TimeKind::duration);
  CHECK(hours.value.amount == 12.0);
  CHECK(hours.value.unit == "H");
  CHECK(hours.value.mod == "MORE_THAN");

  auto night = only_time("the same night");
  CHECK(night.value.kind == TimeKind::anaphor);
  CHECK(night.value.part_of_day == "NI");

  auto later = only_time("two days later");
  CHECK(later.value.kind == TimeKind::shift);
  CHECK(later.value.anchor == AnchorKind::story);
  CHECK(later.value.offset == 1);

  CHECK(only_time("They said it happened on Monday").value.tense == Tense::past);
  CHECK(only_time("They will meet on Monday").value.tense == Tense::future);
  CHECK(only_time("on Monday").value.tense == Tense::none);
}

TEST_CASE("a report that reads its times where they happened, and a conversion in brackets, keep the story's day") {
  // A London report of Wednesday night about a quake in the early hours of Thursday in Japan.
  auto found = tag_phrase(
      "A quake struck in the early hours of Thursday local time. The agency said it hit at 2.17am (17:17 GMT on Wednesday). "
      "A tremor had shaken the area a day earlier. The Foreign Office said at 9pm GMT that it was in contact.",
      reference("2023-11-01T23:50+00:00"), TagOptions{});
  REQUIRE(found.size() == 5);
  CHECK(found[1].value == "2023-11-02T02:17");    // Thursday's 2.17am there, though after 23:50 in London
  CHECK(found[2].value == "2023-11-01T17:17Z");   // the same instant in GMT...
  CHECK(found[3].value == "2023-11-01");          // ... is no new story day: a day before Thursday
  CHECK(found[4].value == "2023-11-01T21:00Z");   // a time in the report's own zone told in the past
}

TEST_CASE("a report that reads its times where they happened counts a day word from the local day it has reached") {
  // London, 19:40 on Wednesday; in Japan it is already Thursday, the day the story tells.
  auto local = tag_phrase("The quake struck in the early hours of Thursday local time. At 6am, the railway said services would "
                          "not resume until tomorrow.",
                          reference("2023-11-01T19:40+00:00"), TagOptions{});
  REQUIRE(local.size() == 3);
  CHECK(local[1].value == "2023-11-02T06:00");
  CHECK(local[2].value == "2023-11-03");  // the day after Thursday there
  CHECK(local[2].anchor == "t2");         // counted from "6am", not from the publication
  // The same words with no local frame: the report's own tomorrow.
  auto own = tag_phrase("The railway said on Wednesday that services would not resume until tomorrow.",
                        reference("2023-11-01T19:40+00:00"), TagOptions{});
  REQUIRE(own.size() == 2);
  CHECK(own[1].value == "2023-11-02");
}

TEST_CASE("without a publication time, relative values stay underspecified") {
  auto found = tag_phrase("The talks resumed on Friday, September 9 and will end tomorrow.", std::nullopt, TagOptions{});
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "XXXX-09-09");
  CHECK(found[1].value == "FUTURE_REF");
  auto ago = tag_phrase("two days ago", std::nullopt, TagOptions{});
  REQUIRE(ago.size() == 1);
  CHECK(ago[0].value == "PAST_REF");
  auto weekday = tag_phrase("on Friday", std::nullopt, TagOptions{});
  REQUIRE(weekday.size() == 1);
  CHECK(weekday[0].value == "XXXX-WXX-5");
}

TEST_CASE("the preferred direction decides bare weekdays with no tense cue") {
  auto ref = reference("2016-09-09");
  TagOptions future;
  future.prefer = Prefer::future;
  CHECK(tag_phrase("Monday", ref, TagOptions{}).at(0).value == "2016-09-05");
  CHECK(tag_phrase("Monday", ref, future).at(0).value == "2016-09-12");
  TagOptions nearest;
  nearest.prefer = Prefer::nearest;
  CHECK(tag_phrase("Sunday", ref, nearest).at(0).value == "2016-09-11");
}

TEST_CASE("zone names take their offset from the tz database on that date") {
  CHECK(tag_phrase("9 p.m. ET", reference("2016-09-09"), TagOptions{}).at(0).value == "2016-09-09T21:00-04:00");
  CHECK(tag_phrase("9 p.m. ET", reference("2016-01-15"), TagOptions{}).at(0).value == "2016-01-15T21:00-05:00");
}

TEST_CASE("tag_times resolves a version's sentences in order, with spans into the document") {
  Document doc;
  doc.bytes = "Title\n\nRebels attacked on Tuesday, officials said. Two days later they withdrew.\n";
  doc.dct = reference("2016-09-09");
  Version v;
  for (auto s : split_sentences(doc.bytes, {7, doc.bytes.size() - 1})) v.sentences.push_back({s, false});
  auto found = tag_times(doc, v, TagOptions{});
  REQUIRE(found.size() == 2);
  CHECK(doc.text(found[0].span) == "Tuesday");
  CHECK(found[0].value == "2016-09-06");
  CHECK(doc.text(found[1].span) == "Two days later");
  CHECK(found[1].value == "2016-09-08");
  CHECK(found[1].anchor == "t1");
}

TEST_CASE("a part of day alone takes the story's day only from its own paragraph, else the report's day") {
  const std::string text = "Rebels attacked the town on Tuesday.\n\nThe fighting went on into the early evening.";
  Document doc;
  doc.bytes = text;
  doc.dct = reference("2016-09-09");
  Version v;
  const std::size_t cut = text.find("\n\n");
  v.paragraphs = {{{0, cut}, ""}, {{cut + 2, text.size()}, ""}};
  for (const auto& p : v.paragraphs)
    for (auto s : split_sentences(doc.bytes, p.span)) v.sentences.push_back({s, false});
  auto found = tag_times(doc, v, TagOptions{});
  REQUIRE(found.size() == 2);
  CHECK(found[1].value == "2016-09-09TEV");
  CHECK(found[1].anchor == "dct");
  // The same words in one paragraph: the evening of that Tuesday.
  auto one = tag_phrase("Rebels attacked the town on Tuesday. The fighting went on into the early evening.", reference("2016-09-09"), TagOptions{});
  REQUIRE(one.size() == 2);
  CHECK(one[1].value == "2016-09-06TEV");
  // tag_phrase reads a blank line as a paragraph break.
  auto two = tag_phrase(text, reference("2016-09-09"), TagOptions{});
  REQUIRE(two.size() == 2);
  CHECK(two[1].value == "2016-09-09TEV");
  // "that evening" is explicitly anaphoric: the story's day across paragraphs too.
  auto that = tag_phrase("Rebels attacked the town on Tuesday.\n\nThe fighting stopped that evening.", reference("2016-09-09"), TagOptions{});
  REQUIRE(that.size() == 2);
  CHECK(that[1].value == "2016-09-06TEV");
  CHECK(that[1].anchor == "t1");
}

TEST_CASE("'this <season>' is the season of this calendar year, or the winter under way") {
  CHECK(tag_phrase("this summer", reference("2025-03-07"), TagOptions{}).at(0).value == "2025-SU");
  CHECK(tag_phrase("this winter", reference("2025-03-07"), TagOptions{}).at(0).value == "2024-WI");
  CHECK(tag_phrase("this winter", reference("2016-09-09"), TagOptions{}).at(0).value == "2016-WI");
  CHECK(tag_phrase("Prices have risen since the summer.", reference("2024-03-15"), TagOptions{}).at(0).value == "2023-SU");
}

TEST_CASE("a past night alone is the night before the report's day, unless the report is from the afternoon or evening") {
  CHECK(tag_phrase("Rebels shelled the town overnight, officials said.", reference("2016-09-09T08:00"), TagOptions{}).at(0).value == "2016-09-08TNI");
  CHECK(tag_phrase("Rebels shelled the town overnight, officials said.", reference("2016-09-09"), TagOptions{}).at(0).value == "2016-09-08TNI");
  CHECK(tag_phrase("She said only that the night was not over.", reference("2016-09-09T23:40"), TagOptions{}).at(0).value == "2016-09-09TNI");
}

TEST_CASE("points completed from the DCT are anchored to it, a clock alone to the expression that named the story's day") {
  auto found = tag_phrase("Rebels attacked on Tuesday. Fighting stopped at 10 p.m.", reference("2016-09-09"), TagOptions{});
  REQUIRE(found.size() == 2);
  CHECK(found[0].anchor == "dct");
  CHECK(found[1].value == "2016-09-06T22:00");
  CHECK(found[1].anchor == "t1");
  CHECK(tag_phrase("in 2015", reference("2016-09-09"), TagOptions{}).at(0).anchor.empty());
}

TEST_CASE("a clock time told in the past is not put after the publication by a future story day") {
  // "tomorrow" is the story's last day; "said at 9pm GMT" had happened when the report went out.
  auto found = tag_phrase("Trains would not run until tomorrow. The Foreign Office said at 9pm GMT that it was in contact.",
                          reference("2023-11-01T21:40Z"), TagOptions{});
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "2023-11-02");
  CHECK(found[1].value == "2023-11-01T21:00Z");
  CHECK(found[1].anchor == "dct");
  // Told in the future it stays on the story's day.
  found = tag_phrase("Trains would not run until tomorrow. The minister will speak at 9pm GMT.", reference("2023-11-01T21:40Z"),
                     TagOptions{});
  REQUIRE(found.size() == 2);
  CHECK(found[1].value == "2023-11-02T21:00Z");
  // With no zone, a local day that may already have begun where it happened stays: "2.17am" on
  // Thursday local time in a report of Wednesday evening in London.
  found = tag_phrase("The quake struck in the early hours of Thursday local time. It hit at 2.17am.",
                     reference("2023-11-01T19:40Z"), TagOptions{});
  REQUIRE(found.size() == 2);
  CHECK(found[1].value == "2023-11-02T02:17");
}

TEST_CASE("a set says how often it recurs in each period (TIMEX3 freq)") {
  auto found = tag_phrase("The report comes out twice a year and the board meets three times a week.", reference("2016-09-09"),
                          TagOptions{});
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == TimexType::set);
  CHECK(found[0].value == "P1Y");
  CHECK(found[0].freq == "2X");
  CHECK(found[1].value == "P1W");
  CHECK(found[1].freq == "3X");
  // "every Friday" recurs once a week: a quant, no freq.
  found = tag_phrase("He reports to police every Friday.", reference("2016-09-09"), TagOptions{});
  REQUIRE(found.size() == 1);
  CHECK(found[0].quant == "EVERY");
  CHECK(found[0].freq.empty());
}

TEST_CASE("a history told from long after counts bare months from the story's year, a news report from its own") {
  // A narrative: every year written is long before the publication.
  auto found = tag_phrase("The war began in September 1939. Poland fell within weeks. In April 1940, Germany invaded Norway. "
                          "On June 10, Italy declared war. The Blitz began on 7 September. In February, Rommel arrived in Libya.",
                          reference("2009-12-19"), TagOptions{});
  REQUIRE(found.size() == 6);
  CHECK(found[3].value == "1940-06-10");
  CHECK(found[4].value == "1940-09-07");
  CHECK(found[5].value == "1941-02");  // the February nearest the story's time (September 1940), not 1940's
  // A news report: one old year does not make a history ("since its founding in 1949").
  found = tag_phrase("The alliance was founded in 1949. Leaders will meet in April.", reference("1999-03-12"), TagOptions{});
  REQUIRE(found.size() == 2);
  CHECK(found[1].value == "1999-04");
  // A report that has spoken of its own days returns to them two paragraphs on...
  found = tag_phrase("Crowds marched on Thursday.\n\nCastro landed on Dec. 2, 1956. He won on Jan. 1, 1959.\n\n"
                     "The boy was found at sea.\n\nHis mother died in late November.",
                     reference("2000-04-01"), TagOptions{});
  REQUIRE(found.size() == 4);
  CHECK(found[3].value == "1999-11");
  // ...a history that never has keeps its time across paragraphs.
  found = tag_phrase("The war began in August 1914. The front froze by 1915.\n\nThe armies dug in.\n\n"
                     "On 1 July, the offensive opened.",
                     reference("2009-12-19"), TagOptions{});
  REQUIRE(found.size() == 3);
  CHECK(found[2].value == "1915-07-01");
}

TEST_CASE("in a history, seasons, 'the end of the year' and anaphora count from the story's time") {
  auto found = tag_phrase("The siege began in 1775. Boston fell on 17 March 1776, and Washington entered the town that "
                          "morning. In the winter, the army camped. By the end of the year, it had lost New York.",
                          reference("2009-12-19"), TagOptions{});
  REQUIRE(found.size() == 5);
  CHECK(found[2].value == "1776-03-17TMO");
  CHECK(found[3].value == "1776-WI");
  CHECK(found[4].value == "1776");
  // The same words in a report of today count from its own time.
  found = tag_phrase("Boston voted on 17 March. In the winter, the city froze. By the end of the year, it had a new mayor.",
                     reference("2009-12-19"), TagOptions{});
  REQUIRE(found.size() == 3);
  CHECK(found[2].value == "2009");
}

TEST_CASE("in a history, wording that refers back counts from the story's time, deictic wording from the report's") {
  auto found = tag_phrase("Lincoln was elected in 1860. The war began in May 1861. The next year, the Union won at "
                          "Shiloh. By the end of the month, the army had moved.",
                          reference("2009-12-19"), TagOptions{});
  REQUIRE(found.size() == 4);
  CHECK(found[2].value == "1862");
  CHECK(found[3].value == "1862");  // "the next year" is now the story's time, known to the year
  // A trial report telling a fraud of years ago still says "last month" from its own time.
  found = tag_phrase("He stole money from 2016 to 2019 and was charged in 2019. He was convicted last month.",
                     reference("2022-06-10"), TagOptions{});
  REQUIRE(found.size() == 4);
  CHECK(found[3].value == "2022-05");
}

TEST_CASE("hours and minutes ago count from the report's clock when it has one, else they are lengths") {
  auto found = tag_phrase("Updated 3 hours ago. Posted 5 mins ago. Talks lasted more than 2 hours.", reference("2016-09-09T12:00+01:00"),
                          TagOptions{});
  REQUIRE(found.size() == 3);
  CHECK(found[0].type == TimexType::time);
  CHECK(found[0].value == "2016-09-09T09:00+01:00");
  CHECK(found[1].value == "2016-09-09T11:55+01:00");
  CHECK(found[2].value == "PT2H");  // a length stays a length
  auto dated_only = tag_phrase("Updated 3 hours ago.", reference("2016-09-09"), TagOptions{});
  REQUIRE(dated_only.size() == 1);
  CHECK(dated_only[0].value == "PT3H");  // no clock to count from
}
