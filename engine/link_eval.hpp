#pragma once
// TempEval-3 EVENT and TLINK measures (UzZaman et al. 2013) for TimeML gold that has them:
// EVENT extent (strict and relaxed) and class over relaxed pairs, like TIMEX3; TLINK temporal
// awareness (UzZaman & Allen 2011): a system link counts for precision when the temporal closure
// of the gold links entails it, a gold link counts for recall when the closure of the system links
// entails it (docs/evaluation.md). Closure works on interval endpoints (start < end of every
// event and time; each relation as <, <= and = constraints between endpoints).
#include <cstddef>
#include <string>
#include <vector>

#include "document.hpp"
#include "tempeval.hpp"

namespace timeline {

/// EVENT counts of one or more documents (add up: micro-averaging).
struct EventCounts {
  std::size_t gold = 0, system = 0, strict = 0, relaxed = 0, class_correct = 0;
  EventCounts& operator+=(const EventCounts& o);
  friend bool operator==(const EventCounts&, const EventCounts&) = default;
};

/// TLINK counts: links, and those the other side's closure entails.
struct TlinkCounts {
  std::size_t gold = 0, system = 0;
  std::size_t system_entailed = 0;  ///< system links the gold closure entails (precision)
  std::size_t gold_entailed = 0;    ///< gold links the system closure entails (recall)
  TlinkCounts& operator+=(const TlinkCounts& o);
  friend bool operator==(const TlinkCounts&, const TlinkCounts&) = default;
};

/// One endpoint constraint: a <= b (strict: a < b) between points "X.s"/"X.e" of nodes.
struct LinkRelation {
  std::string from, to, type;  ///< node keys and a TimeML relType ("BEFORE", "IS_INCLUDED", ...)
};

/// Whether the closure of `links` entails `query` (unknown relTypes entail nothing and are entailed
/// by nothing).
bool entails(const std::vector<LinkRelation>& links, const LinkRelation& query);

/// Compares the EVENT and TLINK annotations of a system document with its gold one (same text).
/// Links are compared through the event and time matching: a system link whose ends have no
/// gold partner is never entailed.
void compare_links(const Document& gold, const Document& system, EventCounts& events, TlinkCounts& tlinks);

/// Whether a TimeML document carries EVENT (resp. TLINK) annotations.
bool has_annotation(const Document& doc, std::string_view tag);

}  // namespace timeline
