#pragma once
// A multi-report story for the merge/graph/timeline tests: four reports of the Geneva talks on Syria
// (9 September 2016), one of them a live page with two versions, reporting the same statements and
// talks with different wording and name spellings. Mentions are built the way extraction would.
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include <doctest/doctest.h>

#include "corpus_loader.hpp"
#include "event.hpp"
#include "plain_reader.hpp"
#include "timeline_build.hpp"

namespace timeline::test {

/// Minutes since the epoch of a UTC date and time.
inline Minutes utc(int y, unsigned mo, unsigned d, int h = 0, int mi = 0) {
  return date::sys_days(date::year{y} / date::month{mo} / date::day{d}).time_since_epoch().count() * 1440 + h * 60 + mi;
}

struct Story {
  Corpus corpus;
  std::vector<Entity> entities;
  std::vector<EventMention> mentions;

  std::size_t add_plain(const std::string& id, std::string text, const std::string& zone = "") {
    Document d = read_plain(id, "story/" + id, std::move(text));
    if (!zone.empty() && d.dct) apply_zone(*d.dct, zone);
    corpus.documents.push_back(std::move(d));
    return corpus.documents.size() - 1;
  }

  /// A version page built by hand: one sentence per line, versions one after the other.
  std::size_t add_versions(const std::string& id, const std::vector<std::vector<std::string>>& versions,
                           const std::string& dct, const std::vector<std::optional<int>>& delays) {
    Document d;
    d.id = id;
    d.path = "story/" + id;
    d.format = Format::versions;
    d.dct = parse_iso_time(dct);
    d.dct_source = DctSource::header;
    for (std::size_t v = 0; v < versions.size(); ++v) {
      Version ver;
      ver.index = static_cast<int>(v);
      ver.delay_minutes = delays.at(v);
      for (const auto& s : versions[v]) {
        ver.sentences.push_back({Span{d.bytes.size(), d.bytes.size() + s.size()}, false});
        d.bytes += s + "\n";
      }
      d.versions.push_back(std::move(ver));
    }
    corpus.documents.push_back(std::move(d));
    return corpus.documents.size() - 1;
  }

  /// A mention in the sentence of `doc`/`version` containing `part`; `trigger` and each participant's
  /// surface form are found in that sentence. Participants: {entity, role, surface}.
  EventMention& mention(std::size_t doc, int version, std::string_view part, std::string_view trigger, EventClass cls,
                        std::string lemma, std::string label,
                        const std::vector<std::tuple<std::string, std::string, std::string>>& participants = {}) {
    const Document& d = corpus.documents.at(doc);
    const Version& v = d.versions.at(static_cast<std::size_t>(version));
    for (std::size_t s = 0; s < v.sentences.size(); ++s) {
      std::string_view text = d.text(v.sentences[s].span);
      if (text.find(part) == std::string_view::npos) continue;
      EventMention m;
      int n = 0;
      for (const auto& other : mentions)
        if (other.document == doc && other.version == version) ++n;
      m.id = d.id + "#v" + std::to_string(version) + "#" + std::to_string(n);
      m.document = doc;
      m.version = version;
      m.sentence = s;
      m.trigger = find(d, v.sentences[s].span, trigger);
      m.cls = cls;
      m.lemma = std::move(lemma);
      m.label = std::move(label);
      for (const auto& [entity, role, surface] : participants)
        m.participants.push_back({entity, role, find(d, v.sentences[s].span, surface)});
      mentions.push_back(std::move(m));
      return mentions.back();
    }
    throw std::runtime_error("no sentence with '" + std::string(part) + "' in " + d.id);
  }

  static Span find(const Document& d, Span sentence, std::string_view what) {
    auto at = d.text(sentence).find(what);
    if (at == std::string_view::npos) throw std::runtime_error("'" + std::string(what) + "' not in sentence");
    return {sentence.begin + at, sentence.begin + at + what.size()};
  }

  /// Sets an anchor with bounds [lo, hi] (UTC minutes).
  static void anchor(EventMention& m, std::string value, std::optional<Minutes> lo, std::optional<Minutes> hi,
                     AnchorRelation rel = AnchorRelation::during, std::string mod = "",
                     AnchorSource source = AnchorSource::timex) {
    TimeAnchor a;
    a.timex.type = value.find('T') != std::string::npos ? TimexType::time : TimexType::date;
    a.timex.value = std::move(value);
    a.timex.mod = std::move(mod);
    a.relation = rel;
    a.source = source;
    a.earliest = lo;
    a.latest = hi;
    m.anchor = a;
  }

  /// Adds a duration fact whose evidence is `surface` in the mention's sentence.
  void duration(EventMention& m, std::string value, std::string mod, std::string_view surface) {
    DurationFact f;
    f.timex.type = TimexType::duration;
    f.timex.value = std::move(value);
    f.timex.mod = std::move(mod);
    const Document& d = corpus.documents.at(m.document);
    f.evidence = find(d, d.versions.at(static_cast<std::size_t>(m.version)).sentences.at(m.sentence).span, surface);
    f.timex.span = f.evidence;
    m.durations.push_back(f);
  }
};

/// The Geneva story.
inline Story geneva_story() {
  Story s;
  s.entities = {
      {"John Kerry", "person", "US Secretary of State",
       {"Kerry", "Mr Kerry", "Secretary Kerry", "US Secretary of State John Kerry", "John Forbes Kerry"}},
      {"Sergey Lavrov", "person", "Russian foreign minister", {"Sergei Lavrov", "Lavrov", "Mr Lavrov"}},
      {"Russia", "place", "", {"Moscow"}},
      {"Geneva", "place", "", {}},
      {"Idlib", "place", "", {}},
  };
  using E = EventClass;
  std::size_t a = s.add_plain("bbc.txt",
                              "Source: BBC\n"
                              "Published: 2016-09-10T01:30+02:00\n"
                              "\n"
                              "Syria truce plan agreed in Geneva\n"
                              "\n"
                              "US Secretary of State John Kerry said the plan could be a turning point in the conflict if both sides abide by it.\n"
                              "\n"
                              "The announcement came after talks in Geneva lasting more than 12 hours.\n"
                              "\n"
                              "Mr Kerry also said the US would not coordinate strikes with Russia until the truce had held for a week.\n"
                              "\n"
                              "It was the fourth meeting between the two envoys in two weeks.\n",
                              "Europe/Berlin");
  // Kerry's two claims are told apart in each report (another sentence between them): claims of
  // one speaker in adjacent sentences are one statement (MergeOptions::statement_sentences).
  std::size_t b = s.add_plain("reuters.txt",
                              "Source: Reuters\n"
                              "Published: 2016-09-09T23:10+00:00\n"
                              "\n"
                              "US and Russia agree Syria ceasefire\n"
                              "\n"
                              "Secretary Kerry told reporters the agreement had the potential to be a turning point in the conflict.\n"
                              "\n"
                              "The talks in Geneva were the third meeting between Kerry and Lavrov in two weeks.\n"
                              "\n"
                              "Mr Kerry said Washington would not coordinate military strikes with Moscow until the truce held for seven days.\n"
                              "\n"
                              "At least nine people were killed in air strikes on Idlib on Friday.\n"
                              "\n"
                              "The previous talks lasted 11 hours.\n");
  std::size_t c = s.add_plain("guardian.txt",
                              "Source: The Guardian\n"
                              "Published: 2016-09-10T08:00+01:00\n"
                              "\n"
                              "Ceasefire deal for Syria\n"
                              "\n"
                              "John Forbes Kerry described the deal as a possible turning point in the conflict.\n"
                              "\n"
                              "At least twelve people were killed in air strikes on Idlib, activists said.\n"
                              "\n"
                              "Kerry said he was hopeful.\n"
                              "\n"
                              "The latest talks lasted 11 hours.\n"
                              "\n"
                              "The truce will take effect at sunset on Monday.\n",
                              "Europe/London");
  std::size_t d = s.add_versions("live.html",
                                 {{"The talks have lasted more than eight hours so far.", "Mr Lavrov said progress had been made."},
                                  {"The talks have lasted more than 12 hours so far.", "Mr Lavrov said progress had been made."}},
                                 "2016-09-09T20:00+02:00", {std::nullopt, 180});

  s.mention(a, 0, "turning point", "said", E::statement, "say", "Kerry: the plan could be a turning point",
            {{"John Kerry", "agent", "US Secretary of State John Kerry"}});
  s.duration(s.mention(a, 0, "lasting more than", "talks", E::meeting, "talk", "Talks in Geneva", {{"Geneva", "location", "Geneva"}}),
             "PT12H", "MORE_THAN", "more than 12 hours");
  s.mention(a, 0, "coordinate", "said", E::statement, "say", "Kerry: no coordination of strikes until the truce holds",
            {{"John Kerry", "agent", "Mr Kerry"}, {"Russia", "other", "Russia"}});
  s.mention(a, 0, "fourth meeting", "meeting", E::meeting, "meeting", "Kerry and Lavrov meet",
            {{"John Kerry", "agent", "the two envoys"}, {"Sergey Lavrov", "agent", "the two envoys"}});

  s.mention(b, 0, "turning point", "told", E::statement, "say", "Kerry calls the agreement a potential turning point",
            {{"John Kerry", "agent", "Secretary Kerry"}});
  s.mention(b, 0, "coordinate", "said", E::statement, "say", "Kerry: no military coordination with Moscow yet",
            {{"John Kerry", "agent", "Mr Kerry"}, {"Russia", "other", "Moscow"}});
  s.mention(b, 0, "third meeting", "meeting", E::meeting, "meeting", "Third Kerry-Lavrov meeting",
            {{"John Kerry", "agent", "Kerry"}, {"Sergey Lavrov", "agent", "Lavrov"}, {"Geneva", "location", "Geneva"}});
  Story::anchor(s.mention(b, 0, "nine people", "killed", E::attack, "kill", "Air strikes on Idlib", {{"Idlib", "location", "Idlib"}}),
                "2016-09-09", utc(2016, 9, 9), utc(2016, 9, 10));
  s.duration(s.mention(b, 0, "previous talks", "talks", E::meeting, "talk", "Previous talks"), "PT11H", "", "11 hours");

  s.mention(c, 0, "turning point", "described", E::statement, "say", "Kerry: the deal is a possible turning point",
            {{"John Kerry", "agent", "John Forbes Kerry"}});
  s.mention(c, 0, "hopeful", "said", E::statement, "say", "Kerry is hopeful", {{"John Kerry", "agent", "Kerry"}});
  s.mention(c, 0, "twelve people", "killed", E::attack, "kill", "Air strikes on Idlib", {{"Idlib", "location", "Idlib"}});
  s.duration(s.mention(c, 0, "latest talks", "talks", E::meeting, "talk", "Latest talks"), "PT11H", "", "11 hours");
  auto& truce = s.mention(c, 0, "truce will", "take effect", E::state_change, "take effect", "The truce takes effect");
  truce.modality = "will";
  Story::anchor(truce, "2016-09-12", utc(2016, 9, 12), utc(2016, 9, 13), AnchorRelation::begins);

  s.duration(s.mention(d, 0, "more than eight", "talks", E::meeting, "talk", "Talks go on"), "PT8H", "MORE_THAN",
             "more than eight hours");
  s.mention(d, 0, "progress", "said", E::statement, "say", "Lavrov: progress made", {{"Sergey Lavrov", "agent", "Mr Lavrov"}});
  auto& t1 = s.mention(d, 1, "more than 12", "talks", E::meeting, "talk", "Talks go on");
  t1.new_in_version = true;
  s.duration(t1, "PT12H", "MORE_THAN", "more than 12 hours");
  s.mention(d, 1, "progress", "said", E::statement, "say", "Lavrov: progress made", {{"Sergey Lavrov", "agent", "Mr Lavrov"}});
  return s;
}

/// The timeline event holding the mention with `id` (nullptr if none).
inline const TimelineEvent* event_of(const Timeline& t, const std::string& id) {
  for (const auto& e : t.events)
    for (auto m : e.mentions)
      if (t.mentions[m].id == id) return &e;
  return nullptr;
}

/// The ids of an event's mentions, sorted.
inline std::vector<std::string> mention_ids(const Timeline& t, const TimelineEvent& e) {
  std::vector<std::string> out;
  for (auto m : e.mentions) out.push_back(t.mentions[m].id);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace timeline::test
