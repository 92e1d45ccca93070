// Issue 4: offices written before a name (gazetteer `role` rows) are titles, not part of the name,
// so the person named later without them is the same participant.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "events.hpp"
#include "extraction.hpp"
#include "plain_reader.hpp"

using namespace timeline;

namespace {

// The agents of the event triggered by the n-th `word`.
std::vector<std::string> agents_at(const char* text, std::string_view word, int nth = 0) {
  Document d = read_plain("t.txt", "t.txt", text);
  auto r = report_events(d, 0, {{}});  // relabels every mention with the entities' final names
  for (const auto& e : r.mentions)
    if (d.text(e.trigger) == word && nth-- == 0) {
      std::vector<std::string> out;
      for (const auto& p : e.participants)
        if (p.role == "agent") out.push_back(p.entity);
      return out;
    }
  return {"<no event>"};
}

}  // namespace

TEST_CASE("participants: an office before a name is a title, and the name alone later is the same person") {
  using V = std::vector<std::string>;
  // Each: the title, the person written with it, then by surname alone.
  CHECK(agents_at("Council vote\n\nCouncillor Grace Okafor said the budget was late. Okafor said it would pass.\n", "said", 1) ==
        V{"Grace Okafor"});
  CHECK(agents_at("Hearing\n\nSenator Ellen Brandt said the bill was dead. Brandt said talks had failed.\n", "said", 1) ==
        V{"Ellen Brandt"});
  CHECK(agents_at("Ruling\n\nJudge Letty Varn said the evidence was weak. Varn said the trial would go on.\n", "said", 1) ==
        V{"Letty Varn"});
  CHECK(agents_at("Inquiry\n\nAttorney General Paul Denby said charges were possible. Denby said he would decide soon.\n", "said", 1) ==
        V{"Paul Denby"});
  // A title alone, later, is the person it was first given to ("the judge said").
  CHECK(agents_at("Ruling\n\nJudge Letty Varn adjourned the case. The judge said the evidence was weak.\n", "said") ==
        V{"Letty Varn"});
}

TEST_CASE("participants: a listed organisation speaks by its whole name, not by its last word as a surname") {
  Document d = read_plain("t.txt", "t.txt", "Aid\n\nThe Red Cross said nine people had died. Amnesty International said the toll was higher.\n");
  auto r = report_events(d, 0, {{}});
  std::vector<std::string> labels;
  for (const auto& e : r.mentions) labels.push_back(e.label);
  CAPTURE(labels);
  CHECK(std::any_of(labels.begin(), labels.end(), [](const std::string& l) { return l.starts_with("Red Cross: "); }));
  CHECK(std::any_of(labels.begin(), labels.end(), [](const std::string& l) { return l.starts_with("Amnesty International: "); }));
  // An unlisted name ending in a word for a body (`orgword`: Office, Foundation, Board, Fund,
  // Society) is an organisation too.
  Document d2 = read_plain("t.txt", "t.txt", "Visas\n\nThe Larkport Passport Office said the backlog had doubled.\n");
  auto r2 = report_events(d2, 0, {{}});
  REQUIRE_FALSE(r2.mentions.empty());
  CHECK(r2.mentions.front().label.starts_with("Larkport Passport Office: "));
}

TEST_CASE("participants: a body's name goes on after 'for' or 'of', and Arabic names keep their 'al-'") {
  using V = std::vector<std::string>;
  CHECK(agents_at("Toll\n\nThe Dravik Observatory for Human Rights said 14 people had died.\n", "said") ==
        V{"Dravik Observatory for Human Rights"});
  CHECK(agents_at("Rates\n\nThe Bank of Larkport said rates would stay at 4%.\n", "said") == V{"Bank of Larkport"});
  // After "for", one more name joined by "and"; after "of" the "and" joins two bodies.
  CHECK(agents_at("Jobs\n\nThe Department for Work and Pensions said claims had fallen.\n", "said") ==
        V{"Department for Work and Pensions"});
  auto two = agents_at("Rates\n\nThe Bank of Larkport and Varna Savings said rates would rise.\n", "said");
  CHECK(std::find(two.begin(), two.end(), "Bank of Larkport") != two.end());
  CHECK(agents_at("Raid\n\nSalah al-Rami said the convoy had been hit.\n", "said") == V{"Salah al-Rami"});
}

TEST_CASE("participants: a role word used as an adjective names nobody ('official figures')") {
  using V = std::vector<std::string>;
  CHECK(agents_at("Prices\n\nOfficial figures showed prices rose by 2% in March.\n", "rose").empty());
  CHECK(agents_at("Vote\n\nThe official results were announced on Monday.\n", "announced").empty());
  // The noun itself is still an official (gazetteer `attributive` lists the nouns after which it is an adjective).
  CHECK(agents_at("Vote\n\nAn official said the figures were wrong.\n", "said") == V{"official"});
  // A passive statement verb with nothing after it is told of its subject, with its verb group.
  Document d = read_plain("t.txt", "t.txt", "Vote\n\nThe official results were announced on Monday.\n");
  auto r = report_events(d, 0, tag_document(d, TagOptions{}));  // "on Monday" is a time, left out
  REQUIRE_FALSE(r.mentions.empty());
  CHECK(r.mentions.front().label == "Official results were announced");
}

TEST_CASE("participants: the subject of a passive verb is who it befell, the name after 'by' who did it") {
  auto roles = [](const char* text, std::string_view word) {
    Document d = read_plain("t.txt", "t.txt", text);
    auto r = report_events(d, 0, {{}});
    std::vector<std::string> out;
    for (const auto& e : r.mentions)
      if (d.text(e.trigger) == word)
        for (const auto& p : e.participants) out.push_back(p.entity + ":" + p.role);
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(roles("Fire\n\nDan Orme was killed by a falling tree.\n", "killed") == V{"Dan Orme:patient"});
  CHECK(roles("Riot\n\nThe minister was attacked by protesters.\n", "attacked") == V{"minister:patient", "protesters:agent"});
  CHECK(roles("Fraud\n\nMartin Kessel has been charged with fraud.\n", "charged") == V{"Martin Kessel:patient"});
  // Active: the subject acts.
  CHECK(roles("Fraud\n\nPolice arrested Martin Kessel.\n", "arrested") == V{"police:agent", "Martin Kessel:patient"});
}

TEST_CASE("participants: 'the US and Russian top diplomats' are each country's foreign minister, the US one its secretary of state") {
  const char* text =
      "Vienna talks\n\n"
      "US Secretary of State Ellen Brandt and Russian Foreign Minister Pavel Orlov met in Vienna on Monday. "
      "The US and Russian top diplomats talked for six hours.\n";
  auto agents = agents_at(text, "talked");
  std::sort(agents.begin(), agents.end());
  CHECK(agents == std::vector<std::string>{"Ellen Brandt", "Pavel Orlov"});
  // One country's top diplomat alone.
  CHECK(agents_at("Vienna talks\n\nRussian Foreign Minister Pavel Orlov arrived in Vienna. The Russian top diplomat said talks "
                  "would start soon.\n",
                  "said") == std::vector<std::string>{"Pavel Orlov"});
}
