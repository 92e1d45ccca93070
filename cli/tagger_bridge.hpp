#pragma once
// The time tagger's entry points as the `tag` command calls them. The tagger itself lives in another
// branch; until it is merged, cli/tagger_fallback.cpp provides weak definitions that find nothing.
// These declarations must stay identical to the tagger's own (engine/time_resolver.hpp on the
// timetagger branch), or its definitions would not replace the fallback.
#include <optional>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "iso_time.hpp"
#include "timex.hpp"

namespace timeline {

/// The time expressions of one version of `doc`, resolved against its DCT; spans in doc.bytes.
std::vector<Timex> tag_times(const Document& doc, const Version& version, const TagOptions& options);

/// The time expressions of a lone phrase or line, resolved against `reference` (relative values stay
/// underspecified without it); spans in `text`.
std::vector<Timex> tag_phrase(std::string_view text, const std::optional<PublicationTime>& reference, const TagOptions& options);

}  // namespace timeline
