#include "event.hpp"

namespace timeline {

std::string_view to_string(EventClass c) {
  switch (c) {
    case EventClass::statement: return "statement";
    case EventClass::meeting: return "meeting";
    case EventClass::speech: return "speech";
    case EventClass::travel: return "travel";
    case EventClass::attack: return "attack";
    case EventClass::agreement: return "agreement";
    case EventClass::state_change: return "state_change";
    case EventClass::disaster: return "disaster";
    case EventClass::other: return "other";
  }
  return "other";
}

std::string_view to_string(AnchorRelation r) {
  switch (r) {
    case AnchorRelation::during: return "during";
    case AnchorRelation::before: return "before";
    case AnchorRelation::after: return "after";
    case AnchorRelation::begins: return "begins";
    case AnchorRelation::ends: return "ends";
    case AnchorRelation::includes: return "includes";
  }
  return "during";
}

std::string_view to_string(AnchorSource s) {
  switch (s) {
    case AnchorSource::timex: return "timex";
    case AnchorSource::paragraph_header: return "paragraph_header";
    case AnchorSource::version_time: return "version_time";
    case AnchorSource::publication_time: return "publication_time";
    case AnchorSource::link: return "link";
  }
  return "timex";
}

}  // namespace timeline
