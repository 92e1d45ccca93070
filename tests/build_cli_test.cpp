// `timeline build` as users run it: JSON events and the rendered GraphViz graph agree.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>
#include <set>

#include "test_support.hpp"

using namespace timeline::test;

namespace {
std::string run(const std::string& args) {
  std::string cmd = std::string(TIMELINE_BINARY) + " " + args + " 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  std::string out;
  char buf[65536];
  while (auto n = fread(buf, 1, sizeof buf, pipe.get())) out.append(buf, n);
  return out;
}
bool have_dot() { return std::system("command -v dot >/dev/null 2>&1") == 0; }
}  // namespace

TEST_CASE("build --format svg renders every event of the JSON timeline as a node") {
  if (!have_dot()) {
    MESSAGE("skipped: GraphViz `dot` is not installed");
    return;
  }
  for (const char* story : {"01-geneva-talks", "03-charity-fraud-trial", "06-yokohama-cup-final"}) {
    CAPTURE(story);
    std::string path = (source_dir() / "corpus" / story).string();
    auto json = nlohmann::json::parse(run("build --format json " + path));
    std::string svg = run("build --format svg " + path);
    REQUIRE(json["events"].size() > 0);
    REQUIRE(svg.find("<svg") != std::string::npos);
    std::size_t nodes = 0;
    for (auto p = svg.find("class=\"node\""); p != std::string::npos; p = svg.find("class=\"node\"", p + 1)) ++nodes;
    CHECK(nodes == json["events"].size());
    for (const auto& e : json["events"]) {
      std::string title = "<title>" + e["id"].get<std::string>() + "</title>";
      bool named = svg.find(e["id"].get<std::string>() + " ") != std::string::npos || svg.find(title) != std::string::npos;
      CHECK_MESSAGE(named, "event " << e["id"].get<std::string>() << " is not a node");
    }
  }
}

TEST_CASE("build output is the same bytes run after run") {
  std::string path = (source_dir() / "corpus").string();
  std::string a = run("build --format json " + path), b = run("build --format json " + path);
  CHECK(a.size() > 1000);
  CHECK(a == b);
}

TEST_CASE("a statement reported in the perfect ends by its report's publication, not before its day") {
  TempDir dir;
  write_bytes(dir.path / "r.txt",
              "Published: 2016-09-09\n\nTalks resume\n\nThe minister has said that the talks will resume in Vienna.\n");
  auto json = nlohmann::json::parse(run("build --format json " + (dir.path / "r.txt").string()));
  bool seen = false;
  for (const auto& e : json["events"]) {
    if (e["class"] != "statement") continue;
    seen = true;
    REQUIRE(e["time"]["latest"].is_string());
    // The publication day in an unknown zone ends at 2016-09-10 11:59 UTC at the latest.
    CHECK(e["time"]["latest"].get<std::string>() >= std::string("2016-09-09T"));
  }
  CHECK(seen);
}

#include <sys/wait.h>

#include "story_eval.hpp"

TEST_CASE("eval fails, naming the event, when a gold date the timeline got right is changed") {
  namespace fs = std::filesystem;
  TempDir dir;
  fs::path story = dir.path / "01-geneva-talks";
  fs::copy(source_dir() / "corpus" / "01-geneva-talks", story, fs::copy_options::recursive);
  auto gold_json = nlohmann::json::parse(read_bytes(story / "gold" / "timeline.json"));
  std::string error;
  auto gold = timeline::parse_gold_timeline(gold_json, error);
  REQUIRE(gold);
  auto before = timeline::evaluate_story(story.string(), *gold, {});
  // A dated gold event the timeline found with the right date.
  std::string pick;
  for (const auto& e : gold->events) {
    if (e.value.empty()) continue;
    bool missed = false, wrong = false;
    for (const auto& m : before.missed_events) missed = missed || m.rfind(e.id + " ", 0) == 0;
    for (const auto& w : before.wrong_dates) wrong = wrong || w.rfind(e.id + " ", 0) == 0;
    if (!missed && !wrong) {
      pick = e.id;
      break;
    }
  }
  REQUIRE_MESSAGE(!pick.empty(), "no correctly dated event in the story");
  for (auto& e : gold_json["events"])
    if (e["id"] == pick) e["time"]["value"] = "1999-01-01";
  write_bytes(story / "gold" / "timeline.json", gold_json.dump(2));
  // The regression level of this copy is exactly today's date accuracy: one date lost falls below.
  write_bytes(story / "gold" / "thresholds.json",
              nlohmann::json{{"date_accuracy", before.measures.at("date_accuracy")}}.dump(2));
  std::string out_file = (dir.path / "out.txt").string();
  int status = std::system((std::string(TIMELINE_BINARY) + " eval " + story.string() + " > " + out_file + " 2>&1").c_str());
  CHECK(WEXITSTATUS(status) == 4);
  std::string out = read_bytes(out_file);
  CHECK(out.find("BELOW THRESHOLD") != std::string::npos);
  CHECK(out.find(pick + " '") != std::string::npos);
  CHECK(out.find("gold 1999-01-01") != std::string::npos);
}

TEST_CASE("eval: a timeline clock time with a UTC offset matches a gold clock time written without one") {
  using timeline::same_time_value;
  CHECK(same_time_value("2016-09-09", "2016-09-09"));
  CHECK(same_time_value("2023-11-01T21:00Z", "2023-11-01T21:00"));
  CHECK(same_time_value("2025-02-18T19:00-05:00", "2025-02-18T19:00"));
  CHECK(same_time_value("2025-02-18T19:00+01", "2025-02-18T19:00"));
  CHECK_FALSE(same_time_value("2023-11-01T21:00Z", "2023-11-01T21:05"));   // another minute
  CHECK_FALSE(same_time_value("2023-11-01T21:00", "2023-11-01T21:00Z"));   // the gold's zone is not optional
  CHECK_FALSE(same_time_value("2016-09-09TEV", "2016-09-09"));             // a part of day is no offset
  CHECK_FALSE(same_time_value("2016-09-10", "2016-09-1"));                  // no prefix matches
  CHECK_FALSE(same_time_value("2023-11-01T21:00:00", "2023-11-01T21:00"));  // seconds are not an offset
}

TEST_CASE("build leaves minor events out unless --all-events, and says why each event is in") {
  std::string path = (source_dir() / "corpus" / "01-geneva-talks").string();
  auto kept = nlohmann::json::parse(run("build --format json " + path));
  auto all = nlohmann::json::parse(run("build --format json --all-events " + path));
  REQUIRE(kept["events"].size() > 0);
  CHECK(all["events"].size() > kept["events"].size());
  const std::set<std::string> reasons{"dated", "several_reports", "speaker", "actor", "measured", "disputed"};  // not "minor", "told"
  for (const auto& e : kept["events"]) {
    CAPTURE(e["label"].get<std::string>());
    CHECK(reasons.count(e["salience"].get<std::string>()) == 1);
  }
  std::size_t left_out = 0;
  for (const auto& e : all["events"]) left_out += e["salience"] == "minor" || e["salience"] == "told";
  CHECK(left_out == all["events"].size() - kept["events"].size());
}

TEST_CASE("build: an event a statement tells is the statement's entry, a killing its own") {
  TempDir dir;
  write_bytes(dir.path / "a.txt",
              "Published: 2023-03-02T18:00+01:00\n\nHarbour talks\n\n"
              "Mr Toner said the negotiations with the union were continuing.\n\n"
              "Shelling killed nine people in the port, the Harbour Monitoring Group said.\n");
  auto kept = nlohmann::json::parse(run("build --format json " + dir.path.string()));
  auto all = nlohmann::json::parse(run("build --format json --all-events " + dir.path.string()));
  auto salience_of = [&](const nlohmann::json& t, std::string_view cls, std::string_view sentence_part) {
    for (const auto& e : t["events"])
      if (e["class"] == cls && e["mentions"][0]["sentence"].get<std::string>().find(sentence_part) != std::string::npos)
        return e["salience"].get<std::string>();
    return std::string("absent");
  };
  // Toner's statement is the entry; the negotiations it tells are left out (kept with --all-events).
  CHECK(salience_of(kept, "statement", "Toner") == "speaker");
  CHECK(salience_of(kept, "meeting", "Toner") == "absent");
  CHECK(salience_of(all, "meeting", "Toner") == "told");
  // The killing is the entry, vouched for by its speaker; the group's statement is left out.
  CHECK(salience_of(kept, "attack", "Shelling") == "speaker");
  CHECK(salience_of(kept, "statement", "Shelling") == "absent");
  CHECK(salience_of(all, "statement", "Shelling") == "told");
}

TEST_CASE("build: a statement noun after the 'that' of another statement is what it tells, not before it") {
  TempDir dir;
  write_bytes(dir.path / "a.txt",
              "Published: 2023-03-02T18:00+01:00\n\nHarbour talks\n\n"
              "Dock workers were told at lunchtime that a statement would come within the hour.\n\n"
              "The port authority said in a statement that the cranes would stop.\n");
  auto kept = nlohmann::json::parse(run("build --format json " + dir.path.string()));
  auto all = nlohmann::json::parse(run("build --format json --all-events " + dir.path.string()));
  auto statements = [](const nlohmann::json& t, std::string_view sentence_part) {
    std::multiset<std::string> out;
    for (const auto& e : t["events"])
      if (e["class"] == "statement" && e["mentions"][0]["sentence"].get<std::string>().find(sentence_part) != std::string::npos)
        out.insert(e["salience"].get<std::string>());
    return out;
  };
  // What the workers were told is one entry, dated by its lunchtime; the statement to come is told.
  CHECK(statements(kept, "Dock workers") == std::multiset<std::string>{"dated"});
  CHECK(statements(all, "Dock workers") == std::multiset<std::string>{"dated", "told"});
  // "in a statement" is how the authority spoke: no statement it tells.
  CHECK(statements(all, "port authority").count("told") == 0);
}

TEST_CASE("build reports two reports of one day that rank the same meeting differently") {
  TempDir dir;
  write_bytes(dir.path / "a.txt",
              "Harbour talks\n\nYuri Sokolov met Anna Kowalczyk in Warsaw on Friday. "
              "It was their third meeting in two weeks.\n");
  write_bytes(dir.path / "b.txt",
              "Port dispute\n\nThe session in Warsaw was the fourth meeting between Sokolov and Kowalczyk in two weeks.\n");
  auto json = nlohmann::json::parse(run("build --format json --dct 2016-09-09 " + dir.path.string()));
  std::size_t series = 0;
  for (const auto& c : json["conflicts"]) {
    std::string summary = c["summary"];
    if (summary.find("which meeting of the series") == std::string::npos) continue;
    ++series;
    CHECK(summary.find("third") != std::string::npos);
    CHECK(summary.find("fourth") != std::string::npos);
  }
  CHECK(series == 1);
}

TEST_CASE("build orders a clock time of a day after what happened earlier that day") {
  TempDir dir;
  write_bytes(dir.path / "live.txt",
              "Port strike\n\nUpdate 9pm: Yuri Sokolov has said the strike is over.\n\n"
              "He said it may be necessary to vote again next week.\n");
  write_bytes(dir.path / "wire.txt",
              "Port strike talks\n\nEarlier on Friday, Anna Kowalczyk said in Warsaw that a deal was close.\n");
  auto json = nlohmann::json::parse(run("build --format json --dct 2016-09-09 " + dir.path.string()));
  std::ptrdiff_t kowalczyk = -1, sokolov = -1, next_week = -1, i = 0;
  for (const auto& e : json["events"]) {
    std::string label = e["label"];
    if (label.rfind("Kowalczyk", 0) == 0 && kowalczyk < 0) kowalczyk = i;
    if (label.rfind("Sokolov", 0) == 0 && sokolov < 0) sokolov = i;
    if (e["time"]["value"] == "2016-W37") next_week = i;
    ++i;
  }
  REQUIRE(kowalczyk >= 0);
  REQUIRE(sokolov >= 0);
  REQUIRE(next_week >= 0);
  CHECK(kowalczyk < sokolov);
  CHECK(sokolov < next_week);
}

TEST_CASE("build reports two reports of one kick-off that say how late it was differently") {
  TempDir dir;
  write_bytes(dir.path / "a.txt",
              "Harbour Cup final\n\nThe Harbour Cup final between Arden Town and Bexley Rovers kicked off at 9.05pm on "
              "Saturday, 95 minutes late, after a thunderstorm.\n");
  write_bytes(dir.path / "b.txt",
              "Storm delays final\n\nThe Harbour Cup final between Arden Town and Bexley Rovers kicked off at 9.05pm on "
              "Saturday, an hour late, after a thunderstorm.\n");
  auto json = nlohmann::json::parse(run("build --format json --dct 2025-11-23 " + dir.path.string()));
  std::size_t late = 0, lasted = 0;
  for (const auto& c : json["conflicts"]) {
    std::string summary = c["summary"];
    INFO(summary);
    if (summary.find("how late it was") != std::string::npos) {
      ++late;
      CHECK(summary.find("95 minutes") != std::string::npos);
      CHECK(summary.find("an hour") != std::string::npos);
    }
    lasted += summary.find("how long it lasted") != std::string::npos;
  }
  CHECK(late == 1);
  CHECK(lasted == 0);  // a delay is no length of the match
}

TEST_CASE("build: a sentence a later version rewrote with a new count is one event, its update one line") {
  TempDir dir;
  write_bytes(dir.path / "harbour-diff.txt",
              "This article is from the source 'harbourpost' and was first published or seen on . It last changed over 40 days ago.\n"
              "The article has changed 2 times.\n"
              "Version 1 | Version 2 |\n"
              "---|---|\n"
              "Storm sinks 12 boats in Tarsk harbour | Storm sinks 19 boats as Tarsk counts the cost |\n"
              "(about 2 hours later) | |\n"
              "A dock worker was killed and at least 12 boats were sunk when a storm hit Tarsk harbour overnight, the coastguard said on "
              "Tuesday. | A dock worker was killed and at least 19 boats were sunk when a storm hit Tarsk harbour overnight, the "
              "coastguard said on Tuesday. |\n");
  auto json = nlohmann::json::parse(run("build --all-events --format json --dct 2024-01-09T18:00+11:00 " + dir.path.string()));
  // The killing told in both versions' leads is one event (their rare words, "12" and "19", differ).
  std::size_t killings = 0;
  for (const auto& e : json["events"]) {
    std::set<int> versions;
    for (const auto& m : e["mentions"])
      if (m["sentence"].get<std::string>().starts_with("A dock worker was killed")) versions.insert(m["version"].get<int>());
    if (versions.size() == 2) ++killings;
  }
  CHECK(killings >= 1);
  std::size_t updates = 0;
  for (const auto& c : json["conflicts"]) {
    std::string summary = c["summary"];
    if (summary.find("the number of boats updated in a later version") == std::string::npos) continue;
    ++updates;
    CHECK(c["mentions"].size() >= 2);
  }
  CHECK(updates == 1);  // once, however many mentions of the two versions word it
}

