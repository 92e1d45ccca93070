#pragma once
// Helpers shared by the tests: paths to the project's corpus and to ../shared, and a temp folder.
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <string>

#include <doctest/doctest.h>

#include "corpus_loader.hpp"

namespace timeline::test {

inline std::filesystem::path source_dir() { return TIMELINE_SOURCE_DIR; }
inline std::filesystem::path shared_dir() { return TIMELINE_SHARED_DIR; }

/// The seeds folder, or an empty path (and a message) when ../shared is absent.
inline std::filesystem::path seeds_dir() {
  auto p = shared_dir() / "seeds";
  if (!std::filesystem::is_directory(p)) {
    MESSAGE("skipped: ../shared/seeds is absent (" << p.string() << ")");
    return {};
  }
  return p;
}

inline std::string read_bytes(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

inline void write_bytes(const std::filesystem::path& p, std::string_view bytes) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream f(p, std::ios::binary);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

/// The skipped entry whose file name is `name`, or null.
inline const Skipped* find_skip(const Corpus& c, std::string_view name) {
  for (const auto& s : c.skipped)
    if (std::filesystem::path(s.path).filename() == name) return &s;
  return nullptr;
}

/// The document whose id is `id`, or null.
inline const Document* find_doc(const Corpus& c, std::string_view id) {
  for (const auto& d : c.documents)
    if (d.id == id) return &d;
  return nullptr;
}

/// A fresh, empty temporary folder removed when the object dies.
struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::filesystem::path& base = std::filesystem::temp_directory_path()) {
    path = base /
           ("timeline-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path, ec);
  }
  static int& counter() {
    static int n = 0;
    return n;
  }
};

}  // namespace timeline::test
