#pragma once
// Issue 5, step 4: one total order of the merged events, consistent with the stated relations and
// the STN bounds, identical run to run. See docs/graph.md ("Ordering").
#include <cstddef>
#include <vector>

#include "event_graph.hpp"

namespace timeline {

/// Event indices in timeline order: a topological order of the stated relations (BEFORE/AFTER,
/// and INCLUDES/BEGINS put the container's start first) in which, among the events free to come
/// next, the one with the smallest key comes first. Key: earliest start (when unbounded, the
/// latest end stands in, else the latest start; with none of them the event comes first), then latest end (unbounded last), then the first mention's
/// (document path, version, offset). Relations flagged `conflict` are ignored.
std::vector<std::size_t> order_events(const Corpus& corpus, const std::vector<EventMention>& mentions,
                                      const std::vector<MergedEvent>& events, const Stn& stn,
                                      const std::vector<Relation>& stated);

}  // namespace timeline
