#include "file_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace timeline {

// One open() and fstat() per file: the size and type are those of what was opened, and O_NONBLOCK
// keeps a FIFO put there after the folder walk from blocking the read.
std::optional<std::string> read_file(const std::string& path, std::size_t limit, std::string& why) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    why = std::string("cannot read: ") + std::strerror(errno);
    return std::nullopt;
  }
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    why = std::string("cannot read: ") + std::strerror(errno);
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    why = "not a regular file";
    return std::nullopt;
  }
  auto size = static_cast<std::size_t>(st.st_size);
  if (size > limit) {
    why = "file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(limit);
    return std::nullopt;
  }
  std::string bytes(size, '\0');
  std::size_t got = 0;
  while (got < size) {  // a file that shrank while read is read as it now is
    ssize_t n = ::read(fd, bytes.data() + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      why = std::string("cannot read: ") + std::strerror(errno);
      return std::nullopt;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  bytes.resize(got);
  return bytes;
}

std::optional<std::string> read_stream(std::istream& in, std::size_t limit, std::string& why) {
  std::string bytes;
  const std::size_t cap = limit == std::numeric_limits<std::size_t>::max() ? limit : limit + 1;
  char chunk[1 << 16];
  while (bytes.size() < cap && in) {
    in.read(chunk, static_cast<std::streamsize>(std::min(sizeof chunk, cap - bytes.size())));
    bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) {
    why = "cannot read";
    return std::nullopt;
  }
  if (bytes.size() > limit) {
    why = "longer than the limit of " + std::to_string(limit) + " bytes";
    return std::nullopt;
  }
  return bytes;
}

}  // namespace timeline
