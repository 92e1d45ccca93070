// Weak stand-ins for the time tagger, so that `tag` builds and runs before the tagger is merged:
// they find nothing and say so once. The tagger's strong definitions replace them at link time
// (this file is its own archive, linked after the libraries; see cli/CMakeLists.txt).
#include <atomic>

#include <spdlog/spdlog.h>

#include "tagger_bridge.hpp"

namespace timeline {
namespace {

void warn_once() {
  static std::atomic<bool> warned{false};
  if (!warned.exchange(true)) spdlog::warn("time tagger not built: no time expressions are found");
}

}  // namespace

__attribute__((weak)) std::vector<Timex> tag_times(const Document&, const Version&, const TagOptions&) {
  warn_once();
  return {};
}

__attribute__((weak)) std::vector<Timex> tag_phrase(std::string_view, const std::optional<PublicationTime>&, const TagOptions&) {
  warn_once();
  return {};
}

}  // namespace timeline
