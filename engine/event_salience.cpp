#include "event_salience.hpp"

#include <set>

namespace timeline {

const char* to_string(Salience s) {
  switch (s) {
    case Salience::dated: return "dated";
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
  std::vector<Salience> out;
  out.reserve(events.size());
  for (std::size_t e = 0; e < events.size(); ++e) {
    bool dated = false, speaker = false, actor = false, measured = false;
    std::set<std::size_t> reports;
    for (auto mi : events[e].mentions) {
      const EventMention& m = mentions[mi];
      reports.insert(m.document);
      dated = dated || (m.anchor && m.anchor->source == AnchorSource::timex);
      bool agent = false;
      for (const auto& p : m.participants) agent = agent || p.role == "agent";
      speaker = speaker || (agent && m.cls == EventClass::statement);
      actor = actor || (agent && !m.negated && m.modality.empty());
      for (const auto& d : m.durations) measured = measured || d.measures_event;
    }
    out.push_back(dated                 ? Salience::dated
                  : reports.size() >= 2 ? Salience::several_reports
                  : speaker             ? Salience::speaker
                  : actor               ? Salience::actor
                  : measured            ? Salience::measured
                  : disputed.count(e)   ? Salience::disputed
                                        : Salience::minor);
  }
  return out;
}

}  // namespace timeline
