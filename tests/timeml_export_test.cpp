// Issue 6: `timeline build --format timeml`: the built timeline as TempEval-3 TimeML per report version.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "corpus_loader.hpp"
#include "test_support.hpp"
#include "timeml_export.hpp"
#include "timeml_reader.hpp"

using namespace timeline;
using namespace timeline::test;

namespace {

// The attributes of every self-closing element named `tag` (MAKEINSTANCE, TLINK), in file order.
std::vector<std::map<std::string, std::string>> elements(const std::string& bytes, const std::string& tag) {
  std::vector<std::map<std::string, std::string>> out;
  const std::string open = "<" + tag + " ";
  for (auto at = bytes.find(open); at != std::string::npos; at = bytes.find(open, at + 1)) {
    auto close = bytes.find("/>", at);
    REQUIRE(close != std::string::npos);
    std::map<std::string, std::string> attrs;
    std::size_t i = at + open.size();
    while (i < close) {  // name="value" pairs
      auto eq = bytes.find("=\"", i);
      if (eq == std::string::npos || eq > close) break;
      auto endq = bytes.find('"', eq + 2);
      std::string name = bytes.substr(i, eq - i);
      while (!name.empty() && name.front() == ' ') name.erase(0, 1);
      attrs[name] = bytes.substr(eq + 2, endq - eq - 2);
      i = endq + 1;
    }
    out.push_back(std::move(attrs));
  }
  return out;
}

// Every file reads back with the project's TimeML reader; its text is the version's paragraphs;
// tags, instances and links are consistent and use TimeML's enumerations.
void check_export(const Analysis& a) {
  auto files = export_timeml(a);
  std::size_t versions = 0;
  for (const auto& d : a.corpus.documents) versions += d.versions.size();
  REQUIRE(files.size() == versions);
  std::size_t fi = 0, total_events = 0, total_links = 0;
  const std::set<std::string> classes{"OCCURRENCE", "REPORTING", "ASPECTUAL", "STATE", "I_ACTION", "I_STATE", "PERCEPTION"};
  const std::set<std::string> rel_types{"BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "DURING", "SIMULTANEOUS", "IAFTER",
                                        "IBEFORE", "IDENTITY", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY", "DURING_INV"};
  for (const auto& d : a.corpus.documents)
    for (const auto& v : d.versions) {
      const TimemlFile& f = files[fi++];
      CAPTURE(f.name);
      std::string error;
      auto back = read_timeml(f.name, f.name, f.bytes, &error);
      REQUIRE_MESSAGE(back, error);
      std::string text;
      for (const auto& p : v.paragraphs)
        if (!p.span.empty()) text += (text.empty() ? "" : "\n\n") + std::string(d.text(p.span));
      CHECK(back->bytes == text);
      CHECK(back->dct.has_value() == d.dct.has_value());
      std::set<std::string> tids{"t0"}, eids;
      std::size_t events = 0;
      for (const auto& an : back->annotations) {
        if (an.tag == "TIMEX3") tids.insert(std::string(an.attribute("tid")));
        if (an.tag == "EVENT") {
          ++events;
          eids.insert(std::string(an.attribute("eid")));
          CHECK(classes.count(std::string(an.attribute("class"))) == 1);
        }
      }
      CHECK(events == f.events);
      std::set<std::string> eiids;
      for (auto& mk : elements(f.bytes, "MAKEINSTANCE")) {
        CHECK(eids.count(mk["eventID"]) == 1);  // every instance is of a tagged event
        eiids.insert(mk["eiid"]);
        CHECK((mk["polarity"] == "POS" || mk["polarity"] == "NEG"));
        CHECK((mk["pos"] == "VERB" || mk["pos"] == "NOUN"));
      }
      CHECK(eiids.size() == eids.size());  // ... and every event has one
      auto links = elements(f.bytes, "TLINK");
      CHECK(links.size() == f.tlinks);
      for (auto& l : links) {
        CHECK(rel_types.count(l["relType"]) == 1);
        CHECK(eiids.count(l["eventInstanceID"]) == 1);
        CHECK((l.count("relatedToTime") ? tids.count(l["relatedToTime"]) : eiids.count(l["relatedToEventInstance"])) == 1);
      }
      total_events += events;
      total_links += links.size();
    }
  CHECK(total_events > 0);
  CHECK(total_links > 0);
}

}  // namespace

TEST_CASE("timeml export: every version of the corpus stories reads back, with consistent EVENT, MAKEINSTANCE, TLINK") {
  for (auto story : {"01-geneva-talks", "02-akita-earthquake"}) {
    CAPTURE(story);
    check_export(analyze(load_corpus({(source_dir() / "corpus" / story).string()}, {}), TagOptions{}));
  }
}

TEST_CASE("timeml export: the seeds (version pages give one file per version)") {
  auto seeds = seeds_dir();
  if (seeds.empty()) return;
  Analysis a = analyze(load_corpus({seeds.string()}, {}), TagOptions{});
  check_export(a);
  auto files = export_timeml(a);
  std::size_t suffixed = 0;
  for (const auto& f : files) suffixed += f.name.find(".v") != std::string::npos ? 1 : 0;
  CHECK(suffixed >= 2);
}

TEST_CASE("timeml export: event classes and the anchors as TLINKs") {
  EventMention m;
  m.cls = EventClass::statement;
  CHECK(timeml_event_class(m) == "REPORTING");
  m.cls = EventClass::state_change;
  m.lemma = "begin";
  CHECK(timeml_event_class(m) == "ASPECTUAL");
  m.cls = EventClass::meeting;
  m.lemma = "talk";
  CHECK(timeml_event_class(m) == "OCCURRENCE");
  m.modality = "hope";
  CHECK(timeml_event_class(m) == "I_STATE");
}
