#include "timeline_build.hpp"

#include "event_salience.hpp"
#include "stage_clock.hpp"
#include "timeline_report.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>
#include <optional>
#include <set>

#include <spdlog/spdlog.h>

namespace timeline {
namespace {

// Stated timex anchors beat defaults (publication or version time); then the narrowest window.
bool better_anchor(const TimeAnchor& a, const TimeAnchor& b) {
  auto rank = [](const TimeAnchor& x) { return x.source == AnchorSource::timex ? 0 : x.source == AnchorSource::paragraph_header ? 1 : 2; };
  auto width = [](const TimeAnchor& x) {
    auto [lo, hi] = widened_bounds(x);
    return lo && hi ? *hi - *lo : std::numeric_limits<Minutes>::max();
  };
  if (rank(a) != rank(b)) return rank(a) < rank(b);
  return width(a) < width(b);
}

}  // namespace

Timeline build_timeline(const Corpus& corpus, std::vector<EventMention> mentions, const std::vector<Entity>& entities) {
  return build_timeline(corpus, std::move(mentions), entities, {});
}

Timeline build_timeline(const Corpus& corpus, std::vector<EventMention> input, const std::vector<Entity>& entities,
                        const std::vector<StatedRelation>& stated_in, const BuildOptions& options) {
  StageClock clock{"build"};  // from the start: the first lap times the canonical order
  Timeline t;
  // Canonical order first: every later stage sees the same input whatever order extraction used.
  std::vector<std::size_t> perm(input.size());
  std::iota(perm.begin(), perm.end(), std::size_t{0});
  std::stable_sort(perm.begin(), perm.end(),
                   [&](std::size_t a, std::size_t b) { return mention_before(corpus, input[a], input[b]); });
  std::vector<std::size_t> rank(input.size());
  for (std::size_t r = 0; r < perm.size(); ++r) rank[perm[r]] = r;
  // Permuted in place (each cycle of the permutation followed once): a second vector of all
  // mentions would double the build's largest array (600 bytes a mention).
  for (std::size_t start = 0; start < perm.size(); ++start) {
    if (perm[start] == start) continue;
    EventMention held = std::move(input[start]);
    std::size_t at = start;
    while (perm[at] != start) {
      std::size_t from = perm[at];
      input[at] = std::move(input[from]);
      perm[at] = at;
      at = from;
    }
    input[at] = std::move(held);
    perm[at] = at;
  }
  t.mentions = std::move(input);
  std::vector<StatedRelation> stated;
  for (auto r : stated_in) {
    if (r.from_mention >= rank.size() || r.to_mention >= rank.size() || r.evidence_mention >= rank.size()) continue;
    r.from_mention = rank[r.from_mention];
    r.to_mention = rank[r.to_mention];
    r.evidence_mention = rank[r.evidence_mention];
    stated.push_back(r);
  }
  // The links the extractor found in sentences ("two days after the fire reached the town"): the
  // weakest facts of all (FactKind::inferred), so a contradiction drops them first.
  std::unordered_map<std::string_view, std::size_t> by_id;  // mention ids, for the links
  for (std::size_t i = 0; i < t.mentions.size(); ++i) by_id.emplace(t.mentions[i].id, i);
  {
    // "The fire reached Koonawarra at 9pm on Monday. Two days after the fire reached Koonawarra,
    // ...": a target with no time of its own is the same act told earlier in the version with its
    // time (same verb), when there is one. Mentions of a version are contiguous, in text order.
    auto dated = [&](const EventMention& m) { return m.anchor && m.anchor->source == AnchorSource::timex; };
    auto told_before = [&](std::size_t target) {
      const EventMention& tm = t.mentions[target];
      if (dated(tm)) return target;
      for (std::size_t j = target; j-- > 0;) {
        const EventMention& o = t.mentions[j];
        if (o.document != tm.document || o.version != tm.version) break;
        if (o.lemma == tm.lemma && o.cls == tm.cls && dated(o) && o.modality.empty() && !o.negated) return j;
      }
      return target;
    };
    for (std::size_t i = 0; i < t.mentions.size(); ++i)
      for (const auto& link : t.mentions[i].links)
        if (auto it = by_id.find(link.target); it != by_id.end() && it->second != i)
          stated.push_back({i, told_before(it->second), link.after ? RelType::after : RelType::before, i, link.lo, link.hi,
                            FactKind::inferred});
  }
  std::stable_sort(stated.begin(), stated.end(), [](const StatedRelation& a, const StatedRelation& b) {
    return std::tie(a.from_mention, a.to_mention, a.evidence_mention) < std::tie(b.from_mention, b.to_mention, b.evidence_mention);
  });

  clock.lap("canonical order", t.mentions.size());
  MergeStats merge_stats;
  std::vector<MergedEvent> merged = merge_mentions(corpus, t.mentions, entities, options.merge, &merge_stats);
  clock.lap("merge", merged.size());
  spdlog::debug("build: merge compared {} candidate pairs of {} mentions, {} unions, {} blocking keys too common",
                merge_stats.candidate_pairs, t.mentions.size(), merge_stats.unions, merge_stats.skipped_keys);
  // Minor events leave the timeline (their mentions stay in Timeline::mentions).
  // Found once, before minor events leave: an event some disagreement touches is "disputed" and
  // so stays, which makes these the disagreements of the kept events too.
  std::vector<Disagreement> disagreements = find_disagreements(corpus, t.mentions, merged, merge_stats.apart_by_time);
  clock.lap("disagreements", disagreements.size());
  std::vector<Salience> salience = event_salience(t.mentions, merged, disagreements);
  {
    std::vector<MergedEvent> kept;
    std::vector<Salience> kept_salience;
    std::vector<std::optional<std::size_t>> new_index(merged.size());
    for (std::size_t e = 0; e < merged.size(); ++e)
      if (options.all_events || (salience[e] != Salience::minor && salience[e] != Salience::told)) {
        new_index[e] = kept.size();
        kept.push_back(std::move(merged[e]));
        kept_salience.push_back(salience[e]);
      }
    merged = std::move(kept);
    salience = std::move(kept_salience);
    for (auto& d : disagreements)
      if (d.event) d.event = new_index[*d.event];
  }
  // "went ahead in the 88th minute" in a report that does not say when the match kicked off: the
  // link's target is the act ("act:kick off"), the story's event of that act told as a fact with a
  // time, by this report or another. Only when the timeline holds one such event, or one told by
  // the same report (a corpus of many stories has many kick-offs).
  {
    bool symbolic = false;
    for (const auto& m : t.mentions)
      for (const auto& l : m.links) symbolic = symbolic || l.target.starts_with("act:");
    if (symbolic) {
      // act -> (event, its first mention with a time of its own) of the kept events
      std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> timed_acts;
      for (std::size_t e = 0; e < merged.size(); ++e)
        for (auto mi : merged[e].mentions) {
          const EventMention& m = t.mentions[mi];
          if (m.modality.empty() && !m.negated && m.anchor && m.anchor->source == AnchorSource::timex &&
              m.anchor->timex.value.find('T') != std::string::npos) {
            timed_acts[act_of(m.lemma)].emplace_back(e, mi);
            break;
          }
        }
      for (std::size_t i = 0; i < t.mentions.size(); ++i)
        for (auto& l : t.mentions[i].links) {
          if (!l.target.starts_with("act:")) continue;
          auto it = timed_acts.find(l.target.substr(4));
          if (it == timed_acts.end()) continue;
          std::optional<std::size_t> pick;
          if (it->second.size() == 1) pick = it->second.front().second;
          for (const auto& [e, mi] : it->second)
            for (auto other : merged[e].mentions)
              if (t.mentions[other].document == t.mentions[i].document) pick = mi;
          if (!pick || *pick == i) continue;
          l.target = t.mentions[*pick].id;
          stated.push_back({i, *pick, l.after ? RelType::after : RelType::before, i, l.lo, l.hi, FactKind::inferred});
        }
      std::stable_sort(stated.begin(), stated.end(), [](const StatedRelation& a, const StatedRelation& b) {
        return std::tie(a.from_mention, a.to_mention, a.evidence_mention) < std::tie(b.from_mention, b.to_mention, b.evidence_mention);
      });
    }
  }
  std::vector<bool> in_timeline(t.mentions.size(), false);
  for (const auto& me : merged)
    for (auto m : me.mentions) in_timeline[m] = true;
  std::erase_if(stated, [&](const StatedRelation& r) { return !in_timeline[r.from_mention] || !in_timeline[r.to_mention]; });
  clock.lap("salience", merged.size());
  Stn stn = build_stn(corpus, t.mentions, merged, stated);
  clock.lap("temporal network facts", stn.facts.size());
  stn.solve();
  clock.lap("temporal network solved", stn.contradictions.size());
  std::vector<Relation> stated_rel = collect_relations(corpus, t.mentions, merged, stated, stn, {});
  std::vector<std::size_t> order = order_events(corpus, t.mentions, merged, stn, stated_rel);
  clock.lap("order", order.size());
  std::vector<Relation> relations = collect_relations(corpus, t.mentions, merged, stated, stn, order);
  clock.lap("relations", relations.size());

  std::vector<std::size_t> position(merged.size());
  for (std::size_t k = 0; k < order.size(); ++k) position[order[k]] = k;
  std::vector<std::size_t> event_of(t.mentions.size(), 0);
  for (std::size_t e = 0; e < merged.size(); ++e)
    for (auto m : merged[e].mentions) event_of[m] = position[e];

  for (std::size_t k = 0; k < order.size(); ++k) {
    const MergedEvent& me = merged[order[k]];
    TimelineEvent ev;
    ev.id = "e" + std::to_string(k + 1);
    ev.salience = to_string(salience[order[k]]);
    ev.cls = me.cls;
    ev.participants = me.participants;
    ev.mentions = me.mentions;
    // The label of the mention that dates it (it tends to say most: "said in Berlin on Friday"),
    // else of the first.
    for (auto m : me.mentions)
      if (ev.label.empty()) ev.label = t.mentions[m].label;
    if (ev.label.empty() && !me.mentions.empty()) {
      const EventMention& m = t.mentions[me.mentions.front()];
      ev.label = m.lemma;
      if (m.document < corpus.documents.size() && m.trigger.end <= corpus.documents[m.document].bytes.size() && !m.trigger.empty())
        ev.label = std::string(corpus.documents[m.document].text(m.trigger));
    }
    std::size_t zone_mention = me.mentions.empty() ? 0 : me.mentions.front();
    for (auto m : me.mentions)
      if (t.mentions[m].anchor && (!ev.anchor || better_anchor(*t.mentions[m].anchor, *ev.anchor))) {
        ev.anchor = t.mentions[m].anchor;
        zone_mention = m;  // show the time in the zone of the report whose anchor it is
        if (!t.mentions[m].label.empty()) ev.label = t.mentions[m].label;
      }
    ev.earliest = stn.earliest[start_point(order[k])];
    ev.latest = stn.latest[end_point(order[k])];
    ev.start_by = stn.latest[start_point(order[k])];
    if (!me.mentions.empty()) {
      const EventMention& m = t.mentions[zone_mention];
      if (m.document < corpus.documents.size() && corpus.documents[m.document].dct) {
        const PublicationTime& p = *corpus.documents[m.document].dct;
        ev.zone = p.zone;
        if (p.utc_offset) ev.utc_offset = static_cast<int>(p.utc_offset->count());
      }
      // A time read in the zone of where it happened is shown in that zone.
      if (ev.anchor && !ev.anchor->zone.empty()) {
        ev.zone = ev.anchor->zone;
        ev.utc_offset.reset();
      }
      // Publications known only to the day (or with no zone): the first one's local date is what
      // bounds it for a reader, not the instant its day ends at in some zone.
      for (auto mi : me.mentions) {
        const EventMention& x = t.mentions[mi];
        if (x.document >= corpus.documents.size() || !corpus.documents[x.document].dct) continue;
        const PublicationTime& p = *corpus.documents[x.document].dct;
        if ((!p.zone.empty() || p.utc_offset) && p.time_of_day) {
          ev.published_by.clear();
          break;
        }
        std::string day = p.iso().substr(0, 10);
        if (ev.published_by.empty() || day < ev.published_by) ev.published_by = day;
      }
    }
    // "The satellite separated from the upper stage about 58 minutes after liftoff": no time of
    // its own (its report's publication at most), but a length from a dated event places its
    // start within a day. That place is its time: to the minute within four hours, else its day.
    const bool own_time = ev.anchor && ev.anchor->source != AnchorSource::publication_time &&
                          ev.anchor->source != AnchorSource::version_time;
    auto placed_by = [&]() -> const EventLink* {  // a length from another event (one found), told as a fact
      for (auto mi : me.mentions)
        for (const auto& l : t.mentions[mi].links)
          if ((l.lo || l.hi) && t.mentions[mi].modality.empty() && !t.mentions[mi].negated && by_id.count(l.target)) return &l;
      return nullptr;
    };
    if (const EventLink* by = placed_by(); by && !own_time && ev.earliest && ev.start_by && *ev.start_by - *ev.earliest <= 1440) {
      const Minutes width = *ev.start_by - *ev.earliest;
      // Read on the clock of the event it is placed from, when that was read where it happened
      // (lift-off at 6.26pm in Florida: the separation at about 7.24pm there).
      // The target's own anchor, else its event's best one ("minutes after the quake": the noun
      // has no time, the quake it names struck at 2.17am in Akita).
      std::string zone;
      if (auto it = by_id.find(by->target); it != by_id.end()) {
        const std::optional<TimeAnchor>* best_anchor = &t.mentions[it->second].anchor;
        if (!*best_anchor)
          for (auto other : merged[order[event_of[it->second]]].mentions)
            if (t.mentions[other].anchor && (!*best_anchor || better_anchor(*t.mentions[other].anchor, **best_anchor)))
              best_anchor = &t.mentions[other].anchor;
        if (*best_anchor) zone = (*best_anchor)->zone;
      }
      TimelineEvent shown = ev;
      if (!zone.empty()) shown.zone = zone, shown.utc_offset.reset();
      const std::string first_day = local_day(shown, *ev.earliest);
      if (width <= 4 * 60 || first_day == local_day(shown, *ev.start_by)) {
        TimeAnchor a;
        a.source = AnchorSource::link;
        a.relation = AnchorRelation::during;
        a.evidence = by->evidence;
        a.earliest = ev.earliest;
        a.latest = ev.start_by;
        a.zone = zone;
        a.timex.type = width <= 4 * 60 ? TimexType::time : TimexType::date;
        a.timex.value = width <= 4 * 60 ? local_minute(shown, *ev.earliest + width / 2) : first_day;
        if (width > 0 && width <= 4 * 60) a.timex.mod = "APPROX";
        a.timex.span = by->evidence;
        ev.zone = shown.zone, ev.utc_offset = shown.utc_offset;
        ev.anchor = std::move(a);
      }
    }
    t.events.push_back(std::move(ev));
  }
  for (auto r : relations) {
    r.from = position[r.from];
    r.to = position[r.to];
    t.relations.push_back(std::move(r));
  }

  auto add_conflict = [&](Conflict c) {
    std::sort(c.mentions.begin(), c.mentions.end());
    c.mentions.erase(std::unique(c.mentions.begin(), c.mentions.end()), c.mentions.end());
    for (auto m : c.mentions)
      if (in_timeline[m]) c.events.push_back(event_of[m]);
    std::sort(c.events.begin(), c.events.end());
    c.events.erase(std::unique(c.events.begin(), c.events.end()), c.events.end());
    if (c.kind != "update")
      for (auto e : c.events) t.events[e].conflict = true;
    t.conflicts.push_back(std::move(c));
  };
  for (const auto& ct : stn.contradictions) {
    // What gave way is a reading of ours ("after the quake was lifted" read as the quake's
    // lifting), not a report's word: nothing to tell the reader.
    if (stn.facts[ct.dropped].kind == FactKind::inferred) continue;
    Conflict c;
    c.kind = "contradiction";
    c.summary = "contradiction:";
    std::string sep = " ";
    for (auto f : ct.facts) {
      const Fact& fact = stn.facts[f];
      c.summary += sep + fact.what;
      sep = "; ";
      for (auto m : fact.mentions) {
        c.summary += " [" + t.mentions[m].id + "]";
        c.mentions.push_back(m);
      }
    }
    c.summary += " -- dropped the weakest: " + stn.facts[ct.dropped].what;
    add_conflict(std::move(c));
  }
  for (const auto& d : disagreements) add_conflict({d.kind, d.summary, d.mentions, {}});
  t.facts = std::move(stn.facts);
  return t;
}

}  // namespace timeline
