#pragma once
// Issue 5, step 2: the event graph and the Simple Temporal Network (STN) under it. Each event is an
// interval [start, end]; every fact is a bound on the distance between two time points. Bellman-Ford
// (Boost.Graph) checks consistency and gives the tightest bounds; a negative cycle is a contradiction,
// and the weakest fact in it is dropped. See docs/graph.md ("STN", "Weakest fact").
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "event_merge.hpp"

namespace timeline {

/// Temporal relations between two events (TimeML TLINK types).
enum class RelType { before, after, includes, is_included, simultaneous, begins, ends };
std::string_view to_string(RelType t);  ///< "BEFORE", "AFTER", ...

/// How much a fact is trusted when a contradiction forces one out; lower is weaker.
enum class FactKind { inferred = 0, publication = 1, default_anchor = 2, header_anchor = 3, stated = 4, structural = 5 };

/// A relation one mention states between two events ("after the talks, Kerry said ..."): the
/// extractor supplies these (EventMention::links); the engine also infers relations from the bounds.
struct StatedRelation {
  std::size_t from_mention = 0, to_mention = 0;  ///< indices into the mention vector
  RelType type = RelType::before;
  std::size_t evidence_mention = 0;              ///< the mention whose sentence says it
  /// For BEFORE/AFTER: bounds on the distance between the two starts ("two days after": one to
  /// three days), when the text gives a length.
  std::optional<Minutes> lo, hi;
  FactKind kind = FactKind::stated;  ///< how much the facts it gives are trusted
};

/// One constraint `lo <= point(to) - point(from) <= hi` (minutes). Point 0 is the zero point
/// (1970-01-01T00:00 UTC); event i has start point 2i+1 and end point 2i+2.
struct Fact {
  std::size_t from = 0, to = 0;          ///< the two points
  std::optional<Minutes> lo, hi;         ///< bounds on point(to) - point(from); nullopt: none
  FactKind kind = FactKind::stated;      ///< how much it is trusted
  Minutes vagueness = 0;                 ///< width of the stated range; wider is weaker at equal kind
  std::vector<std::size_t> mentions;     ///< mentions whose text gives the fact (empty: inferred)
  std::string what;                      ///< "anchor 2016-09-09 (during)", "duration MORE_THAN PT12H" ...
  bool dropped = false;
};

/// The point numbers of event `e`.
inline std::size_t start_point(std::size_t e) { return 2 * e + 1; }
inline std::size_t end_point(std::size_t e) { return 2 * e + 2; }  ///< end point of event `e`

/// A contradiction: the facts of a negative cycle and the one dropped to go on.
struct Contradiction {
  std::vector<std::size_t> facts;  ///< indices into Stn::facts, in cycle order
  std::size_t dropped = 0;         ///< the weakest of them
};

/// A Simple Temporal Network over 2n+1 points.
struct Stn {
  std::size_t points = 1;                 ///< number of points, the zero point included
  std::vector<Fact> facts;                ///< every fact, dropped ones flagged
  /// After solve(): tightest bounds of every point relative to the zero point (nullopt: unbounded).
  std::vector<std::optional<Minutes>> earliest, latest;
  std::vector<Contradiction> contradictions;  ///< after solve(): each negative cycle found

  /// Adds a fact and returns its index.
  std::size_t add(Fact f);
  /// Checks consistency (Bellman-Ford from a source joined to every point), dropping the weakest
  /// fact of each negative cycle until none is left, then computes the tightest bounds.
  void solve();
};

/// True when fact a is weaker than fact b (the one to drop): lower kind, then vaguer, then later added.
bool weaker(const Fact& a, std::size_t ia, const Fact& b, std::size_t ib);

/// The facts the corpus gives about the merged events: start <= end, anchors, durations, version
/// delays, publication times of reporting events, and stated relations.
Stn build_stn(const Corpus& corpus, const std::vector<EventMention>& mentions, const std::vector<MergedEvent>& events,
              const std::vector<StatedRelation>& stated = {});

/// A relation between two events in the graph, with its evidence.
struct Relation {
  std::size_t from = 0, to = 0;  ///< event indices
  RelType type = RelType::before;
  bool stated = false;           ///< a mention says it (else inferred from the bounds)
  std::string evidence;          ///< mention id(s) and sentence, or "inferred: ..."
  bool conflict = false;         ///< the relation is part of a contradiction
};

/// A node of the event graph: the index of a merged event.
struct EventNode {
  std::size_t event = 0;  ///< index of the merged event
};

/// The event graph: merged events as nodes, relations as edges.
using EventGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EventNode, Relation>;

/// Builds the event graph of `events` nodes (vertex i = event i) with `relations` as edges.
EventGraph make_event_graph(std::size_t events, const std::vector<Relation>& relations);

/// The relations of the graph: every stated relation (flagged `conflict` when a contradiction
/// dropped it), plus, for each event with a known earliest start, BEFORE from its nearest
/// predecessor whose latest end is not after that start (ties: earlier in `order`).
std::vector<Relation> collect_relations(const Corpus& corpus, const std::vector<EventMention>& mentions,
                                        const std::vector<MergedEvent>& events, const std::vector<StatedRelation>& stated,
                                        const Stn& stn, const std::vector<std::size_t>& order);

/// The publication time of a document version as UTC bounds: [earliest, latest] minutes
/// (a date without clock time or a time without offset is widened; docs/graph.md).
std::optional<std::pair<Minutes, Minutes>> publication_bounds(const Document& doc, int version);

/// Minutes duration of a TIMEX3 duration value ("PT12H" = 720, "P2D" = 2880); nullopt if vague ("PXD").
std::optional<Minutes> duration_minutes(std::string_view value);

}  // namespace timeline
