#include "document.hpp"

#include <algorithm>

namespace timeline {

std::string_view to_string(DctSource source) {
  switch (source) {
    case DctSource::cli: return "cli";
    case DctSource::manifest: return "manifest";
    case DctSource::header: return "header";
    case DctSource::url: return "url";
    case DctSource::inferred: return "inferred";
    case DctSource::none: return "none";
  }
  return "none";
}

std::string_view to_string(Format format) {
  switch (format) {
    case Format::plain: return "plain";
    case Format::versions: return "versions";
    case Format::timeml: return "timeml";
  }
  return "plain";
}

std::string_view Annotation::attribute(std::string_view name) const {
  for (const auto& [k, v] : attributes)
    if (k == name) return v;
  return {};
}

std::size_t Document::line_of(std::size_t offset) const {
  offset = std::min(offset, bytes.size());
  return 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

}  // namespace timeline
