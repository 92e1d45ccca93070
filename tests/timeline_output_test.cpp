// Issue 5/6: ordering determinism, the JSON contract (checked against docs/timeline.schema.json),
// the text report and the GraphViz export.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "graphviz_export.hpp"
#include "story_fixture.hpp"
#include "test_support.hpp"
#include "time_bounds.hpp"
#include "timeline_report.hpp"

using namespace timeline;
using namespace timeline::test;

namespace {

std::string json_of(const Story& s, std::vector<EventMention> mentions, const std::vector<StatedRelation>& rel = {}) {
  return timeline_to_json(s.corpus, build_timeline(s.corpus, std::move(mentions), s.entities, rel)).dump(2);
}

// A small JSON Schema check: type (one or a list), required, properties, items, enum, $ref to #/$defs.
void validate(const nlohmann::json& schema, const nlohmann::json& root, const nlohmann::json& v, const std::string& where,
              std::vector<std::string>& errors) {
  const nlohmann::json* s = &schema;
  if (s->contains("$ref")) {
    std::string ref = (*s)["$ref"];
    s = &root["$defs"][ref.substr(ref.rfind('/') + 1)];
  }
  if (s->contains("type")) {
    std::vector<std::string> types;
    if ((*s)["type"].is_array())
      for (const auto& t : (*s)["type"]) types.push_back(t);
    else
      types.push_back((*s)["type"]);
    bool ok = false;
    for (const auto& t : types)
      ok = ok || (t == "object" && v.is_object()) || (t == "array" && v.is_array()) || (t == "string" && v.is_string()) ||
           (t == "integer" && v.is_number_integer()) || (t == "boolean" && v.is_boolean()) || (t == "null" && v.is_null());
    if (!ok) errors.push_back(where + ": wrong type " + v.type_name());
  }
  if (s->contains("enum") && std::find((*s)["enum"].begin(), (*s)["enum"].end(), v) == (*s)["enum"].end())
    errors.push_back(where + ": not in enum: " + v.dump());
  if (v.is_object()) {
    if (s->contains("required"))
      for (const auto& r : (*s)["required"])
        if (!v.contains(r.get<std::string>())) errors.push_back(where + ": missing " + r.get<std::string>());
    if (s->contains("properties"))
      for (const auto& [k, sub] : (*s)["properties"].items())
        if (v.contains(k)) validate(sub, root, v[k], where + "." + k, errors);
  }
  if (v.is_array() && s->contains("items"))
    for (std::size_t i = 0; i < v.size(); ++i) validate((*s)["items"], root, v[i], where + "[" + std::to_string(i) + "]", errors);
}

std::size_t position(const nlohmann::json& j, const std::string& mention_id) {
  for (std::size_t i = 0; i < j["events"].size(); ++i)
    for (const auto& m : j["events"][i]["mentions"])
      if (m["id"] == mention_id) return i;
  return j["events"].size();
}

}  // namespace

TEST_CASE("ordering: shuffled input mentions give identical JSON, text and dot bytes") {
  Story s = geneva_story();
  Timeline base = build_timeline(s.corpus, s.mentions, s.entities);
  std::string json = timeline_to_json(s.corpus, base).dump(2);
  std::ostringstream text, dot;
  print_timeline_text(s.corpus, base, text);
  write_graphviz_flat(s.corpus, base, dot);
  CHECK(base.events.size() > 5);
  for (unsigned seed : {1u, 2u, 3u, 42u, 2016u}) {
    std::vector<EventMention> shuffled = s.mentions;
    std::mt19937 rng(seed);
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    Timeline t = build_timeline(s.corpus, shuffled, s.entities);
    CHECK(timeline_to_json(s.corpus, t).dump(2) == json);
    std::ostringstream text2, dot2;
    print_timeline_text(s.corpus, t, text2);
    write_graphviz_flat(s.corpus, t, dot2);
    CHECK(text2.str() == text.str());
    CHECK(dot2.str() == dot.str());
  }
}

TEST_CASE("ordering: by bounds, and a stated relation overrides the bounds' default order") {
  Story s = geneva_story();
  auto j = nlohmann::json::parse(json_of(s, s.mentions));
  // Without relations the turning-point statement (reported by 23:10Z) precedes "hopeful" (by 07:00Z next day).
  std::size_t turning = position(j, "bbc.txt#v0#0"), hopeful = position(j, "guardian.txt#v0#1");
  CHECK(turning < hopeful);
  // The order follows the earliest bound (or the latest where no earliest is known).
  Timeline t = build_timeline(s.corpus, s.mentions, s.entities);
  for (std::size_t k = 0; k + 1 < t.events.size(); ++k) {
    auto key = [](const TimelineEvent& e) { return e.earliest ? e.earliest : e.latest; };
    if (key(t.events[k]) && key(t.events[k + 1])) CHECK(*key(t.events[k]) <= *key(t.events[k + 1]));
  }
  // Guardian states that Kerry was hopeful before he spoke of a turning point.
  std::size_t hopeful_m = 0, turning_m = 0;
  for (std::size_t i = 0; i < s.mentions.size(); ++i) {
    if (s.mentions[i].id == "guardian.txt#v0#1") hopeful_m = i;
    if (s.mentions[i].id == "bbc.txt#v0#0") turning_m = i;
  }
  auto j2 = nlohmann::json::parse(json_of(s, s.mentions, {{hopeful_m, turning_m, RelType::before, hopeful_m, {}, {}, FactKind::stated}}));
  CHECK(position(j2, "guardian.txt#v0#1") < position(j2, "bbc.txt#v0#0"));
  bool stated = false;
  for (const auto& r : j2["relations"])
    if (r["type"] == "BEFORE" && r["stated"] == true && r["evidence"].get<std::string>().find("Kerry said he was hopeful") != std::string::npos)
      stated = true;
  CHECK(stated);
}

TEST_CASE("ordering: an event nothing bounds comes after every dated event") {
  Story s;
  std::size_t a = s.add_plain("a.txt", "Talks\n\nAnna Berg said a deal was possible.\n\nThe harbour talks ended on 3 May 2021.\n");
  s.entities = {{"Anna Berg", "person", "", {"Berg"}}};
  // No publication time: nothing bounds the statement.
  s.mention(a, 0, "possible", "said", EventClass::statement, "say", "deal possible", {{"Anna Berg", "agent", "Anna Berg"}});
  auto& ended = s.mention(a, 0, "ended", "ended", EventClass::state_change, "end", "talks ended");
  Story::anchor(ended, "2021-05-03", utc(2021, 5, 3), utc(2021, 5, 3, 23, 59));
  Timeline t = build_timeline(s.corpus, s.mentions, s.entities);
  REQUIRE(t.events.size() == 2);
  CHECK(t.events[0].label == "talks ended");
  CHECK(t.events[1].label == "deal possible");
  CHECK(when_text(t.events[1]) == "undated");
}

TEST_CASE("ordering: a day of a report of unknown zone sorts from its UTC midnight, after another report's 'by Thursday afternoon'") {
  Story s;
  std::size_t a = s.add_plain("wire.txt", "Published: 2016-09-09\n\nTalks\n\nThe talks went on all day on Friday.\n");
  std::size_t b = s.add_plain("desk.txt", "Published: 2016-09-09T12:00+01:00\n\nTalks\n\n"
                                          "By Thursday afternoon the minister had decided to fly to Geneva.\n");
  auto& talks = s.mention(a, 0, "went on", "talks", EventClass::meeting, "talk", "talks all day");
  // Friday in some zone on earth: the window is widened by 14 hours each side.
  Story::anchor(talks, "2016-09-09", utc(2016, 9, 8, 10, 0), utc(2016, 9, 10, 14, 0));
  auto& decided = s.mention(b, 0, "decided", "decided", EventClass::other, "decide", "minister decided");
  Story::anchor(decided, "2016-09-08TAF", utc(2016, 9, 8, 11, 0), utc(2016, 9, 8, 17, 0), AnchorRelation::before);
  decided.anchor->inclusive = true;  // "by": no later than the afternoon's end
  Timeline t = build_timeline(s.corpus, s.mentions, s.entities);
  REQUIRE(t.events.size() == 2);
  CHECK(t.events[0].label == "minister decided");
  CHECK(t.events[1].label == "talks all day");
}

TEST_CASE("JSON: the build output satisfies docs/timeline.schema.json, offsets address the sentence") {
  Story s = geneva_story();
  auto j = nlohmann::json::parse(json_of(s, s.mentions));
  auto schema = nlohmann::json::parse(read_bytes(source_dir() / "docs" / "timeline.schema.json"));
  std::vector<std::string> errors;
  validate(schema, schema, j, "$", errors);
  for (const auto& e : errors) MESSAGE(e);
  CHECK(errors.empty());
  CHECK(j["documents"].size() == 4);
  CHECK(j["documents"][0]["id"] == "bbc.txt");
  CHECK(j["documents"][0]["dct"] == "2016-09-10T01:30+02:00");
  CHECK(j["documents"][0]["dct_source"] == "header");
  REQUIRE(j["events"].size() > 0);
  REQUIRE(j["conflicts"].size() > 0);
  for (const auto& e : j["events"])
    for (const auto& m : e["mentions"]) {
      const Document* d = nullptr;
      for (const auto& doc : s.corpus.documents)
        if (doc.id == m["doc"]) d = &doc;
      REQUIRE(d != nullptr);
      std::size_t b = m["begin"], en = m["end"];
      CHECK(d->bytes.substr(b, en - b) == m["sentence"].get<std::string>());
    }
  // A validator that accepts anything would be useless: a broken output must fail.
  auto broken = j;
  broken["events"][0].erase("time");
  broken["events"][1]["mentions"][0]["begin"] = "zero";
  errors.clear();
  validate(schema, schema, broken, "$", errors);
  CHECK(errors.size() == 2);
}

TEST_CASE("JSON: the timeline written an event at a time is the text of the whole tree dumped") {
  // write_timeline_json streams (no tree, no whole text in memory); its bytes must stay those
  // of nlohmann's dump(2) of the same values, non-ASCII and invalid UTF-8 included.
  Story s = geneva_story();
  s.corpus.documents[0].id = "bbc \xE2\x80\x94 \"quoted\" \xFF.txt";
  Timeline t = build_timeline(s.corpus, s.mentions, s.entities, {});
  std::ostringstream streamed;
  write_timeline_json(s.corpus, t, streamed);
  auto tree = timeline_to_json(s.corpus, t);
  CHECK(streamed.str() == tree.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
  CHECK(tree["documents"][0]["id"] == "bbc \xE2\x80\x94 \"quoted\" \xEF\xBF\xBD.txt");
  REQUIRE(tree["events"].size() > 0);
  CHECK(tree["events"][0]["mentions"][0].contains("sentence"));
  // An empty timeline: empty arrays stay "[]".
  std::ostringstream empty;
  write_timeline_json(s.corpus, Timeline{}, empty);
  CHECK(empty.str().find("\"events\": []") != std::string::npos);
  CHECK(empty.str() == timeline_to_json(s.corpus, Timeline{}).dump(2) + "\n");
}

TEST_CASE("JSON: event time value, earliest and latest") {
  Story s = geneva_story();
  auto j = nlohmann::json::parse(json_of(s, s.mentions));
  const auto& strikes = j["events"][position(j, "reuters.txt#v0#3")];
  CHECK(strikes["time"]["value"] == "2016-09-09");
  CHECK(strikes["time"]["earliest"] == "2016-09-09T00:00Z");
  CHECK(strikes["time"]["latest"] == "2016-09-10T00:00Z");  // "on Friday" (UTC report); the report bounds the start only
  CHECK(strikes["class"] == "attack");
  CHECK(strikes["participants"] == nlohmann::json::array({"Idlib"}));
  CHECK(iso_utc(utc(2016, 9, 9, 21, 5)) == "2016-09-09T21:05Z");
}

TEST_CASE("text: a clock time with its uncertainty in the report's zone, sources with versions, conflicts") {
  Story s;
  std::size_t a = s.add_plain("a.txt",
                              "Published: 2016-09-10T01:00+02:00\n\nTruce\n\n"
                              "The ministers announced the truce at about 9pm on Friday.\n",
                              "Europe/Berlin");
  Story::anchor(s.mention(a, 0, "announced", "announced", EventClass::statement, "announce", "Truce announced"),
                "2016-09-09T21:00", utc(2016, 9, 9, 19), utc(2016, 9, 9, 19), AnchorRelation::during, "APPROX");
  Timeline t = build_timeline(s.corpus, s.mentions, s.entities);
  std::ostringstream out;
  print_timeline_text(s.corpus, t, out);
  CHECK(out.str().find("2016-09-09 ~21:00 (20:00\u201322:00 CEST)  Truce announced") != std::string::npos);
  // A night runs past midnight and is named by the day it starts on.
  Story n;
  std::size_t b = n.add_plain("b.txt", "Published: 2016-09-10T09:00+01:00\n\nTalks\n\nThe talks broke down on Friday night.\n",
                              "Europe/London");
  Story::anchor(n.mention(b, 0, "broke", "broke down", EventClass::state_change, "break down", "Talks broke down"),
                "2016-09-09TNI", utc(2016, 9, 9, 20), utc(2016, 9, 10, 5));
  std::ostringstream night;
  print_timeline_text(n.corpus, build_timeline(n.corpus, n.mentions, n.entities), night);
  CHECK(night.str().find("2016-09-09 night (21:00\u201306:00 BST)  Talks broke down") != std::string::npos);
  CHECK(out.str().find("reported by a.txt") != std::string::npos);

  Story g = geneva_story();
  std::ostringstream story;
  print_timeline_text(g.corpus, build_timeline(g.corpus, g.mentions, g.entities), story);
  CHECK(story.str().find("live.html v0+v1") != std::string::npos);
  CHECK(story.str().find("Conflicts:") != std::string::npos);
  CHECK(story.str().find("[update] not a contradiction") != std::string::npos);
}

TEST_CASE("graphviz: every event is a node of the rendered SVG (flat and day clusters)") {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) {
    MESSAGE("skipped: GraphViz `dot` is not installed");
    return;
  }
  Story s = geneva_story();
  Timeline t = build_timeline(s.corpus, s.mentions, s.entities);
  TempDir dir;
  std::ostringstream flat, clustered;
  write_graphviz_flat(s.corpus, t, flat);
  write_graphviz_clustered(s.corpus, t, clustered);
  write_bytes(dir.path / "flat.dot", flat.str());
  write_bytes(dir.path / "clustered.dot", clustered.str());
  std::string cmd = "dot -Tsvg '" + (dir.path / "flat.dot").string() + "' -o '" + (dir.path / "flat.svg").string() +
                    "' && dot -Tsvg '" + (dir.path / "clustered.dot").string() + "' -o '" +
                    (dir.path / "clustered.svg").string() + "'";
  REQUIRE(std::system(cmd.c_str()) == 0);
  std::string svg = read_bytes(dir.path / "flat.svg");
  std::string csvg = read_bytes(dir.path / "clustered.svg");
  std::size_t nodes = 0;
  for (std::size_t at = svg.find("class=\"node\""); at != std::string::npos; at = svg.find("class=\"node\"", at + 1)) ++nodes;
  CHECK(nodes == t.events.size());
  for (const auto& e : t.events) {
    CHECK(svg.find("<title>" + e.id + "</title>") != std::string::npos);
    CHECK(csvg.find(">" + e.id + " ") != std::string::npos);  // labels start with the id
  }
  CHECK(csvg.find("class=\"cluster\"") != std::string::npos);
  CHECK(flat.str().find("style=dashed") != std::string::npos);  // inferred relations
  CHECK(flat.str().find("color=red") != std::string::npos);     // conflicting events
}

TEST_CASE("relations: each dated event gets one inferred BEFORE from its nearest predecessor") {
  Story s;
  std::size_t a = s.add_plain("a.txt",
                              "Published: 2016-09-20T12:00+00:00\n\nWeek\n\n"
                              "The talks opened on Monday.\n\n"
                              "The strikes hit on Tuesday.\n\n"
                              "The truce began on Wednesday.\n");
  Story::anchor(s.mention(a, 0, "opened", "talks", EventClass::meeting, "talk", "Talks open"), "2016-09-12",
                utc(2016, 9, 12), utc(2016, 9, 13));
  Story::anchor(s.mention(a, 0, "strikes", "hit", EventClass::attack, "hit", "Strikes"), "2016-09-13",
                utc(2016, 9, 13), utc(2016, 9, 14));
  Story::anchor(s.mention(a, 0, "truce", "began", EventClass::state_change, "begin", "Truce"), "2016-09-14",
                utc(2016, 9, 14), utc(2016, 9, 15));
  Timeline t = build_timeline(s.corpus, s.mentions, s.entities);
  REQUIRE(t.events.size() == 3);
  CHECK(t.events[0].label == "Talks open");
  CHECK(t.events[2].label == "Truce");
  std::vector<std::pair<std::size_t, std::size_t>> before;
  for (const auto& r : t.relations) {
    CHECK_FALSE(r.stated);
    CHECK(r.type == RelType::before);
    before.emplace_back(r.from, r.to);
  }
  // Monday -> Tuesday -> Wednesday; not Monday -> Wednesday (entailed, and left to the bounds).
  CHECK(before == std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}});
}

TEST_CASE("text: a part of day and a whole day in the report's zone, a week") {
  Story s;
  std::size_t a = s.add_plain("a.txt",
                              "Published: 2016-09-16T09:00+02:00\n\nWeek\n\n"
                              "Protesters gathered on Friday evening.\n\n"
                              "The convoy arrived on Saturday.\n\n"
                              "Fighting went on all week.\n",
                              "Europe/Berlin");
  // Friday evening in Berlin (CEST, UTC+2): 18:00-24:00 local.
  Story::anchor(s.mention(a, 0, "gathered", "gathered", EventClass::other, "gather", "Protest"), "2016-09-09TEV",
                utc(2016, 9, 9, 16), utc(2016, 9, 9, 22));
  Story::anchor(s.mention(a, 0, "convoy", "arrived", EventClass::travel, "arrive", "Convoy arrives"), "2016-09-10",
                utc(2016, 9, 9, 22), utc(2016, 9, 10, 22));
  Story::anchor(s.mention(a, 0, "Fighting", "Fighting", EventClass::attack, "fight", "Fighting"), "2016-W37",
                utc(2016, 9, 11, 22), utc(2016, 9, 18, 22));
  Timeline t = build_timeline(s.corpus, s.mentions, s.entities);
  REQUIRE(t.events.size() == 3);
  CHECK(when_text(t.events[0]) == "2016-09-09 evening (18:00\u201300:00 CEST)");
  CHECK(when_text(t.events[1]) == "2016-09-10");
  CHECK(when_text(t.events[2]) == "2016-W37 (2016-09-12 \u2013 2016-09-18)");
}

TEST_CASE("text: 'shortly after 7pm' bounded only by a report of the next morning says after when, with the days") {
  Story s;
  std::size_t a = s.add_plain("a.txt",
                              "Published: 2024-03-16T08:15+00:00\n\nTalks\n\n"
                              "The ministry replied shortly after 7pm.\n",
                              "Europe/London");
  // A statement: made by the time it was reported, so bounded on both sides.
  Story::anchor(s.mention(a, 0, "replied", "replied", EventClass::statement, "reply", "Ministry replies"), "2024-03-15T19:00",
                utc(2024, 3, 15, 19), utc(2024, 3, 15, 19, 1), AnchorRelation::after);
  Timeline t = build_timeline(s.corpus, s.mentions, s.entities);
  REQUIRE(t.events.size() == 1);
  CHECK(when_text(t.events[0]) == "after 2024-03-15 19:01 GMT (2024-03-15 \u2013 2024-03-16)");
}

TEST_CASE("text: 'shortly before 4am' is within the hour before it, not any time before") {
  Story s;
  std::size_t a = s.add_plain("a.txt",
                              "Published: 2024-01-09T12:00+00:00\n\nFire\n\n"
                              "The firefighter was killed shortly before 4am.\n",
                              "Europe/London");
  EventMention& killed = s.mention(a, 0, "killed", "killed", EventClass::attack, "kill", "Firefighter was killed");
  Story::anchor(killed, "2024-01-09T04:00", utc(2024, 1, 9, 4), utc(2024, 1, 9, 4, 1), AnchorRelation::before);
  killed.anchor->within = 60;
  Timeline t = build_timeline(s.corpus, s.mentions, s.entities);
  REQUIRE(t.events.size() == 1);
  CAPTURE(when_text(t.events[0]));
  REQUIRE(t.events[0].earliest);
  CHECK(*t.events[0].earliest == utc(2024, 1, 9, 3));  // without "shortly": no earliest at all
  REQUIRE(t.events[0].latest);
  CHECK(*t.events[0].latest <= utc(2024, 1, 9, 4));
}

TEST_CASE("text: with no zone known, a statement bounded by its publication shows the publication's local date") {
  Story s;
  std::size_t a = s.add_plain("a.txt",
                              "Published: 2016-09-09\n\nTalks\n\n"
                              "Anna Berg said the talks were useful.\n\n"
                              "Anna Berg is meeting the envoys in the lobby.\n");
  s.mention(a, 0, "said", "said", EventClass::statement, "say", "Berg: talks were useful", {{"Anna Berg", "agent", "Anna Berg"}});
  s.mention(a, 0, "lobby", "meeting", EventClass::meeting, "meeting", "Berg meets envoys", {{"Anna Berg", "agent", "Anna Berg"}});
  Timeline t = build_timeline(s.corpus, s.mentions, s.entities);
  REQUIRE(t.events.size() == 2);
  for (const auto& e : t.events) {
    CHECK(e.published_by == "2016-09-09");
    CHECK(when_text(e).find("UTC") == std::string::npos);  // no 28-hour-wide UTC instant
  }
  CHECK(when_text(*event_of(t, "a.txt#v0#0")) == "by 2016-09-09 (publication)");
  // With a zone, the publication bound is a time in that zone.
  Story z;
  std::size_t b = z.add_plain("b.txt", "Published: 2016-09-09T21:00+02:00\n\nTalks\n\nAnna Berg said the talks were useful.\n",
                              "Europe/Berlin");
  z.mention(b, 0, "said", "said", EventClass::statement, "say", "Berg: talks were useful", {{"Anna Berg", "agent", "Anna Berg"}});
  Timeline tz = build_timeline(z.corpus, z.mentions, z.entities);
  REQUIRE(tz.events.size() == 1);
  CHECK(tz.events[0].published_by.empty());
  CHECK(when_text(tz.events[0]) == "by 2016-09-09 21:00 CEST");
}

TEST_CASE("text: bounded by a publication with a clock time and no zone, 'by' is said once") {
  Story s;
  std::size_t a = s.add_plain("a.txt", "Published: 2015-07-16T15:45\n\nTalks\n\nAnna Berg said the talks were useful.\n");
  auto& m = s.mention(a, 0, "said", "said", EventClass::statement, "say", "Berg: talks were useful",
                      {{"Anna Berg", "agent", "Anna Berg"}});
  TimeAnchor an;
  an.source = AnchorSource::publication_time;
  an.relation = AnchorRelation::before;
  an.timex.type = TimexType::time;
  an.timex.value = "2015-07-16T15:45";
  an.earliest = utc(2015, 7, 16, 15, 45) - kUnknownOffsetWidening;
  an.latest = utc(2015, 7, 16, 15, 46) + kUnknownOffsetWidening;
  an.zone_unknown = true;
  m.anchor = an;
  Timeline t = build_timeline(s.corpus, s.mentions, s.entities);
  REQUIRE(t.events.size() == 1);
  CHECK(when_text(t.events[0]) == "by 2015-07-16 15:45 (local time, zone unknown)");
}

TEST_CASE("text: a clock time with no zone is that minute, not a window 'by' it, 'about' shows as '~'") {
  auto shown = [](const std::string& mod) {
    Story s;
    std::size_t a = s.add_plain("a.txt", "Published: 2015-07-17\n\nFire\n\nA firefighter died at 3am on Thursday.\n");
    auto& m = s.mention(a, 0, "died", "died", EventClass::disaster, "die", "Firefighter died", {});
    TimeAnchor an;
    an.source = AnchorSource::timex;
    an.relation = AnchorRelation::during;
    an.timex.type = TimexType::time;
    an.timex.value = "2015-07-16T03:00";
    an.timex.mod = mod;
    Minutes half = mod == "APPROX" ? 60 : 0;
    an.earliest = utc(2015, 7, 16, 3, 0) - half - kUnknownOffsetWidening;  // widened for the unknown zone
    an.latest = utc(2015, 7, 16, 3, 1) + half + kUnknownOffsetWidening;
    an.zone_unknown = true;
    m.anchor = an;
    Timeline t = build_timeline(s.corpus, s.mentions, s.entities);
    REQUIRE(t.events.size() == 1);
    return when_text(t.events[0]);
  };
  CHECK(shown("") == "2015-07-16 03:00 (local time, zone unknown)");
  CHECK(shown("APPROX") == "2015-07-16 ~03:00 (local time, zone unknown)");
}
