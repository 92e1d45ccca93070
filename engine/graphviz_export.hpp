#pragma once
// Issue 6 (GraphViz part): the event graph as a dot file, written by Boost.Graph's own writers.
#include <ostream>

#include "timeline_build.hpp"

namespace timeline {

/// The event graph with boost::write_graphviz_dp: one node per event (id = event id; label: when
/// and the one-line label; tooltip: the sources), one edge per relation (solid when stated, dashed
/// when inferred; red when part of a conflict; conflicting events are red too).
void write_graphviz_flat(const Corpus& corpus, const Timeline& timeline, std::ostream& out);

/// The same graph with one cluster per day (the local day, in its report's zone, of the event's
/// earliest start, else its latest end, else its latest start; undated events outside any cluster), written with boost::subgraph and boost::write_graphviz, since
/// write_graphviz_dp cannot write subgraphs. Node ids are vertex numbers; labels start with the event id.
void write_graphviz_clustered(const Corpus& corpus, const Timeline& timeline, std::ostream& out);

}  // namespace timeline
