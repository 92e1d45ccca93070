#pragma once
// Issue 5: what `timeline build` prints: the timeline as JSON (docs/timeline.schema.json; fields are
// added, never renamed or dropped) or as readable text.
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "timeline_build.hpp"

namespace timeline {

/// ISO 8601 UTC minute: "2016-09-09T19:00Z".
std::string iso_utc(Minutes m);

/// When an event happened, for a reader, in its report's zone: "2016-09-09 ~21:00 (20:00–22:00 CEST)",
/// "2016-09-09", "2016-W37 (2016-09-12 – 2016-09-18)", "by 2016-09-10 01:00 CEST", "undated".
std::string when_text(const TimelineEvent& event);

/// The local calendar day ("2016-09-09") of a UTC minute in the event's display zone.
std::string local_day(const TimelineEvent& event, Minutes m);
/// The local date and clock time of instant `m` where `event` is shown ("2025-03-06T19:24").
std::string local_minute(const TimelineEvent& event, Minutes m);

/// The byte span of a mention's sentence in the document's file (TimeML: mapped back to the file).
Span file_span(const Corpus& corpus, const EventMention& mention);

/// {"documents", "events", "relations", "conflicts"} (docs/graph.md, docs/timeline.schema.json),
/// indented by two spaces, then a newline: written to `out` an event at a time, so that no
/// timeline is ever held whole as text or as a tree.
void write_timeline_json(const Corpus& corpus, const Timeline& timeline, std::ostream& out);

/// The same as a tree of values (for tests and small timelines).
nlohmann::ordered_json timeline_to_json(const Corpus& corpus, const Timeline& timeline);

/// One line per event (when, label, which reports and versions say so), then the conflicts.
void print_timeline_text(const Corpus& corpus, const Timeline& timeline, std::ostream& out);

}  // namespace timeline
