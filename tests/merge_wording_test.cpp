// Issue 5: merges decided by how reports word the same act (event_merge.cpp), and events placed
// from the time of another (links), run through the whole pipeline on invented reports.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <date/date.h>

#include "corpus_loader.hpp"
#include "pipeline.hpp"
#include "test_support.hpp"

using namespace timeline;
using namespace timeline::test;

namespace {

Analysis analyze_texts(const std::vector<std::pair<std::string, std::string>>& files) {
  TempDir dir;
  for (const auto& [name, text] : files) write_bytes(dir.path / name, text);
  BuildOptions build;
  build.all_events = true;
  return analyze(load_corpus({dir.path.string()}, {}), TagOptions{}, build);
}

// The (last) timeline event whose label holds `part`; nullptr when none does.
const TimelineEvent* event_labelled(const Analysis& an, std::string_view part) {
  const TimelineEvent* found = nullptr;
  for (const auto& e : an.timeline.events)
    if (e.label.find(part) != std::string::npos) found = &e;
  return found;
}

// The timeline events whose label holds `part` (statements left out), each as the sorted list of
// its reports.
std::vector<std::vector<std::string>> reports_of(const Analysis& an, std::string_view part) {
  std::vector<std::vector<std::string>> out;
  for (const auto& e : an.timeline.events) {
    if (e.label.find(part) == std::string::npos || e.cls == EventClass::statement) continue;
    std::vector<std::string> docs;
    for (auto k : e.mentions) docs.push_back(an.corpus.documents.at(an.timeline.mentions.at(k).document).id);
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    out.push_back(docs);
  }
  return out;
}

const std::pair<std::string, std::string> kEarly{
    "a.txt",
    "Published: 2021-06-04T18:00+01:00\n\nFinal halted\n\n"
    "The cup final in Brennport was halted for hours on Friday. Though the record of a nine-hour wait still stands, "
    "some of the fans fell asleep right in the stands. Police arrested two men outside the ground.\n"};
const std::pair<std::string, std::string> kLate{
    "b.txt",
    "Published: 2021-06-04T21:00+01:00\n\nBrennport final restarts\n\n"
    "The cup final in Brennport finally restarted on Friday. Earlier in the day some fans grew so tired of waiting "
    "that they fell asleep. Police arrested a third man outside the ground.\n"};

}  // namespace

TEST_CASE("merge: the same act of the same agent told again in more or fewer of the same words is one event") {
  Analysis an = analyze_texts({kEarly, kLate});
  // "Some of the fans fell asleep right in the stands" / "... that they fell asleep": the
  // sentences share little else, the act and its agent are told in the same words.
  CHECK(reports_of(an, "fell asleep") == std::vector<std::vector<std::string>>{{"a.txt", "b.txt"}});
}

TEST_CASE("merge: a third man arrested is another arrest than two men arrested") {
  Analysis an = analyze_texts({kEarly, kLate});
  CHECK(reports_of(an, "arrested two men") == std::vector<std::vector<std::string>>{{"a.txt"}});
  CHECK(reports_of(an, "arrested third man") == std::vector<std::vector<std::string>>{{"b.txt"}});
}

TEST_CASE("merge: the same words of an act in undated reports are not enough") {
  // No publication dates: "in January" and "in December" cannot be told apart by time, so the
  // two reports' job figures stay two events however alike their words (XXXX-01 is not XXXX-12).
  Analysis an = analyze_texts(
      {{"a.txt", "Jobs report\n\nThe Marovian economy created fewer jobs than expected in January, the agency said.\n"},
       {"b.txt", "Jobs report\n\nThe Marovian economy created fewer jobs than expected in December, officials said.\n"}});
  const auto created = reports_of(an, "created fewer jobs");
  CHECK(created.size() == 2);
  for (const auto& docs : created) CHECK(docs.size() == 1);
}

TEST_CASE("merge: one act said to happen at one stated time, with a named person in common, is one plan") {
  Analysis an = analyze_texts(
      {{"a.txt", "Published: 2021-06-04\n\nPort talks stall\n\n"
                 "Mayor Rosa Halloran and harbour chairman Tomas Mbeki met in Larkport on Friday. "
                 "Halloran said the two might be continuing their talks next week.\n"},
       {"b.txt", "Published: 2021-06-04\n\nLarkport talks\n\n"
                 "Mayor Rosa Halloran and Tomas Mbeki met in Larkport on Friday. "
                 "\"We may call it a day, maybe meeting again next week,\" Halloran said.\n"}});
  const TimelineEvent* plan = nullptr;
  for (const auto& e : an.timeline.events)
    if (e.anchor && e.anchor->timex.value == "2021-W23") {
      CHECK(plan == nullptr);  // one event for next week, not one per wording
      plan = &e;
    }
  REQUIRE(plan);
  CHECK(plan->cls == EventClass::meeting);  // "maybe meeting" in the quotation names the act
  CHECK(reports_of(an, "continuing their talks") == std::vector<std::vector<std::string>>{{"a.txt", "b.txt"}});
  // "the two" reads as the two people it stands for.
  CHECK(plan->label == "(might) Halloran and Mbeki might be continuing their talks.");
}

TEST_CASE("merge: a plan and the act that carried it out, in the month it was planned for, are one event") {
  // The court report's headline names Kessel, its lead dates the jailing: the plan joins both.
  const std::pair<std::string, std::string> verdict{
      "a.txt", "Published: 2022-05-18T09:00+01:00\n\nTreasurer guilty\n\n"
               "Martin Kessel was found guilty of fraud at Southwark crown court on Tuesday. He will be sentenced next month.\n"};
  const std::pair<std::string, std::string> jailed{
      "b.txt", "Published: 2022-06-10T14:00+01:00\n\nTreasurer Martin Kessel jailed for six years\n\n"
               "A former charity treasurer who stole £2m was jailed for six years on Friday.\n"};
  Analysis an = analyze_texts({verdict, jailed});
  const TimelineEvent* sentenced = event_labelled(an, "sentenced");
  const TimelineEvent* done = event_labelled(an, "jailed");
  REQUIRE(done);
  CHECK(sentenced == nullptr);  // no event of its own: the plan is the jailing's mention now
  std::set<std::string> docs;
  for (auto k : done->mentions) docs.insert(an.corpus.documents.at(an.timeline.mentions.at(k).document).id);
  CHECK(docs == std::set<std::string>{"a.txt", "b.txt"});
  // A plan for another month, or one that may happen, is another event.
  const std::pair<std::string, std::string> later{
      "a.txt", "Published: 2022-03-18T09:00+01:00\n\nTreasurer guilty\n\n"
               "Martin Kessel was found guilty of fraud at Southwark crown court on Tuesday. He will be sentenced next month.\n"};
  Analysis apart = analyze_texts({later, jailed});
  CHECK(event_labelled(apart, "sentenced") != nullptr);
  const std::pair<std::string, std::string> maybe{
      "a.txt", "Published: 2022-05-18T09:00+01:00\n\nTreasurer guilty\n\n"
               "Martin Kessel was found guilty of fraud at Southwark crown court on Tuesday. He may be sentenced next month.\n"};
  Analysis may = analyze_texts({maybe, jailed});
  CHECK(event_labelled(may, "sentenced") != nullptr);
}

TEST_CASE("anchors: what is going on when the report came out takes in the publication, however long it has lasted") {
  // Publications to the minute: talks "continuing after more than nine hours" at 15:00 began by
  // then and had not ended; a minute's window for them would contradict their length.
  Analysis an = analyze_texts(
      {{"a.txt", "Published: 2021-06-04T15:00Z\n\nTalks go on\n\n"
                 "The negotiations in Larkport between Mayor Rosa Halloran and Tomas Mbeki are continuing after more than nine hours.\n"},
       {"b.txt", "Published: 2021-06-04T15:30Z\n\nLarkport talks\n\n"
                 "Mayor Rosa Halloran and Tomas Mbeki are still negotiating, more than 14 hours after they sat down.\n"}});
  CAPTURE(an.timeline.conflicts.size());
  for (const auto& c : an.timeline.conflicts) CHECK(c.summary.find("contradiction") == std::string::npos);
  const TimelineEvent* talks = event_labelled(an, "Negotiations in Larkport");
  REQUIRE(talks);
  REQUIRE(talks->anchor);
  CHECK(talks->anchor->relation == AnchorRelation::includes);
  // Half an hour apart, both going on: one round of talks.
  CHECK(reports_of(an, "Negotiations in Larkport") == std::vector<std::vector<std::string>>{{"a.txt", "b.txt"}});
  // Begun by the first publication (15:00, a minute's window), not over before it.
  const Minutes published = date::sys_days(date::year{2021} / 6 / 4).time_since_epoch().count() * 1440 + 15 * 60;
  REQUIRE(talks->start_by);
  CHECK(*talks->start_by <= published + 1);
  if (talks->latest) CHECK(*talks->latest >= published);
}

TEST_CASE("links: 'minutes after the quake' is within the hour after the quake an earlier sentence dated, on its clock") {
  Analysis an = analyze_texts(
      {{"a.txt", "Published: 2023-11-01T19:40+00:00\n\nQuake hits Japan\n\n"
                 "A powerful earthquake struck off northern Japan at 2.17am local time on Thursday. "
                 "A tsunami warning was issued minutes after the quake.\n"}});
  const TimelineEvent* warning = event_labelled(an, "warning was issued");
  REQUIRE(warning);
  REQUIRE(warning->anchor);
  CHECK(warning->anchor->source == AnchorSource::link);
  // 2.17am in Japan is 17:17 UTC the day before; "minutes" are under an hour.
  const Minutes quake = date::sys_days(date::year{2023} / 11 / 1).time_since_epoch().count() * 1440 + 17 * 60 + 17;
  REQUIRE(warning->earliest);
  REQUIRE(warning->start_by);
  CHECK(*warning->earliest == quake);
  CHECK(*warning->start_by <= quake + 61);
  // Shown on the quake's clock: Thursday morning in Japan.
  CHECK(warning->anchor->timex.value.starts_with("2023-11-02T02:"));
  CHECK(warning->zone == "Asia/Tokyo");
}
