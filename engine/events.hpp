#pragma once
// Stage "find events" (issue 4): event mentions in the sentences of one version of a report, with
// their participants, the time that governs them, their durations and a one-line label
// (docs/events.md).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "entities.hpp"
#include "event.hpp"

namespace timeline {

/// The event mentions of `version` of `doc` (document number `doc_index` in the corpus), in
/// sentence order. `timexes` are the resolved time expressions of that version (spans in
/// doc.bytes); `entities` accumulates participants across every report and version it is given.
/// Participant names are the canonical names at the end of this call; after processing all
/// reports, EntityRegistry::relabel updates them to the final ones.
std::vector<EventMention> find_events(const Document& doc, std::size_t doc_index, const Version& version,
                                      const std::vector<Timex>& timexes, EntityRegistry& entities);

/// Where a label is cut, in bytes (at a word boundary): one line.
inline constexpr std::size_t kLabelLineBytes = 80;
/// How far past the line one short last word may take a label (cut_label).
inline constexpr std::size_t kLabelSlackBytes = 8;
/// Longest label, in bytes.
inline constexpr std::size_t kMaxLabelBytes = kLabelLineBytes + kLabelSlackBytes;

/// `label` cut to about `max` bytes at a word boundary (at most `max` + kLabelSlackBytes, when
/// one short word more ends the label or reaches a comma: "... former Syrian commercial | hub"
/// keeps "hub"), without the words that would leave the
/// cut phrase hanging (parsers/data/label_enders.txt: "... unresolved before we" ends at
/// "unresolved"); where the cut falls inside a phrase ("rose 8% on back of stronger | sales"), it
/// ends before the last phrase that opens in its second half instead (label_breaks.txt: "rose
/// 8%"), never before `keep` (the event's own word as written). Unchanged when it fits.
std::string cut_label(std::string label, std::size_t max, std::string_view keep = {});

}  // namespace timeline
