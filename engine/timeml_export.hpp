#pragma once
// The built timeline as TempEval-3 style TimeML, one file per report version: the version's text
// with its TIMEX3 and EVENT tags, a MAKEINSTANCE per event, and TLINKs for what the engine found
// (event-time anchors, event-DCT publication bounds, event-event relations of the graph).
#include <string>
#include <vector>

#include "pipeline.hpp"

namespace timeline {

/// One TimeML file to write.
struct TimemlFile {
  std::string name;   ///< "<report>.tml", or "<report>.v<N>.tml" for each version of a version page
  std::string bytes;  ///< well-formed XML 1.0
  std::size_t timexes = 0, events = 0, tlinks = 0;
};

/// Every version of every document of `a`, in document order. The TEXT of a version is its
/// paragraphs (boilerplate and header lines left out) joined by blank lines; tags whose span is not
/// inside one paragraph are left out, and an EVENT that overlaps a TIMEX3 is left out (no crossing
/// tags). Only events of the timeline (not the minor ones it leaves out) are tagged.
std::vector<TimemlFile> export_timeml(const Analysis& a);

/// TimeML's EVENT class for an event mention: REPORTING for statements, ASPECTUAL for state
/// changes of beginning, ending and pausing, I_STATE for hopes and wishes, else OCCURRENCE.
std::string timeml_event_class(const EventMention& m);

}  // namespace timeline
