#pragma once
// Events as the engine sees them: mentions found in sentences (issue 4), and the merged events of
// the timeline (issue 5) that gather the mentions of one real event across reports and versions.
#include <optional>
#include <string>
#include <vector>

#include "document.hpp"
#include "timex.hpp"

namespace timeline {

/// Event classes (docs/events.md).
enum class EventClass { statement, meeting, speech, travel, attack, agreement, state_change, disaster, other };
std::string_view to_string(EventClass c);  ///< "statement", "meeting", ...

/// How an event relates to the time that anchors it.
enum class AnchorRelation { during, before, after, begins, ends, includes };
std::string_view to_string(AnchorRelation r);  ///< "during", "before", ...

/// A point in time as minutes since 1970-01-01T00:00 UTC; the engine's common clock.
using Minutes = long long;

/// Where an anchor came from.
/// Where an anchor comes from. `link`: no time of the event's own, but a length from another
/// event ("about 58 minutes after liftoff") places its start within a day: the value is the time
/// the temporal network gives it (set by the build, never by extraction).
enum class AnchorSource { timex, paragraph_header, version_time, publication_time, link };
std::string_view to_string(AnchorSource s);

/// The time that governs an event mention, with its evidence.
struct TimeAnchor {
  Timex timex;                          ///< the resolved expression (or a synthetic one for DCT/version times)
  AnchorRelation relation = AnchorRelation::during;
  AnchorSource source = AnchorSource::timex;
  Span evidence;                        ///< bytes of the document that say so
  std::optional<Minutes> earliest, latest;  ///< absolute bounds (UTC) the value implies, when known
  bool zone_unknown = false;  ///< the bounds were widened by ±14h: the local time's offset is unknown
  /// The IANA zone the local time was read in when it is not the report's: the zone of the place
  /// it happened ("Thursday local time" in Akita: Asia/Tokyo). Empty: the report's zone.
  std::string zone;
  /// `before` said with "by" ("by Thursday afternoon"): no later than the end of the time, not
  /// before it begins.
  bool inclusive = false;
  /// `before` / `after` said with a word of nearness ("shortly before 4am", "just after noon"): the
  /// event is within this many minutes of the time.
  std::optional<Minutes> within;
};

/// A quantitative fact about an event's length: "talks lasting more than 12 hours".
struct DurationFact {
  Timex timex;       ///< DURATION value and mod
  Span evidence;
  bool measures_event = true;  ///< false: the length of something the sentence names ("after 8 hours of talks")
  /// How late the event came, not how long it lasted: "kicked off 95 minutes late", "was put back
  /// by 90 minutes" (measures_event is false). Reports compare it as a delay.
  bool delay = false;
};

/// A time a mention gives from another event of its sentence: "Two days after the fire reached
/// Koonawarra, residents gathered" (the gathering: after the reaching, two days on), "Lavrov said
/// after waiting for more than five hours", "resigned before the vote".
struct EventLink {
  std::string target;              ///< id of the other mention (EventMention::id)
  bool after = true;               ///< this event is after the target; false: before it
  std::optional<Minutes> lo, hi;   ///< bounds on the distance between the two starts, when a length is said
  Span evidence;                   ///< "two days after the fire reached Koonawarra"
};

/// One participant of a mention: an entity and its role.
struct Participant {
  std::string entity;  ///< canonical entity name (Entity::name)
  std::string role;    ///< "agent", "patient", "location", "other"
  Span span;           ///< the surface form in the document ("Mr Lavrov", "he")
};

/// A person, organisation or place, with every surface form seen for it.
struct Entity {
  std::string name;                 ///< canonical: "Sergey Lavrov"
  std::string kind;                 ///< "person", "organisation", "place", "group" ("US officials")
  std::string role;                 ///< title or role where known: "Russian foreign minister"
  std::vector<std::string> aliases; ///< forms seen: "Sergei Lavrov", "Mr Lavrov", "the Russian FM"
};

/// One report of an event in one sentence of one version of one document.
struct EventMention {
  std::string id;               ///< stable: "<doc id>#v<version>#<n>"
  std::size_t document = 0;     ///< index into the corpus's documents
  int version = 0;              ///< Version::index
  std::size_t sentence = 0;     ///< index into that version's sentences
  Span trigger;                 ///< the word(s) that name the event ("said", "talks")
  EventClass cls = EventClass::other;
  std::string lemma;            ///< normalized trigger ("say", "talk")
  bool negated = false;         ///< "no result has yet been reached"
  std::string modality;         ///< "" for facts; "would", "may", "could", "hope", "plan"... otherwise
  std::vector<Participant> participants;
  std::optional<TimeAnchor> anchor;
  std::vector<DurationFact> durations;
  std::vector<EventLink> links;  ///< times told from other events of the sentence
  std::string label;            ///< one line a reader understands
  bool new_in_version = false;  ///< the sentence first appears in this version of the page
  bool nominal = false;         ///< the trigger is a noun ("talks"), not a verb ("met")
  /// The id of the statement mention of the same sentence that tells this event ("Mr Toner said
  /// [internal discussions were continuing]", "[barrel bombs killed nine], a group said"); empty
  /// when the report tells it itself.
  std::string reported_by;
};

}  // namespace timeline
