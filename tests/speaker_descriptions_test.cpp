// Issue 4: who spoke, when the report names the speaker by a firm's joined name, by what the
// speaker is ("a security manager at ...", "the watchdog's chairman") or by a role and a name after
// other words; and what the label keeps of it. Every text is invented.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extraction.hpp"
#include "plain_reader.hpp"

using namespace timeline;

namespace {

struct Said {
  std::vector<std::string> agents;
  std::string label;
};

// The agents and the label of the event triggered by the n-th `word` of a report written on
// 2024-03-04 (its headline is the first paragraph).
Said said_at(const std::string& body, std::string_view word, int nth = 0) {
  const std::string text = "Published: 2024-03-04\n\nMarket report\n\n" + body + "\n";
  Document d = read_plain("t.txt", "t.txt", text);
  auto r = report_events(d, 0, {{}});
  for (const auto& e : r.mentions)
    if (d.text(e.trigger) == word && nth-- == 0) {
      Said out{{}, e.label};
      for (const auto& p : e.participants)
        if (p.role == "agent") out.agents.push_back(p.entity);
      return out;
    }
  return {{"<no event>"}, ""};
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("speakers: capitalised words joined by '&' are one firm, its closing 's included") {
  CHECK(said_at("Harlow & Quint said sales fell.", "said").agents == V{"Harlow & Quint"});
  CHECK(said_at("Harlow & Quint said sales fell.", "said").label == "Harlow & Quint: sales fell.");
  // "According to Brand & Poor's, which ..., the rise ...": the firm speaks, what it says follows its
  // relative clause.
  auto s = said_at("According to Brand & Poor's, which has upgraded the bank's rating, the rise helps the economy.",
                   "According to");
  CHECK(s.agents == V{"Brand & Poor's"});
  CHECK(s.label == "Brand & Poor's: rise helps economy.");
}

TEST_CASE("speakers: a body named with 'Executive' or 'Relations' is an organisation, and its president names who spoke") {
  CHECK(said_at("But the Tarsian Executive has insisted Mr Brodie was speaking about adults.", "insisted").label ==
        "Tarsian Executive: Mr Brodie was speaking about adults.");
  auto s = said_at("According to Exhibitor Relations president Paul Danvers, the average ticket could cost $7.", "According to");
  CHECK(s.agents == V{"Paul Danvers"});
  CHECK(s.label == "Danvers: average ticket could cost $7.");
  // Not someone joined by "and" to a group: "all those players and even Okafor himself" is no
  // description of Okafor.
  CHECK(said_at("According to all those players and even Okafor himself, the club is in a different league.", "According to")
            .agents == V{"players"});
}

TEST_CASE("speakers: 'the watchdog's chairman', 'their lawyer': an office held for someone named by a possessive") {
  CHECK(said_at("The watchdog's chairman has said prices would rise.", "said").label == "Watchdog's chairman: prices would rise.");
  CHECK(said_at("Their lawyer said the charges were false.", "said").label == "Lawyer: charges were false.");
  // A group keeps its plain name: the organisers later are the same organisers.
  CHECK(said_at("The tournament's organisers said safety came first.", "said").agents == V{"organisers"});
}

TEST_CASE("speakers: '<Name>, a security manager at <Body>, said': the description is the person named") {
  CHECK(said_at("Stephen Toulon, a security manager at Westsoft, said the program was a hoax.", "said").label ==
        "Toulon: program was a hoax.");
  CHECK(said_at("Ann Walker, senior economist at Northbank, said the figures were poor.", "said").agents == V{"Ann Walker"});
  CHECK(said_at("Tim Crane, Group Economist at Hallam, said prices rose.", "said").agents == V{"Tim Crane"});
  // The quotation before the name is what was said, however long the description after the name.
  CHECK(said_at("\"Telcos have wanted video for years,\" Ed Graczak, director of marketing for Tune Box, told the BBC News website.",
                "told")
            .label == "Graczak: Telcos have wanted video for years");
  // A place after "in ..." is no person described: "a spokesman" speaks.
  CHECK(said_at("Vera Lind died at her home in Malibu, California, a spokesman said.", "said").agents == V{"spokesperson"});
}

TEST_CASE("speakers: a role and a name after a place's phrase or a modifier in -ing open the speaker's clause") {
  // "the defeat at Porto and manager Lars Berg said": a new clause, not a pair of places.
  CHECK(said_at("Okafor hurt his knee in the defeat at Porto and manager Lars Berg said: \"He cannot run.\"", "said").agents ==
        V{"Lars Berg"});
  // "marketing manager Simon Blake": "marketing" qualifies the role, it takes no object.
  auto s = said_at("\"Sharing music is the perfect way to leave,\" music and marketing manager Simon Blake said.", "said");
  CHECK(s.agents == V{"Simon Blake"});
  CHECK(s.label == "Blake: Sharing music is the perfect way to leave");
  CHECK(said_at("\"Sharing music is the perfect way to leave,\" Tune Box marketing manager Simon Blake said.", "said").agents ==
        V{"Simon Blake"});
  // ... but people a participle names are its object: "officials briefing reporters" speak.
  CHECK(said_at("Senior officials briefing reporters on the flight played down the prospect of a deal.", "played down").agents ==
        V{"senior official"});
}

TEST_CASE("labels: a possessive that ends what was said stays ('the car was not his')") {
  CHECK(said_at("Peter Quince met officials. His spokesman said the car was not his.", "said").label ==
        "Spokesperson: car was not his.");
  // ... while one the cut leaves hanging goes ("... and raised its").
  CHECK(said_at("Harlow & Quint said sales fell and it raised its.", "said").label == "Harlow & Quint: sales fell and it raised");
}

TEST_CASE("speakers: after the verb, a role and a name right after a body's name are who spoke") {
  CHECK(said_at("\"We have waited years for a night like this,\" said the Northgate manager, Ewan Doyle.", "said").label ==
        "Doyle: We have waited years for a night like this");
  CHECK(said_at("\"We see that half the plants are too costly,\" said Frostline chief executive Hans Strand.", "said").agents ==
        V{"Hans Strand"});
}

TEST_CASE("speakers: 'general' before another role qualifies it, and before 'election' it names nobody") {
  CHECK(said_at("Tune Box Europe's general manager Jim Merrow said sales rose.", "said").agents == V{"Jim Merrow"});
  CHECK(said_at("The party's general secretary said the vote was close.", "said").label == "Party's general secretary: vote was close.");
  // "Labour's general election campaign": no general.
  CHECK(said_at("The general election will be held in May, Mr Okafor said.", "said").agents == V{"Okafor"});
}

TEST_CASE("speakers: an indefinite pronoun opening a sentence is nobody named") {
  // gazetteer.tsv notname rows: "Anyone:", "Everyone:" were speakers.
  auto anyone = said_at("Anyone who says the harbour fee is fair has not paid it, Ms Okafor said.", "says");
  CHECK(anyone.agents.empty());
  CHECK(anyone.label.find("Anyone:") == std::string::npos);
  auto nobody = said_at("Nobody could picture the mayor on a ferry, Tomas Brandt claimed.", "claimed");
  CHECK(nobody.agents == V{"Tomas Brandt"});
  CHECK(nobody.label.starts_with("Brandt: "));
  // Nor are sentence openers such as "Almost", "Latest", "Afterwards" (gazetteer notname rows).
  auto almost = said_at("Almost half of the dock workers said the port was unsafe.", "said");
  CHECK(almost.label.find("Almost:") == std::string::npos);
  auto latest = said_at("Latest figures suggest the port has lost trade.", "suggest");
  CHECK(latest.label.find("Latest:") == std::string::npos);
}

TEST_CASE("speakers: a party qualifies a role as a country does (gazetteer affiliations)") {
  // "The Tory leader" is the office of "Tory leader Michael Howard" named before, as "the Russian
  // foreign minister" is Lavrov's; they were a person called "Tory".
  auto leader = said_at("Tory leader Michael Howard visited the port. The Tory leader said the fees were too high.", "said");
  CHECK(leader.agents == V{"Michael Howard"});
  CHECK(leader.label.starts_with("Howard: "));
  CHECK(said_at("The Lib Dem leader said the fees were too high.", "said").label.starts_with("Lib Dem leader: "));
  CHECK(said_at("Labour MP Anne Campbell said the fees were too high.", "said").agents == V{"Anne Campbell"});
  CHECK(said_at("Labour said the fees were too high.", "said").agents == V{"Labour"});
  CHECK(said_at("A UKIP spokesman said the fees were too high.", "said").label.starts_with("UKIP spokesperson: "));
}

TEST_CASE("speakers: a body's name closed by an orgword that is also a role is the body's whole name") {
  // "Group", "Police": roles ("the group said") and orgwords; the label read "Group:", "Police:".
  auto group = said_at("The Halloran Group said it had not been told of the sale.", "said");
  CHECK(group.agents == V{"Halloran Group"});
  CHECK(group.label.starts_with("Halloran Group: "));
  CHECK(said_at("Northmoor Police said the bridge would be shut.", "said").label.starts_with("Northmoor Police: "));
  CHECK(said_at("The rebel group said the bridge would be shut.", "said").label.starts_with("Rebel group: "));
  // A club's last word (orgword rows United, Rovers, Athletic, ...): not a person called "United".
  CHECK(said_at("Northmoor United said the stand would be shut.", "said").label.starts_with("Northmoor United: "));
}

TEST_CASE("speakers: the home nations qualify a role as countries do") {
  // Were people called "England", "Scotland" ("England: he was impressed ...").
  auto coach = said_at("England coach Lars Berg named his squad. The England coach said the squad was strong.", "said");
  CHECK(coach.agents == V{"Lars Berg"});
  CHECK(coach.label.starts_with("Berg: "));
  auto ministers = said_at("Scottish ministers said the ferry would sail.", "said");
  CHECK(ministers.label.starts_with("Scottish ministers: "));
}

TEST_CASE("speakers: listed bodies opening with a weekday, and bodies named past 'of'") {
  // "Sunday" is never a name on its own: the paper was "Telegraph", "Mail".
  CHECK(said_at("The ferry will be sold, the Sunday Telegraph reported.", "reported").agents == V{"Sunday Telegraph"});
  CHECK(said_at("The Mail on Sunday said the ferry would be sold.", "said").agents == V{"Mail on Sunday"});
  // A body named past "of" is a body, and "who" after "by" means it: it was a person "Court of
  // Appeal", and the clause after a preposition had no subject.
  auto court = said_at("The ruling was overturned by the Court of Appeal who said the port was safe.", "said");
  CHECK(court.agents == V{"Court of Appeal"});
}

TEST_CASE("speakers: a name inside a 'who' clause before the verb describes its antecedent") {
  // "Nielson, who is UKIP Scotland chairman, said": was "Scotland:"; "Leigh, who beat Martin
  // Scorsese to the award, told": was "Scorsese:".
  auto lund = said_at("Peter Lund, who beat Tom Brandt in the vote, said the port was safe.", "said");
  CHECK(lund.agents == V{"Peter Lund"});
  CHECK(lund.label.starts_with("Lund: "));
  auto holt = said_at("Ann Holt, who is Northmoor Council leader, told reporters the port was safe.", "told");
  CHECK(holt.agents == V{"Ann Holt"});
}
