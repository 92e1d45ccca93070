#pragma once
// Reading a report's file: the one place that opens input files, so that every command reads them
// the same way (size limit, no blocking on a FIFO, the same reasons when it cannot).
#include <cstddef>
#include <istream>
#include <limits>
#include <optional>
#include <string>

namespace timeline {

/// The whole file at `path` if it is a regular file of at most `limit` bytes; else nullopt and
/// `why` says why ("cannot read: No such file or directory", "not a regular file", "file is N
/// bytes; the limit is M"). A file that shrinks while read is read as it then is.
std::optional<std::string> read_file(const std::string& path, std::size_t limit, std::string& why);

/// read_file without a size limit.
inline std::optional<std::string> read_file(const std::string& path, std::string& why) {
  return read_file(path, std::numeric_limits<std::size_t>::max(), why);
}

/// What is left of `in` (standard input) if it is at most `limit` bytes: at most limit + 1 bytes
/// are read, so that a longer stream is refused without being held. Else nullopt and `why`.
std::optional<std::string> read_stream(std::istream& in, std::size_t limit, std::string& why);

}  // namespace timeline
