#pragma once
// Reads a plain news report: optional metadata header lines, a title, paragraphs separated by
// blank lines; web boilerplate is removed and listed with its reason.
#include <string>

#include "document.hpp"

namespace timeline {

/// Reads `bytes` (already checked to be valid UTF-8 text) as a plain report.
///
/// Metadata header lines may open the file, before the title:
///   Source: Example News
///   URL: https://example.com/2016/09/09/story
///   Published: 2016-09-09T21:00+01:00      (ISO 8601, optionally followed by an IANA zone name)
/// A headline printed twice (the second copy right under the first) is kept once.
Document read_plain(std::string id, std::string path, std::string bytes);

/// Parses a `Published:` value: ISO 8601, optionally followed by a space and an IANA zone name.
std::optional<PublicationTime> parse_published(std::string_view value, std::string* error);

}  // namespace timeline
