#pragma once
// Which merged events make the timeline. Extraction is generous (every trigger of every clause);
// a reader wants the events a report tells, not every noun of a subordinate phrase ("in addition
// to those killed"). An event stays when something vouches for it (docs/events.md, "Salience").
#include <vector>

#include "disagreements.hpp"
#include "event.hpp"
#include "event_merge.hpp"

namespace timeline {

/// Why an event is kept, or why not: the first rule that holds, in this order. `told` and
/// `minor` events are left out.
enum class Salience {
  told,           ///< told by a statement of its sentence at no time of its own ("X said talks were
                  ///< continuing"): left out, the statement is the entry (kept with --all-events)
  dated,          ///< a time expression of its own sentence anchors it
  several_reports,///< two or more reports tell it
  speaker,        ///< a statement with a known speaker
  actor,          ///< a fact (not negated, not hypothetical) with a named agent
  measured,       ///< a report gives its length ("the talks lasted more than 12 hours")
  disputed,       ///< reports disagree about it (it carries a disagreement)
  linked,         ///< a fact a report dates by its distance from another event ("about 58 minutes
                  ///< after liftoff")
  minor,          ///< none of the above: left out of the timeline (kept with --all-events)
};

const char* to_string(Salience s);

/// The salience of each merged event (same order as `events`).
std::vector<Salience> event_salience(const std::vector<EventMention>& mentions, const std::vector<MergedEvent>& events,
                                     const std::vector<Disagreement>& disagreements);

}  // namespace timeline
