#pragma once
// A manifest gives reports' metadata that their text does not: publication time, zone, source, URL.
// Format (docs/formats.md):
//   { "documents": [ { "file": "003.txt", "published": "2016-09-09T21:00", "timezone": "Europe/London",
//                      "source": "guardian", "url": "https://..." } ] }
// `file` is a file name or a path relative to the manifest's folder; every other field is optional.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "iso_time.hpp"

namespace timeline {

/// What a manifest says of one report.
struct ManifestEntry {
  std::optional<PublicationTime> published;
  std::string source;
  std::string url;
};

/// A parsed manifest: entries by the `file` value as written.
struct Manifest {
  std::string path;  ///< where it was read from
  std::map<std::string, ManifestEntry> entries;
};

/// Parses a manifest's JSON text; on error returns nullopt and sets `error` to "path: message".
std::optional<Manifest> parse_manifest(std::string_view json, const std::string& path, std::string* error);

}  // namespace timeline
