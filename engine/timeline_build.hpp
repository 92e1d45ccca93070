#pragma once
// Issue 5: from extracted mentions to the timeline: merge, reason (STN), find disagreements, order.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "disagreements.hpp"
#include "event_graph.hpp"
#include "event_merge.hpp"
#include "timeline_order.hpp"

namespace timeline {

/// One event of the timeline.
struct TimelineEvent {
  std::string id;                        ///< "e1", "e2", ... in timeline order
  EventClass cls = EventClass::other;
  std::string label;                     ///< the first mention's label (else its trigger)
  std::vector<std::string> participants; ///< canonical names, sorted
  std::optional<TimeAnchor> anchor;      ///< the best anchor of its mentions (stated, then narrowest)
  std::optional<Minutes> earliest;       ///< earliest start (UTC minutes), from the STN
  std::optional<Minutes> latest;         ///< latest end
  std::optional<Minutes> start_by;       ///< latest start (what a report says has begun by its publication)
  std::vector<std::size_t> mentions;     ///< indices into Timeline::mentions
  std::string zone;                      ///< display zone: the IANA zone of the report giving the anchor (else the first mention's), or ""
  std::optional<int> utc_offset;         ///< ... else that report's UTC offset (minutes)
  std::string published_by;              ///< local date of its first report's publication when no report of it gives a publication clock time with a zone or offset ("" otherwise)
  bool conflict = false;                 ///< part of a contradiction or disagreement
  std::string salience;                  ///< why it is in the timeline (event_salience.hpp): "dated", "speaker", ...
};

/// A contradiction (negative cycle of the STN) or a disagreement/update between reports.
struct Conflict {
  std::string kind;                      ///< "contradiction", "disagreement", "update"
  std::string summary;
  std::vector<std::size_t> mentions;     ///< indices into Timeline::mentions
  std::vector<std::size_t> events;       ///< indices into Timeline::events
};

/// The result of the engine after extraction.
struct Timeline {
  std::vector<EventMention> mentions;    ///< canonical order (document path, version, offset)
  std::vector<TimelineEvent> events;     ///< timeline order
  std::vector<Relation> relations;       ///< from/to index Timeline::events
  std::vector<Conflict> conflicts;
  std::vector<Fact> facts;               ///< the STN's facts (point numbers refer to merge order; for docs/debugging)
};

/// How the timeline is built.
struct BuildOptions {
  bool all_events = false;  ///< keep minor events too (event_salience.hpp); by default they are left out
  MergeOptions merge;       ///< how mentions merge into events (event_merge.hpp)
  /// All events (minor ones too), merged as by default.
  static BuildOptions every_event() {
    BuildOptions o;
    o.all_events = true;
    return o;
  }
};

/// Builds the timeline of `mentions` over `corpus`.
Timeline build_timeline(const Corpus& corpus, std::vector<EventMention> mentions, const std::vector<Entity>& entities);

/// The same, with relations the extractor found between mentions (indices into `mentions`).
Timeline build_timeline(const Corpus& corpus, std::vector<EventMention> mentions, const std::vector<Entity>& entities,
                        const std::vector<StatedRelation>& stated, const BuildOptions& options = {});

}  // namespace timeline
