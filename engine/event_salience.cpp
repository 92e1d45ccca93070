#include "event_salience.hpp"

#include <set>
#include <string_view>
#include <unordered_map>

namespace timeline {

const char* to_string(Salience s) {
  switch (s) {
    case Salience::told: return "told";
    case Salience::dated: return "dated";
    case Salience::linked: return "linked";
    case Salience::several_reports: return "several_reports";
    case Salience::speaker: return "speaker";
    case Salience::actor: return "actor";
    case Salience::measured: return "measured";
    case Salience::disputed: return "disputed";
    case Salience::minor: return "minor";
  }
  return "minor";
}

std::vector<Salience> event_salience(const std::vector<EventMention>& mentions, const std::vector<MergedEvent>& events,
                                     const std::vector<Disagreement>& disagreements) {
  std::vector<std::size_t> event_of(mentions.size(), events.size());
  for (std::size_t e = 0; e < events.size(); ++e)
    for (auto m : events[e].mentions) event_of[m] = e;
  // Reports that disagree vouch for an event; a later version updating a number ("at least 40
  // homes" -> "57") does not: its sentence may be a headline of no event the timeline shows.
  std::set<std::size_t> disputed;
  for (const auto& d : disagreements) {
    if (d.kind == "update") continue;
    for (auto m : d.mentions)
      if (m < event_of.size()) disputed.insert(event_of[m]);
  }
  // A mention a statement of its sentence tells, at no time of its own ("Mr Toner said internal
  // discussions were continuing"): the statement is the timeline's entry, with the same sentence.
  // Both stay when the told event has a time of its own ("said on Friday the talks would resume
  // next week").
  std::unordered_map<std::string_view, std::size_t> by_id;  // statements with a speaker
  auto has_agent = [](const EventMention& m) {
    for (const auto& p : m.participants)
      if (p.role == "agent") return true;
    return false;
  };
  // ... and every statement, for the time it shares with what it tells: "Reporters were told at
  // lunchtime that a statement would come" is the entry, dated, though nobody is named saying it.
  std::unordered_map<std::string_view, std::size_t> statement_id;
  for (std::size_t m = 0; m < mentions.size(); ++m)
    if (mentions[m].cls == EventClass::statement) {
      statement_id.emplace(mentions[m].id, m);
      if (has_agent(mentions[m])) by_id.emplace(mentions[m].id, m);
    }
  // Killing and destruction a monitor or agency reports are the entry themselves, and the
  // statement that tells them is not ("Barrel bombs kill at least nine in Aleppo", not "Civil
  // society group: ..."), unless the statement has a time of its own.
  auto physical = [](const EventMention& m) {
    return (m.cls == EventClass::attack || m.cls == EventClass::disaster) && !m.nominal && !m.negated && m.modality.empty();
  };
  auto own_time = [&](const EventMention& m, const EventMention& other) {
    return m.anchor && m.anchor->source == AnchorSource::timex &&
           !(other.anchor && other.anchor->source == AnchorSource::timex && other.anchor->evidence == m.anchor->evidence);
  };
  std::unordered_map<std::string_view, std::size_t> tells_physical;  // statement id -> a physical event it tells
  for (std::size_t m = 0; m < mentions.size(); ++m)
    if (physical(mentions[m]) && by_id.count(mentions[m].reported_by)) tells_physical.emplace(mentions[m].reported_by, m);
  // A physical event that takes the place of its statement has the statement's speaker to vouch for it.
  auto replaces_statement = [&](const EventMention& m) {
    auto s = physical(m) ? by_id.find(m.reported_by) : by_id.end();
    return s != by_id.end() && !own_time(mentions[s->second], m);
  };
  auto carried = [&](const EventMention& m) {
    if (auto t = tells_physical.find(m.id); t != tells_physical.end())
      return !own_time(m, mentions[t->second]);
    if (m.reported_by.empty() || physical(m)) return false;  // a physical one: see replaces_statement
    auto s = statement_id.find(m.reported_by);
    if (s == statement_id.end()) return !m.anchor || m.anchor->source != AnchorSource::timex;
    return !own_time(m, mentions[s->second]);
  };
  std::vector<Salience> out;
  out.reserve(events.size());
  for (std::size_t e = 0; e < events.size(); ++e) {
    bool dated = false, speaker = false, actor = false, measured = false, linked = false;
    std::set<std::size_t> reports;
    bool told = !events[e].mentions.empty();
    for (auto mi : events[e].mentions) {
      const EventMention& m = mentions[mi];
      told = told && carried(m);
      reports.insert(m.document);
      dated = dated || (m.anchor && m.anchor->source == AnchorSource::timex);
      bool agent = false;
      // ... or the subject of a passive verb, a patient before its trigger ("Khodorkovsky was
      // arrested"): who the event is about, as an agent is.
      for (const auto& p : m.participants)
        agent = agent || p.role == "agent" || (p.role == "patient" && !p.span.empty() && p.span.end <= m.trigger.begin);
      speaker = speaker || (agent && m.cls == EventClass::statement) || replaces_statement(m);
      actor = actor || (agent && !m.negated && m.modality.empty());
      for (const auto& d : m.durations) measured = measured || d.measures_event;
      for (const auto& l : m.links) linked = linked || (!m.negated && m.modality.empty() && (l.lo || l.hi));
    }
    out.push_back(told                  ? Salience::told
                  : dated               ? Salience::dated
                  : reports.size() >= 2 ? Salience::several_reports
                  : speaker             ? Salience::speaker
                  : actor               ? Salience::actor
                  : measured            ? Salience::measured
                  : disputed.count(e)   ? Salience::disputed
                  : linked              ? Salience::linked
                                        : Salience::minor);
  }
  return out;
}

}  // namespace timeline
