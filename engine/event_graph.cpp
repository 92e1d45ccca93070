// GCC 12 at -O2 warns "may be used uninitialized" inside Boost.Graph's edge iterator (a boost::optional
// it reads only when set): a known false positive, silenced for this file only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include "event_graph.hpp"
#include "time_bounds.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>

#include <boost/graph/bellman_ford_shortest_paths.hpp>

namespace timeline {
namespace {

constexpr Minutes kInf = std::numeric_limits<Minutes>::max();
constexpr Minutes kUnbounded = Minutes{1} << 40;  // vagueness of a one-sided or open range

struct StnEdge {
  Minutes weight = 0;
  std::size_t fact = 0;
};
using StnGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, StnEdge>;

constexpr std::size_t kNoFact = std::numeric_limits<std::size_t>::max();

// x_to - x_from <= hi is the edge from -> to of weight hi; lo is the edge to -> from of weight -lo.
StnGraph make_graph(const Stn& stn, bool reversed, bool with_source) {
  StnGraph g(stn.points + (with_source ? 1 : 0));
  auto add = [&](std::size_t u, std::size_t v, Minutes w, std::size_t fact) {
    if (reversed) std::swap(u, v);
    boost::add_edge(u, v, StnEdge{w, fact}, g);
  };
  for (std::size_t i = 0; i < stn.facts.size(); ++i) {
    const Fact& f = stn.facts[i];
    if (f.dropped) continue;
    if (f.hi) add(f.from, f.to, *f.hi, i);
    if (f.lo) add(f.to, f.from, -*f.lo, i);
  }
  if (with_source)
    for (std::size_t p = 0; p < stn.points; ++p) boost::add_edge(stn.points, p, StnEdge{0, kNoFact}, g);
  return g;
}

// Bellman-Ford from `source`; false on a negative cycle.
bool shortest(StnGraph& g, std::size_t source, std::vector<Minutes>& dist, std::vector<std::size_t>& pred) {
  const std::size_t n = boost::num_vertices(g);
  dist.assign(n, kInf);
  pred.resize(n);
  std::iota(pred.begin(), pred.end(), std::size_t{0});
  dist[source] = 0;
  auto index = boost::get(boost::vertex_index, g);
  return boost::bellman_ford_shortest_paths(
      g, n,
      boost::weight_map(boost::get(&StnEdge::weight, g))
          .distance_map(boost::make_iterator_property_map(dist.begin(), index))
          .predecessor_map(boost::make_iterator_property_map(pred.begin(), index)));
}

// The facts of one negative cycle, from the distances Bellman-Ford left: an edge that still relaxes
// leads back (through predecessors) into the cycle.
std::vector<std::size_t> cycle_facts(const StnGraph& g, std::vector<Minutes>& dist, std::vector<std::size_t>& pred) {
  const std::size_t n = boost::num_vertices(g);
  // A few extra relaxation passes make the predecessor graph hold the cycle.
  std::size_t last = n;
  for (std::size_t pass = 0; pass < n && last == n; ++pass) {
    for (std::size_t u = 0; u < n; ++u) {
      if (dist[u] == kInf) continue;
      for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
        std::size_t v = boost::target(e, g);
        Minutes w = g[e].weight;
        if (dist[u] + w < dist[v]) {
          dist[v] = dist[u] + w;
          pred[v] = u;
          last = v;
        }
      }
    }
  }
  if (last == n) return {};
  std::size_t x = last;
  for (std::size_t i = 0; i < n; ++i) x = pred[x];
  std::vector<std::size_t> cycle{x};
  for (std::size_t y = pred[x]; y != x && cycle.size() <= n; y = pred[y]) cycle.push_back(y);
  std::reverse(cycle.begin(), cycle.end());  // now in edge direction: cycle[k] -> cycle[k+1]
  std::vector<std::size_t> facts;
  for (std::size_t k = 0; k < cycle.size(); ++k) {
    std::size_t u = cycle[k], v = cycle[(k + 1) % cycle.size()];
    // Of parallel edges u -> v the lightest is the one on the cycle.
    std::size_t best = kNoFact;
    Minutes bw = kInf;
    for (auto e : boost::make_iterator_range(boost::out_edges(u, g)))
      if (boost::target(e, g) == v && g[e].weight < bw) bw = g[e].weight, best = g[e].fact;
    if (best != kNoFact) facts.push_back(best);
  }
  return facts;
}

// One connected part: drop the weakest fact of each negative cycle until none is left, then the
// tightest bounds from the zero point.
void solve_connected(Stn& stn) {
  auto& facts = stn.facts;
  auto& points = stn.points;
  auto& contradictions = stn.contradictions;
  auto& earliest = stn.earliest;
  auto& latest = stn.latest;
  contradictions.clear();
  for (std::size_t round = 0; round <= facts.size(); ++round) {
    StnGraph g = make_graph(stn, false, true);
    std::vector<Minutes> dist;
    std::vector<std::size_t> pred;
    if (shortest(g, points, dist, pred)) break;
    std::vector<std::size_t> cycle = cycle_facts(g, dist, pred);
    if (cycle.empty()) break;  // cannot happen after a failed Bellman-Ford; never loop on it
    std::size_t weakest = cycle.front();
    for (auto f : cycle)
      if (weaker(facts[f], f, facts[weakest], weakest)) weakest = f;
    facts[weakest].dropped = true;
    contradictions.push_back({cycle, weakest});
  }
  earliest.assign(points, std::nullopt);
  latest.assign(points, std::nullopt);
  std::vector<Minutes> dist;
  std::vector<std::size_t> pred;
  StnGraph fwd = make_graph(stn, false, false);
  if (shortest(fwd, 0, dist, pred))
    for (std::size_t p = 0; p < points; ++p)
      if (dist[p] != kInf) latest[p] = dist[p];
  StnGraph rev = make_graph(stn, true, false);
  if (shortest(rev, 0, dist, pred))
    for (std::size_t p = 0; p < points; ++p)
      if (dist[p] != kInf) earliest[p] = -dist[p];
}

}  // namespace

std::string_view to_string(RelType t) {
  switch (t) {
    case RelType::before: return "BEFORE";
    case RelType::after: return "AFTER";
    case RelType::includes: return "INCLUDES";
    case RelType::is_included: return "IS_INCLUDED";
    case RelType::simultaneous: return "SIMULTANEOUS";
    case RelType::begins: return "BEGINS";
    case RelType::ends: return "ENDS";
  }
  return "BEFORE";
}

bool weaker(const Fact& a, std::size_t ia, const Fact& b, std::size_t ib) {
  if (a.kind != b.kind) return a.kind < b.kind;
  if (a.vagueness != b.vagueness) return a.vagueness > b.vagueness;
  return ia > ib;  // later facts come from later mentions: the first report keeps precedence
}

std::size_t Stn::add(Fact f) {
  points = std::max({points, f.from + 1, f.to + 1});
  facts.push_back(std::move(f));
  return facts.size() - 1;
}

// Removing the zero point splits the network into independent parts (one per story, roughly): a
// simple cycle through the zero point stays inside one part, so each part is checked and solved on
// its own. Bellman-Ford's O(V E) per contradiction then costs per story, not per corpus.
void Stn::solve() {
  contradictions.clear();
  std::vector<std::size_t> parent(points);
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const Fact& f : facts)
    if (f.from != 0 && f.to != 0) {
      std::size_t a = find(f.from), b = find(f.to);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the root is the part's smallest point
    }
  // Parts by their smallest point; part 0 holds the facts on the zero point alone.
  std::map<std::size_t, std::vector<std::size_t>> part_points, part_facts;
  for (std::size_t p = 1; p < points; ++p) part_points[find(p)].push_back(p);
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    part_facts[f.from != 0 ? find(f.from) : f.to != 0 ? find(f.to) : 0].push_back(i);
  }
  earliest.assign(points, std::nullopt);
  latest.assign(points, std::nullopt);
  earliest[0] = latest[0] = 0;
  for (const auto& [root, members] : part_points) {
    Stn part;
    std::vector<std::size_t> global{0};  // local point -> global point
    std::map<std::size_t, std::size_t> local{{0, 0}};
    for (std::size_t p : members) local[p] = global.size(), global.push_back(p);
    part.points = global.size();
    const auto& fact_ids = part_facts[root];
    for (std::size_t i : fact_ids) {
      Fact f = facts[i];
      f.from = local.at(f.from);
      f.to = local.at(f.to);
      part.facts.push_back(std::move(f));
    }
    solve_connected(part);
    for (std::size_t k = 0; k < fact_ids.size(); ++k) facts[fact_ids[k]].dropped = part.facts[k].dropped;
    for (auto c : part.contradictions) {
      for (auto& f : c.facts) f = fact_ids[f];
      c.dropped = fact_ids[c.dropped];
      // A cycle starts at its first fact, whatever point the search entered it by.
      std::rotate(c.facts.begin(), std::min_element(c.facts.begin(), c.facts.end()), c.facts.end());
      contradictions.push_back(std::move(c));
    }
    for (std::size_t p = 1; p < global.size(); ++p) {
      earliest[global[p]] = part.earliest[p];
      latest[global[p]] = part.latest[p];
    }
  }
}

std::optional<Minutes> duration_minutes(std::string_view v) {
  if (v.size() < 2 || v[0] != 'P' || v.find('X') != std::string_view::npos) return std::nullopt;
  double total = 0;
  bool time = false, any = false;
  std::string num;
  for (std::size_t i = 1; i < v.size(); ++i) {
    char c = v[i];
    if (c == 'T') {
      time = true;
    } else if ((c >= '0' && c <= '9') || c == '.') {
      num.push_back(c);
    } else {
      if (num.empty()) return std::nullopt;
      double x = std::stod(num);
      num.clear();
      double unit = 0;
      switch (c) {
        case 'Y': unit = 525600; break;
        case 'M': unit = time ? 1 : 43200; break;  // a month as 30 days
        case 'W': unit = 10080; break;
        case 'D': unit = 1440; break;
        case 'H': unit = 60; break;
        case 'S': unit = 1.0 / 60; break;
        default: return std::nullopt;
      }
      total += x * unit;
      any = true;
    }
  }
  if (!any || !num.empty()) return std::nullopt;
  return static_cast<Minutes>(std::llround(total));
}

std::optional<std::pair<Minutes, Minutes>> publication_bounds(const Document& doc, int version) {
  if (!doc.dct) return std::nullopt;
  Minutes delay = 0;
  if (version != 0) {
    const Version* v = find_version(doc, version);
    if (v == nullptr || !v->delay_minutes) return std::nullopt;
    delay = *v->delay_minutes;
  }
  const PublicationTime& t = *doc.dct;
  Minutes day = date::sys_days(t.day).time_since_epoch().count() * 1440;
  // Unknown offsets span UTC-12..UTC+14; an unknown clock time spans the whole local day.
  Minutes lo = day, hi = day + 1439;
  if (t.time_of_day) lo = hi = day + t.time_of_day->count();
  if (t.utc_offset) {
    lo -= t.utc_offset->count();
    hi -= t.utc_offset->count();
  } else {
    lo -= 14 * 60;
    hi += 12 * 60;
  }
  return std::make_pair(lo + delay, hi + delay);
}

Stn build_stn(const Corpus& corpus, const std::vector<EventMention>& mentions, const std::vector<MergedEvent>& events,
              const std::vector<StatedRelation>& stated) {
  Stn stn;
  stn.points = 2 * events.size() + 1;
  std::vector<std::size_t> event_of(mentions.size(), kNoFact);
  for (std::size_t e = 0; e < events.size(); ++e)
    for (auto m : events[e].mentions) event_of[m] = e;

  for (std::size_t e = 0; e < events.size(); ++e)
    stn.add({start_point(e), end_point(e), 0, std::nullopt, FactKind::structural, 0, {}, "start <= end", false});

  // Facts in the canonical order of the events' mentions, so that ties of weakness are stable.
  for (std::size_t e = 0; e < events.size(); ++e) {
    for (auto mi : events[e].mentions) {
      const EventMention& m = mentions[mi];
      const Document* doc = m.document < corpus.documents.size() ? &corpus.documents[m.document] : nullptr;
      if (m.anchor) {
        const TimeAnchor& a = *m.anchor;
        auto [lo, hi] = widened_bounds(a);
        FactKind kind = a.source == AnchorSource::timex             ? FactKind::stated
                        : a.source == AnchorSource::paragraph_header ? FactKind::header_anchor
                                                                     : FactKind::default_anchor;
        Minutes vague = lo && hi ? *hi - *lo : kUnbounded;
        std::string what = "anchor " + a.timex.value + (a.timex.mod.empty() ? "" : " " + a.timex.mod) + " (" +
                           std::string(to_string(a.relation)) + ")";
        auto bound = [&](std::size_t point, std::optional<Minutes> l, std::optional<Minutes> h, const char* side) {
          if (!l && !h) return;
          stn.add({0, point, l, h, kind, vague, {mi}, what + side, false});
        };
        switch (a.relation) {
          case AnchorRelation::during:
            bound(start_point(e), lo, std::nullopt, ": start");
            bound(end_point(e), std::nullopt, hi, ": end");
            break;
          case AnchorRelation::begins: bound(start_point(e), lo, hi, ": start"); break;
          case AnchorRelation::ends: bound(end_point(e), lo, hi, ": end"); break;
          case AnchorRelation::before: {
            // "before Friday" ends before Friday begins; "has said" ends before the report was
            // published, a moment somewhere in the publication window, so by the window's end.
            // A header such as "Earlier:" with no time of its own stands for the publication too.
            bool moment = a.source == AnchorSource::publication_time || a.source == AnchorSource::version_time ||
                          (a.source == AnchorSource::paragraph_header && a.timex.anchor == "dct" &&
                           a.timex.rule == "paragraph_header");
            // With the offset unknown, the time begins somewhere in [lo, lo + 28h): bound by the last.
            Minutes slack = a.zone_unknown ? 2 * kUnknownOffsetWidening : 0;
            bound(end_point(e), std::nullopt, moment ? hi : lo ? std::optional<Minutes>(*lo + slack) : lo, ": end");
            break;
          }
          case AnchorRelation::after: {
            Minutes slack = a.zone_unknown ? 2 * kUnknownOffsetWidening : 0;
            bound(start_point(e), hi ? std::optional<Minutes>(*hi - slack) : hi, std::nullopt, ": start");
            break;
          }
          case AnchorRelation::includes:
            bound(start_point(e), std::nullopt, lo, ": start");
            bound(end_point(e), hi, std::nullopt, ": end");
            break;
        }
      }
      for (const auto& d : m.durations) {
        auto len = duration_minutes(d.timex.value);
        if (!len || !d.measures_event) continue;
        const std::string& mod = d.timex.mod;
        std::optional<Minutes> lo, hi;
        if (mod == "MORE_THAN" || mod == "EQUAL_OR_MORE" || mod == "AFTER" || mod == "START") {
          lo = *len;
        } else if (mod == "LESS_THAN" || mod == "EQUAL_OR_LESS" || mod == "BEFORE" || mod == "END") {
          hi = *len;
        } else {
          // "about 3 hours": +-25% (at least 15 min); a bare "11 hours" is rounded too: +-10% (at least 5 min).
          Minutes tol = mod == "APPROX" ? std::max<Minutes>(15, *len / 4) : std::max<Minutes>(5, *len / 10);
          lo = std::max<Minutes>(0, *len - tol);
          hi = *len + tol;
        }
        // A one-sided "more than 12 hours" is exact about its number: vagueness 0, unlike a day anchor.
        Minutes vague = lo && hi ? *hi - *lo : 0;
        stn.add({start_point(e), end_point(e), lo, hi, FactKind::stated, vague, {mi},
                 "duration " + (mod.empty() ? std::string() : mod + " ") + d.timex.value, false});
      }
      // What a version reports has begun by the time that version was published (DCT + delay);
      // a reported statement has been made by then. Modal and negated mentions promise nothing.
      if (doc != nullptr && m.modality.empty() && !m.negated) {
        if (auto pub = publication_bounds(*doc, m.version)) {
          std::string when = m.version == 0 ? "published" : "version " + std::to_string(m.version) + " published";
          stn.add({0, start_point(e), std::nullopt, pub->second, FactKind::publication, pub->second - pub->first, {mi},
                   "reported by " + doc->id + " (" + when + "): start", false});
          if (m.cls == EventClass::statement)
            stn.add({0, end_point(e), std::nullopt, pub->second, FactKind::publication, pub->second - pub->first,
                     {mi}, "statement reported by " + doc->id + " (" + when + "): end", false});
        }
      }
    }
  }

  for (const auto& r : stated) {
    if (r.from_mention >= mentions.size() || r.to_mention >= mentions.size()) continue;
    std::size_t a = event_of[r.from_mention], b = event_of[r.to_mention];
    if (a == kNoFact || b == kNoFact || a == b) continue;
    std::string what = std::string(to_string(r.type)) + " stated by " + mentions[r.evidence_mention].id;
    auto rel = [&](std::size_t from, std::size_t to, std::optional<Minutes> lo, std::optional<Minutes> hi) {
      stn.add({from, to, lo, hi, FactKind::stated, 0, {r.evidence_mention}, what, false});
    };
    switch (r.type) {
      case RelType::before: rel(end_point(a), start_point(b), 0, std::nullopt); break;
      case RelType::after: rel(end_point(b), start_point(a), 0, std::nullopt); break;
      case RelType::includes:
        rel(start_point(a), start_point(b), 0, std::nullopt);
        rel(end_point(b), end_point(a), 0, std::nullopt);
        break;
      case RelType::is_included:
        rel(start_point(b), start_point(a), 0, std::nullopt);
        rel(end_point(a), end_point(b), 0, std::nullopt);
        break;
      case RelType::simultaneous:
        rel(start_point(a), start_point(b), 0, 0);
        rel(end_point(a), end_point(b), 0, 0);
        break;
      case RelType::begins:
        rel(start_point(a), start_point(b), 0, 0);
        rel(end_point(a), end_point(b), 0, std::nullopt);
        break;
      case RelType::ends:
        rel(end_point(a), end_point(b), 0, 0);
        rel(start_point(b), start_point(a), 0, std::nullopt);
        break;
    }
  }
  return stn;
}

EventGraph make_event_graph(std::size_t events, const std::vector<Relation>& relations) {
  EventGraph g(events);
  for (std::size_t i = 0; i < events; ++i) g[i].event = i;
  for (const auto& r : relations) boost::add_edge(r.from, r.to, r, g);
  return g;
}

std::vector<Relation> collect_relations(const Corpus& corpus, const std::vector<EventMention>& mentions,
                                        const std::vector<MergedEvent>& events, const std::vector<StatedRelation>& stated,
                                        const Stn& stn, const std::vector<std::size_t>& order) {
  std::vector<Relation> out;
  std::vector<std::size_t> event_of(mentions.size(), kNoFact);
  for (std::size_t e = 0; e < events.size(); ++e)
    for (auto m : events[e].mentions) event_of[m] = e;
  for (const auto& r : stated) {
    if (r.from_mention >= mentions.size() || r.to_mention >= mentions.size() || r.evidence_mention >= mentions.size())
      continue;
    std::size_t a = event_of[r.from_mention], b = event_of[r.to_mention];
    if (a == kNoFact || b == kNoFact || a == b) continue;
    std::string what = std::string(to_string(r.type)) + " stated by " + mentions[r.evidence_mention].id;
    bool dropped = false;
    for (const auto& f : stn.facts)
      if (f.dropped && f.what == what) dropped = true;
    out.push_back({a, b, r.type, true,
                   mentions[r.evidence_mention].id + ": " + std::string(mention_sentence(corpus, mentions[r.evidence_mention])),
                   dropped});
  }
  std::set<std::pair<std::size_t, std::size_t>> linked;  // stated pairs, either direction
  for (const auto& r : out) linked.insert({std::min(r.from, r.to), std::max(r.from, r.to)});
  auto has = [&](std::size_t a, std::size_t b) { return linked.count({std::min(a, b), std::max(a, b)}) != 0; };
  // Each event with a known earliest start gets one inferred BEFORE from its nearest entailed
  // predecessor: the event whose latest end is the largest not after that start (ties: earlier in
  // the order). One edge per event keeps the graph readable and the cost O(n log n).
  std::vector<std::size_t> rank(events.size(), 0);
  for (std::size_t k = 0; k < order.size(); ++k) rank[order[k]] = k;
  std::vector<std::pair<Minutes, std::size_t>> ends;  // (latest end, -rank) sorted
  for (auto e : order)
    if (stn.latest[end_point(e)]) ends.push_back({*stn.latest[end_point(e)], e});
  std::sort(ends.begin(), ends.end(), [&](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : rank[x.second] > rank[y.second];
  });
  for (auto b : order) {
    const auto& start_b = stn.earliest[start_point(b)];
    if (!start_b) continue;
    auto it = std::upper_bound(ends.begin(), ends.end(), *start_b,
                               [](Minutes v, const std::pair<Minutes, std::size_t>& x) { return v < x.first; });
    // Walk back over events that are b itself (a zero-length b may end at its own start).
    while (it != ends.begin() && std::prev(it)->second == b) --it;
    if (it == ends.begin()) continue;
    std::size_t a = std::prev(it)->second;
    if (!has(a, b))
      out.push_back({a, b, RelType::before, false, "inferred: the first ends before the second can start", false});
  }
  return out;
}

}  // namespace timeline
