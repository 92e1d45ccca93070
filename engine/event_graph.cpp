// GCC 12 at -O2 warns "may be used uninitialized" inside Boost.Graph's edge iterator (a boost::optional
// it reads only when set): a known false positive, silenced for this file only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include "event_graph.hpp"

#include "time_lexicon.hpp"
#include "time_bounds.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>

#include <boost/graph/bellman_ford_shortest_paths.hpp>
#include <boost/graph/edge_list.hpp>
#include <spdlog/spdlog.h>

namespace timeline {
namespace {

constexpr Minutes kInf = std::numeric_limits<Minutes>::max();
constexpr Minutes kUnbounded = Minutes{1} << 40;  // vagueness of a one-sided or open range

// The edges of one part's distance graph, ordered by source vertex (as an adjacency list would
// visit them, each source's edges in the order they were added). Bellman-Ford runs over it as a
// BGL edge list; its vectors are reused from part to part, so solving many small parts allocates
// almost nothing (a fresh adjacency list per part and round left glibc's heap fragmented and
// slow on large corpora).
using Ends = std::pair<std::size_t, std::size_t>;
struct EdgeSet {
  std::size_t vertices = 0;
  std::vector<Ends> ends;
  std::vector<Minutes> weight;
  std::vector<std::size_t> fact;
};

constexpr std::size_t kNoFact = std::numeric_limits<std::size_t>::max();

// The facts of one part of the network, its points numbered locally (0 is the zero point).
struct Part {
  const std::vector<std::size_t>& facts;   // indices into Stn::facts
  const std::vector<std::size_t>& local;   // global point -> local point (for the part's points)
  const std::vector<std::size_t>& global;  // local point -> global point
};

// One distance edge of a fact: x_to - x_from <= hi is the edge from -> to of weight hi; lo is the
// edge to -> from of weight -lo. Points are the part's local numbers.
struct RawEdge {
  std::size_t from, to;
  Minutes weight;
  std::size_t fact, seq;  // seq: the order the edges were added, for ties
};

// A part's edges grouped by (from, to), lightest first: only the lightest live edge of a group
// matters to shortest paths and is the one on a negative cycle, so each round looks at one edge
// per group, and a dropped fact's edges are skipped lazily. Many reports stating the same event's
// time (thousands of facts on two points) then cost a round per contradiction, not a pass over
// every fact.
struct Buckets {
  std::vector<RawEdge> edges;                               // sorted by (from, to, weight, seq)
  std::vector<std::pair<std::size_t, std::size_t>> ranges;  // [front, end) of each group in `edges`
};

void make_buckets(const Stn& stn, const Part& part, Buckets& out) {
  out.edges.clear();
  out.ranges.clear();
  for (std::size_t i : part.facts) {
    const Fact& f = stn.facts[i];
    if (f.dropped) continue;
    std::size_t from = part.local[f.from], to = part.local[f.to];
    if (f.hi) out.edges.push_back({from, to, *f.hi, i, out.edges.size()});
    if (f.lo) out.edges.push_back({to, from, -*f.lo, i, out.edges.size()});
  }
  std::sort(out.edges.begin(), out.edges.end(), [](const RawEdge& a, const RawEdge& b) {
    return std::tie(a.from, a.to, a.weight, a.seq) < std::tie(b.from, b.to, b.weight, b.seq);
  });
  for (std::size_t k = 0; k < out.edges.size(); ++k)
    if (k == 0 || out.edges[k].from != out.edges[k - 1].from || out.edges[k].to != out.edges[k - 1].to)
      out.ranges.emplace_back(k, k + 1);
    else
      out.ranges.back().second = k + 1;
}

// The lightest live edge of every group (reversed for earliest times), plus edges of weight 0
// from a source joined to every point when `with_source`; ordered by source vertex.
void make_edges(const Stn& stn, Buckets& buckets, std::size_t n, bool reversed, bool with_source, EdgeSet& out) {
  out.vertices = n + (with_source ? 1 : 0);
  thread_local EdgeSet raw;
  raw.ends.clear(), raw.weight.clear(), raw.fact.clear();
  for (auto& [front, end] : buckets.ranges) {
    while (front < end && stn.facts[buckets.edges[front].fact].dropped) ++front;
    if (front == end) continue;
    const RawEdge& e = buckets.edges[front];
    raw.ends.emplace_back(reversed ? e.to : e.from, reversed ? e.from : e.to), raw.weight.push_back(e.weight), raw.fact.push_back(e.fact);
  }
  if (with_source)
    for (std::size_t p = 0; p < n; ++p) raw.ends.emplace_back(n, p), raw.weight.push_back(0), raw.fact.push_back(kNoFact);
  // A stable counting sort by source vertex.
  thread_local std::vector<std::size_t> start;
  start.assign(out.vertices + 1, 0);
  for (const auto& e : raw.ends) ++start[e.first + 1];
  for (std::size_t v = 0; v < out.vertices; ++v) start[v + 1] += start[v];
  const std::size_t m = raw.ends.size();
  out.ends.resize(m), out.weight.resize(m), out.fact.resize(m);
  for (std::size_t k = 0; k < m; ++k) {
    std::size_t at = start[raw.ends[k].first]++;
    out.ends[at] = raw.ends[k], out.weight[at] = raw.weight[k], out.fact[at] = raw.fact[k];
  }
}

// Bellman-Ford (BGL, over the edge list) from `source`; false on a negative cycle.
bool shortest(const EdgeSet& g, std::size_t source, std::vector<Minutes>& dist, std::vector<std::size_t>& pred) {
  const std::size_t n = g.vertices;
  dist.assign(n, kInf);
  pred.resize(n);
  std::iota(pred.begin(), pred.end(), std::size_t{0});
  dist[source] = 0;
  if (g.ends.empty()) return true;
  boost::edge_list<const Ends*, Ends, std::ptrdiff_t, std::random_access_iterator_tag> list(g.ends.data(), g.ends.data() + g.ends.size());
  return boost::bellman_ford_shortest_paths(
      list, n,
      boost::weight_map(boost::make_iterator_property_map(g.weight.data(), boost::get(boost::edge_index, list)))
          .distance_map(dist.data())
          .predecessor_map(pred.data()));
}

// The facts of one negative cycle, from the distances Bellman-Ford left: an edge that still relaxes
// leads back (through predecessors) into the cycle.
std::vector<std::size_t> cycle_facts(const EdgeSet& g, std::vector<Minutes>& dist, std::vector<std::size_t>& pred) {
  const std::size_t n = g.vertices, m = g.ends.size();
  // A few extra relaxation passes make the predecessor graph hold the cycle.
  std::size_t last = n;
  for (std::size_t pass = 0; pass < n && last == n; ++pass) {
    for (std::size_t k = 0; k < m; ++k) {
      auto [u, v] = g.ends[k];
      if (dist[u] == kInf) continue;
      if (dist[u] + g.weight[k] < dist[v]) {
        dist[v] = dist[u] + g.weight[k];
        pred[v] = u;
        last = v;
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
    for (std::size_t e = 0; e < m; ++e)
      if (g.ends[e].first == u && g.ends[e].second == v && g.weight[e] < bw) bw = g.weight[e], best = g.fact[e];
    if (best != kNoFact) facts.push_back(best);
  }
  return facts;
}

// One part: drop the weakest fact of each negative cycle until none is left, then the tightest
// bounds of its points from the zero point.
void solve_part(Stn& stn, const Part& part) {
  const std::size_t n = part.global.size();
  std::vector<Minutes> dist;
  std::vector<std::size_t> pred;
  thread_local Buckets buckets;
  make_buckets(stn, part, buckets);
  for (std::size_t round = 0; round <= part.facts.size(); ++round) {
    thread_local EdgeSet g;
    make_edges(stn, buckets, n, false, true, g);
    if (shortest(g, n, dist, pred)) break;
    std::vector<std::size_t> cycle = cycle_facts(g, dist, pred);
    if (cycle.empty()) break;  // cannot happen after a failed Bellman-Ford; never loop on it
    std::size_t weakest = cycle.front();
    for (auto f : cycle)
      if (weaker(stn.facts[f], f, stn.facts[weakest], weakest)) weakest = f;
    stn.facts[weakest].dropped = true;
    // A cycle starts at its first fact, whatever point the search entered it by.
    std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
    stn.contradictions.push_back({std::move(cycle), weakest});
  }
  thread_local EdgeSet fwd;
  make_edges(stn, buckets, n, false, false, fwd);
  if (shortest(fwd, 0, dist, pred))
    for (std::size_t p = 1; p < n; ++p)
      if (dist[p] != kInf) stn.latest[part.global[p]] = dist[p];
  make_edges(stn, buckets, n, true, false, fwd);
  if (shortest(fwd, 0, dist, pred))
    for (std::size_t p = 1; p < n; ++p)
      if (dist[p] != kInf) stn.earliest[part.global[p]] = -dist[p];
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
  std::size_t largest = 0, most_facts = 0;
  for (const auto& [root, members] : part_points) largest = std::max(largest, members.size());
  for (const auto& [root, ids] : part_facts) most_facts = std::max(most_facts, ids.size());
  spdlog::debug("temporal network: {} points, {} facts, {} parts, the largest {} points, the most facts {}", points, facts.size(),
                part_points.size(), largest, most_facts);
  std::vector<std::size_t> local(points, 0), global;
  for (const auto& [root, members] : part_points) {
    global.assign(1, 0);
    for (std::size_t p : members) local[p] = global.size(), global.push_back(p);
    solve_part(*this, Part{part_facts[root], local, global});
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
        // The publication (of the report, a version, or "Earlier:" with no time of its own, which
        // stands for it) is a moment somewhere in its window, not the whole window.
        const bool moment = a.source == AnchorSource::publication_time || a.source == AnchorSource::version_time ||
                            (a.source == AnchorSource::paragraph_header && a.timex.anchor == "dct" &&
                             a.timex.rule == "paragraph_header");
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
            // "By Thursday afternoon" is no later than the afternoon's end.
            // With the offset unknown, the time begins somewhere in [lo, lo + 28h): bound by the last.
            Minutes slack = a.zone_unknown ? 2 * kUnknownOffsetWidening : 0;
            bound(end_point(e), std::nullopt, moment || a.inclusive ? hi : lo ? std::optional<Minutes>(*lo + slack) : lo, ": end");
            // "shortly before 4am": it began within the hour before.
            if (a.within && lo) bound(start_point(e), *lo - *a.within, std::nullopt, ": start, shortly before");
            break;
          }
          case AnchorRelation::after: {
            Minutes slack = a.zone_unknown ? 2 * kUnknownOffsetWidening : 0;
            // "shortly after 7pm": it began within the hour after.
            std::optional<Minutes> near_end = a.within && hi ? std::optional<Minutes>(*hi + *a.within) : std::nullopt;
            bound(start_point(e), hi ? std::optional<Minutes>(*hi - slack) : hi, near_end, ": start");
            break;
          }
          case AnchorRelation::includes:
            if (moment) {
              // Going on when the report came out, a moment somewhere in the publication window
              // (a whole day when only the date is known): begun by its end, not over before its start.
              bound(start_point(e), std::nullopt, hi, ": start");
              bound(end_point(e), lo, std::nullopt, ": end");
            } else {
              bound(start_point(e), std::nullopt, lo, ": start");
              bound(end_point(e), hi, std::nullopt, ": end");
            }
            break;
        }
      }
      // A hypothetical event with no time of its own ("working on a possible ceasefire" of seven
      // days, bounded only by its report's publication) is not placed by its length: seven days
      // before the publication is no time it was said to have.
      const bool placeless_plan = !m.modality.empty() && (!m.anchor || m.anchor->source == AnchorSource::publication_time ||
                                                          m.anchor->source == AnchorSource::version_time);
      for (const auto& d : m.durations) {
        auto len = duration_minutes(d.timex.value);
        if (!len || !d.measures_event || placeless_plan) continue;
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
      // "She would begin talks this week" in a report of Monday morning: a time still to come,
      // given as a window around the publication, begins no earlier than the report.
      if (doc != nullptr && !m.modality.empty() && !m.negated && m.anchor && m.anchor->source == AnchorSource::timex &&
          m.anchor->relation == AnchorRelation::during && m.anchor->earliest && m.anchor->latest)
        if (auto pub = publication_bounds(*doc, m.version); pub && *m.anchor->earliest < pub->first && *m.anchor->latest > pub->second)
          stn.add({0, start_point(e), pub->first, std::nullopt, FactKind::inferred, 0, {mi},
                   "still to come when " + doc->id + " was published: start", false});
      // What a version reports has begun by the time that version was published (DCT + delay);
      // a reported statement has been made by then. Modal and negated mentions promise nothing.
      if (doc != nullptr && m.modality.empty() && !m.negated) {
        auto pub = publication_bounds(*doc, m.version);
        // "Northbridge fly home tomorrow", "the parade on Wednesday": a time the report gives after
        // its own publication announces the event; it has not begun. Told in the past ("announced
        // the truce at 9pm" in a report of 6pm) it has, and the clash is worth reporting.
        if (pub && m.anchor && m.anchor->source == AnchorSource::timex && m.anchor->earliest &&
            m.anchor->relation != AnchorRelation::before && *m.anchor->earliest >= pub->second &&
            m.cls != EventClass::statement && m.trigger.end <= doc->bytes.size() && !past_form(doc->text(m.trigger)))
          pub.reset();
        if (pub) {
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
      stn.add({from, to, lo, hi, r.kind, 0, {r.evidence_mention}, what, false});
    };
    const bool distance = r.lo || r.hi;  // "two days after": the starts are that far apart
    switch (r.type) {
      case RelType::before:
        rel(end_point(a), start_point(b), 0, std::nullopt);
        if (distance) rel(start_point(a), start_point(b), r.lo, r.hi);
        break;
      case RelType::after:
        rel(end_point(b), start_point(a), 0, std::nullopt);
        if (distance) rel(start_point(b), start_point(a), r.lo, r.hi);
        break;
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
    if (dropped && r.kind == FactKind::inferred) continue;  // a reading of ours that did not hold
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
