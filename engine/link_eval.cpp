#include "link_eval.hpp"

#include <map>
#include <set>

namespace timeline {
namespace {

struct Constraint {
  std::string a, b;
  bool strict;  ///< a < b, else a <= b
};

// The endpoint constraints of "A relType B" (A.s/A.e: start and end points of A).
bool constraints_of(const LinkRelation& r, std::vector<Constraint>& out) {
  const std::string as = r.from + ".s", ae = r.from + ".e", bs = r.to + ".s", be = r.to + ".e";
  auto lt = [&](const std::string& x, const std::string& y) { out.push_back({x, y, true}); };
  auto le = [&](const std::string& x, const std::string& y) { out.push_back({x, y, false}); };
  auto eq = [&](const std::string& x, const std::string& y) { le(x, y), le(y, x); };
  const std::string& t = r.type;
  if (t == "BEFORE") lt(ae, bs);
  else if (t == "AFTER") lt(be, as);
  else if (t == "IBEFORE") eq(ae, bs);
  else if (t == "IAFTER") eq(be, as);
  else if (t == "INCLUDES" || t == "DURING_INV") le(as, bs), le(be, ae);
  else if (t == "IS_INCLUDED" || t == "DURING") le(bs, as), le(ae, be);
  else if (t == "SIMULTANEOUS" || t == "IDENTITY") eq(as, bs), eq(ae, be);
  else if (t == "BEGINS") eq(as, bs), lt(ae, be);
  else if (t == "BEGUN_BY") eq(as, bs), lt(be, ae);
  else if (t == "ENDS") eq(ae, be), lt(bs, as);
  else if (t == "ENDED_BY") eq(ae, be), lt(as, bs);
  else return false;
  return true;
}

// Reachability over <= / < edges: for each point, the points after it, and whether strictly.
class Closure {
 public:
  explicit Closure(const std::vector<LinkRelation>& links) {
    std::set<std::string> nodes;
    for (const auto& l : links) {
      if (l.from.empty() || l.to.empty() || !constraints_of(l, edges_)) continue;
      nodes.insert(l.from), nodes.insert(l.to);
    }
    for (const auto& n : nodes) edges_.push_back({n + ".s", n + ".e", false});  // an interval starts before it ends
    for (const auto& e : edges_) out_[e.a].push_back(&e);
  }
  /// 0: not ordered, 1: a <= b, 2: a < b.
  int order(const std::string& a, const std::string& b) const {
    if (a == b) return 1;
    // Search states (point, strict so far); strict reachability wins.
    std::set<std::pair<std::string, bool>> seen{{a, false}};
    std::vector<std::pair<std::string, bool>> stack{{a, false}};
    int best = 0;
    while (!stack.empty()) {
      auto [p, strict] = stack.back();
      stack.pop_back();
      auto it = out_.find(p);
      if (it == out_.end()) continue;
      for (const Constraint* e : it->second) {
        bool s = strict || e->strict;
        if (e->b == b) best = std::max(best, s ? 2 : 1);
        if (seen.insert({e->b, s}).second) stack.push_back({e->b, s});
      }
    }
    return best;
  }

 private:
  std::vector<Constraint> edges_;
  std::map<std::string, std::vector<const Constraint*>> out_;
};

bool entailed_by(const Closure& c, const LinkRelation& q) {
  std::vector<Constraint> need;
  if (!constraints_of(q, need)) return false;
  for (const auto& n : need)
    if (c.order(n.a, n.b) < (n.strict ? 2 : 1)) return false;
  return true;
}

std::vector<TimexMention> spans_of(const Document& d, std::string_view tag, std::string_view attr) {
  std::vector<TimexMention> out;
  for (const auto& a : d.annotations)
    if (a.tag == tag && a.attribute("functionInDocument") != "CREATION_TIME")
      out.push_back({a.span, std::string(a.attribute(attr)), std::string(a.attribute(tag == "EVENT" ? "eid" : "tid"))});
  return out;
}

// The links of `d` as node keys: "E<i>" / "T<i>" (index into its EVENT / TIMEX3 list), "DCT".
// `event_key` / `time_key` rename the document's own indices (the system's, to gold keys).
std::vector<LinkRelation> links_of(const Document& d, const std::vector<TimexMention>& events,
                                   const std::vector<TimexMention>& times, const std::vector<std::string>& event_key,
                                   const std::vector<std::string>& time_key) {
  std::map<std::string, std::string> of_eid, of_tid, of_eiid;
  for (std::size_t i = 0; i < events.size(); ++i) of_eid[events[i].value] = event_key[i];
  for (std::size_t i = 0; i < times.size(); ++i) of_tid[times[i].value] = time_key[i];
  for (const auto& a : d.annotations) {
    if (a.tag == "TIMEX3" && a.attribute("functionInDocument") == "CREATION_TIME") of_tid[std::string(a.attribute("tid"))] = "DCT";
    if (a.tag == "MAKEINSTANCE")
      if (auto it = of_eid.find(std::string(a.attribute("eventID"))); it != of_eid.end())
        of_eiid[std::string(a.attribute("eiid"))] = it->second;
  }
  // The DCT lives outside TEXT: its usual tid names it.
  if (!of_tid.count("t0")) of_tid["t0"] = "DCT";
  auto key = [&](const Annotation& a, std::string_view ev, std::string_view tm) -> std::string {
    if (auto e = a.attribute(ev); !e.empty()) {
      auto it = of_eiid.find(std::string(e));
      return it == of_eiid.end() ? "" : it->second;
    }
    auto it = of_tid.find(std::string(a.attribute(tm)));
    return it == of_tid.end() ? "" : it->second;
  };
  std::vector<LinkRelation> out;
  for (const auto& a : d.annotations) {
    if (a.tag != "TLINK") continue;
    std::string from = key(a, "eventInstanceID", "timeID"), to = key(a, "relatedToEventInstance", "relatedToTime");
    out.push_back({from, to, std::string(a.attribute("relType"))});  // an end with no node: never entailed
  }
  return out;
}

}  // namespace

EventCounts& EventCounts::operator+=(const EventCounts& o) {
  gold += o.gold, system += o.system, strict += o.strict, relaxed += o.relaxed, class_correct += o.class_correct;
  return *this;
}

TlinkCounts& TlinkCounts::operator+=(const TlinkCounts& o) {
  gold += o.gold, system += o.system, system_entailed += o.system_entailed, gold_entailed += o.gold_entailed;
  return *this;
}

bool entails(const std::vector<LinkRelation>& links, const LinkRelation& query) {
  if (query.from.empty() || query.to.empty()) return false;
  return entailed_by(Closure(links), query);
}

bool has_annotation(const Document& doc, std::string_view tag) {
  for (const auto& a : doc.annotations)
    if (a.tag == tag) return true;
  return false;
}

void compare_links(const Document& gold, const Document& system, EventCounts& events, TlinkCounts& tlinks) {
  // EVENT: the TIMEX3 scorer's matching with the class as the "type".
  auto ge = spans_of(gold, "EVENT", "class"), se = spans_of(system, "EVENT", "class");
  TimexCounts c = compare_timexes(ge, se);
  events += EventCounts{c.gold, c.system, c.strict, c.relaxed, c.type_correct};
  // TLINK: system events and times renamed to their gold partners ("S..." when they have none).
  auto gt = spans_of(gold, "TIMEX3", "type"), st = spans_of(system, "TIMEX3", "type");
  auto rename = [](const std::vector<long>& partner, char kind) {
    std::vector<std::string> key(partner.size());
    for (std::size_t i = 0; i < partner.size(); ++i)
      key[i] = partner[i] < 0 ? "S" + std::string(1, kind) + std::to_string(i) : std::string(1, kind) + std::to_string(partner[i]);
    return key;
  };
  auto own = [](std::size_t n, char kind) {
    std::vector<std::string> key(n);
    for (std::size_t i = 0; i < n; ++i) key[i] = std::string(1, kind) + std::to_string(i);
    return key;
  };
  auto gold_links = links_of(gold, ge, gt, own(ge.size(), 'E'), own(gt.size(), 'T'));
  auto system_links = links_of(system, se, st, rename(relaxed_partners(ge, se), 'E'), rename(relaxed_partners(gt, st), 'T'));
  TlinkCounts t;
  t.gold = gold_links.size();
  t.system = system_links.size();
  Closure gold_closure(gold_links), system_closure(system_links);
  for (const auto& l : system_links)
    if (!l.from.empty() && !l.to.empty() && entailed_by(gold_closure, l)) ++t.system_entailed;
  for (const auto& l : gold_links)
    if (!l.from.empty() && !l.to.empty() && entailed_by(system_closure, l)) ++t.gold_entailed;
  tlinks += t;
}

}  // namespace timeline
