#pragma once
// Decides whether a file's bytes can be read as a report at all, and if not, says why and where.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace timeline {

/// Limits that keep memory and time bounded on hostile input.
struct TextLimits {
  std::size_t max_file_bytes = 64u << 20;  ///< larger files are skipped
  std::size_t max_line_bytes = 1u << 20;   ///< a longer line means the file is not prose
};

/// Length of a UTF-8 byte-order mark at the start of `bytes` (0 or 3).
std::size_t bom_length(std::string_view bytes);

/// Offset of the first byte of an invalid UTF-8 sequence (overlong forms, surrogates,
/// truncated sequences, code points above U+10FFFF), or nullopt when `bytes` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

/// Why `bytes` cannot be read as a report ("line 3, byte 120: invalid UTF-8"), or nullopt.
std::optional<std::string> reject_reason(std::string_view bytes, const TextLimits& limits = {});

}  // namespace timeline
