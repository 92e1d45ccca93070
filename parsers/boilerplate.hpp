#pragma once
// Finds web boilerplate lines (menus, icon strings, link lists, feed and tracking notices) by the
// rules in data/boilerplate.tsv, so that none of it reaches a sentence.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lines.hpp"

namespace timeline {

/// Why one trimmed line is boilerplate on its own, or nullopt.
std::optional<std::string> boilerplate_line_reason(std::string_view line);

/// Whether a trimmed line opens a trailing related-links block; the block's reason if so.
std::optional<std::string> boilerplate_footer_reason(std::string_view line);

/// True when a line is the same text printed twice, run together or with one space between.
bool is_doubled_text(std::string_view line);

/// For each of `lines`, the reason it is boilerplate, or an empty string to keep it.
std::vector<std::string> find_boilerplate(std::string_view bytes, const std::vector<Line>& lines);

}  // namespace timeline
