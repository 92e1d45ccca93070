#include "timex.hpp"

namespace timeline {

std::string_view to_string(TimexType type) {
  switch (type) {
    case TimexType::date: return "DATE";
    case TimexType::time: return "TIME";
    case TimexType::duration: return "DURATION";
    case TimexType::set: return "SET";
  }
  return "DATE";
}

}  // namespace timeline
