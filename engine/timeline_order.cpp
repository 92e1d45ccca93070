#include "timeline_order.hpp"

#include <cctype>

#include "time_bounds.hpp"

#include <algorithm>
#include <limits>
#include <set>
#include <tuple>
#include <vector>

namespace timeline {

std::vector<std::size_t> order_events(const Corpus& corpus, const std::vector<EventMention>& mentions,
                                      const std::vector<MergedEvent>& events, const Stn& stn,
                                      const std::vector<Relation>& stated) {
  const std::size_t n = events.size();
  constexpr Minutes lo_inf = std::numeric_limits<Minutes>::min(), hi_inf = std::numeric_limits<Minutes>::max();
  auto bound = [&](const std::vector<std::optional<Minutes>>& v, std::size_t p) -> std::optional<Minutes> {
    return p < v.size() ? v[p] : std::nullopt;
  };
  std::vector<std::pair<Minutes, Minutes>> key(n);
  for (std::size_t e = 0; e < n; ++e) {
    auto first = bound(stn.earliest, start_point(e));
    auto last = bound(stn.latest, end_point(e));
    auto begun = bound(stn.latest, start_point(e));  // "under way by" its report's publication
    key[e] = {first ? *first : last ? *last : begun ? *begun : lo_inf, last ? *last : hi_inf};
    // Nothing bounds it (a hypothetical agreement, a plan with no date): after every dated event,
    // not before them all.
    if (!first && !last && !begun) key[e] = {hi_inf, hi_inf};
    // A report that gives the time in a known zone ("2.17am" read in Akita's) places it; another
    // report's reading of the same clock time in an unknown zone does not move it.
    bool zone_given = false;
    for (auto mi : events[e].mentions)
      zone_given = zone_given || (mentions[mi].anchor && mentions[mi].anchor->source == AnchorSource::timex &&
                                  !mentions[mi].anchor->zone_unknown);
    for (auto mi : events[e].mentions) {
      const EventMention& m = mentions[mi];
      if (!m.anchor) continue;
      if (zone_given && m.anchor->zone_unknown) continue;
      const std::string& v = m.anchor->timex.value;
      const Document* doc = m.document < corpus.documents.size() ? &corpus.documents[m.document] : nullptr;
      const auto dct = doc ? doc->dct : std::nullopt;
      // A day of a report whose zone is unknown starts, for sorting, at its UTC midnight, not 14
      // hours earlier: its window is widened to hold every zone on earth, but "Friday" still
      // sorts after another report's "by Thursday afternoon (BST)".
      const bool from_start = m.anchor->relation == AnchorRelation::during || m.anchor->relation == AnchorRelation::after ||
                              m.anchor->relation == AnchorRelation::begins;
      // "several gains over the weekend" (the event spans the time) with no earliest start: it
      // sorts at the time's start, not at a later bound on its end (a siege that followed it).
      if (m.anchor->relation == AnchorRelation::includes && !first)
        if (auto b = timex_bounds(v, dct, m.anchor->timex.mod)) {
          const Minutes at = b->first + (zone_known(v, dct) ? 0 : kUnknownOffsetWidening);
          if (at < key[e].first) key[e].first = at;
        }
      if (from_start && !zone_known(v, dct))
        if (auto b = timex_bounds(v, dct, m.anchor->timex.mod); b && b->first + kUnknownOffsetWidening > key[e].first &&
                                                                 b->first + kUnknownOffsetWidening < key[e].second)
          key[e].first = b->first + kUnknownOffsetWidening;
      if (m.anchor->source == AnchorSource::publication_time || m.anchor->source == AnchorSource::version_time) continue;
      // A clock time its reports give ("Update 9pm:", "at 3pm") places it within its day even when
      // the window starts at the day's start: 9pm sorts after "earlier on Friday".
      if (v.size() < 16 || v[10] != 'T' || !std::isdigit(static_cast<unsigned char>(v[11]))) continue;
      // Its anchor's own start when known: read in the zone of where it happened ("2.17am" in
      // Akita), which the report's zone would misplace by hours.
      if (m.anchor->earliest && !m.anchor->zone.empty()) {
        if (*m.anchor->earliest > key[e].first) key[e].first = *m.anchor->earliest;
      } else if (auto b = timex_bounds(v, dct); b && b->first > key[e].first) {
        key[e].first = b->first;
      }
    }
  }
  // A statement is made after what it tells as done: "X is safely in orbit after lifting off at
  // 6.26pm on Thursday, Eumetra said early on Friday" sorts the liftoff first, when its time lies
  // within the statement's own window (a sort key only: nothing is added to the network).
  {
    using Place = std::tuple<std::size_t, int, std::size_t>;  // document, version, sentence
    std::vector<std::pair<Place, std::size_t>> told;  // (sentence, event), sorted
    for (std::size_t e = 0; e < n; ++e)
      for (auto mi : events[e].mentions) {
        const EventMention& m = mentions[mi];
        if (m.cls == EventClass::statement || m.negated || !m.modality.empty() || !m.anchor ||
            m.anchor->source != AnchorSource::timex)
          continue;
        told.push_back({{m.document, m.version, m.sentence}, e});
      }
    std::sort(told.begin(), told.end());
    std::vector<std::pair<Minutes, Minutes>> adjusted = key;
    for (std::size_t e = 0; e < n; ++e)
      for (auto mi : events[e].mentions) {
        const EventMention& m = mentions[mi];
        if (m.cls != EventClass::statement || !m.modality.empty()) continue;
        const Place here{m.document, m.version, m.sentence};
        auto it = std::lower_bound(told.begin(), told.end(), std::make_pair(here, std::size_t{0}));
        for (; it != told.end() && it->first == here; ++it) {
          const std::size_t o = it->second;
          if (o != e && key[o].first > adjusted[e].first && key[o].first <= key[e].second && key[o].first != lo_inf)
            adjusted[e].first = key[o].first;
        }
      }
    key = std::move(adjusted);
  }
  auto less = [&](std::size_t a, std::size_t b) {
    if (key[a] != key[b]) return key[a] < key[b];
    if (!events[a].mentions.empty() && !events[b].mentions.empty()) {
      const EventMention& ma = mentions[events[a].mentions.front()];
      const EventMention& mb = mentions[events[b].mentions.front()];
      if (mention_before(corpus, ma, mb)) return true;
      if (mention_before(corpus, mb, ma)) return false;
    }
    return a < b;
  };

  std::vector<std::vector<std::size_t>> next(n);
  std::vector<std::size_t> indegree(n, 0);
  for (const auto& r : stated) {
    if (r.conflict || r.from >= n || r.to >= n || r.from == r.to) continue;
    std::size_t a = r.from, b = r.to;
    switch (r.type) {
      case RelType::before:
      case RelType::includes:
      case RelType::begins: break;
      case RelType::after:
      case RelType::is_included: std::swap(a, b); break;
      case RelType::simultaneous:
      case RelType::ends: continue;  // no order between the starts is implied
    }
    next[a].push_back(b);
    ++indegree[b];
  }
  std::set<std::size_t, decltype(less)> ready(less), waiting(less);
  for (std::size_t e = 0; e < n; ++e) (indegree[e] == 0 ? ready : waiting).insert(e);
  std::vector<std::size_t> out;
  out.reserve(n);
  while (out.size() < n) {
    // A cycle of stated relations (only possible between zero-length events) must not stall the order.
    std::set<std::size_t, decltype(less)>& from = ready.empty() ? waiting : ready;
    std::size_t e = *from.begin();
    from.erase(from.begin());
    out.push_back(e);
    for (auto b : next[e]) {
      if (indegree[b] == 0) continue;
      if (--indegree[b] == 0 && waiting.erase(b) != 0) ready.insert(b);
    }
  }
  return out;
}

}  // namespace timeline
