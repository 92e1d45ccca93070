#include "manifest.hpp"

#include <nlohmann/json.hpp>

#include "text_check.hpp"

namespace timeline {
namespace {

// nlohmann's messages quote the bytes last read, which may be invalid UTF-8: escape those as \xNN
// so that the reason can be logged and written as JSON.
std::string printable(std::string_view text) {
  std::string out;
  while (!text.empty()) {
    auto bad = find_invalid_utf8(text);
    std::size_t good = bad ? *bad : text.size();
    out.append(text.substr(0, good));
    if (!bad) break;
    static constexpr char kHex[] = "0123456789ABCDEF";
    auto c = static_cast<unsigned char>(text[good]);
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
    text.remove_prefix(good + 1);
  }
  return out;
}

}  // namespace

std::optional<Manifest> parse_manifest(std::string_view text, const std::string& path, std::string* error) {
  auto fail = [&](const std::string& message) -> std::optional<Manifest> {
    if (error) *error = path + ": " + message;
    return std::nullopt;
  };
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {  // not only parse_error: 1e999 throws out_of_range (fuzz_manifest)
    return fail("invalid JSON (" + printable(e.what()) + ")");
  }
  if (!json.is_object() || !json.contains("documents") || !json["documents"].is_array())
    return fail("expected an object with a \"documents\" array");
  Manifest manifest;
  manifest.path = path;
  std::size_t n = 0;
  for (const auto& item : json["documents"]) {
    std::string where = "documents[" + std::to_string(n++) + "]";
    if (!item.is_object() || !item.contains("file") || !item["file"].is_string())
      return fail(where + ": expected an object with a \"file\" string");
    ManifestEntry entry;
    auto text_field = [&](const char* key, std::string& out) -> bool {
      if (!item.contains(key)) return true;
      if (!item[key].is_string()) return false;
      out = item[key].get<std::string>();
      return true;
    };
    std::string published, zone;
    if (!text_field("published", published) || !text_field("timezone", zone) || !text_field("source", entry.source) ||
        !text_field("url", entry.url))
      return fail(where + ": \"published\", \"timezone\", \"source\" and \"url\" must be strings");
    std::string why;
    if (!published.empty()) {
      entry.published = parse_iso_time(published, &why);
      if (!entry.published) return fail(where + ".published: " + why);
      if (!zone.empty() && !apply_zone(*entry.published, zone, &why)) return fail(where + ".timezone: " + why);
    } else if (!zone.empty()) {
      return fail(where + ": \"timezone\" needs \"published\"");
    }
    manifest.entries[item["file"].get<std::string>()] = std::move(entry);
  }
  return manifest;
}

}  // namespace timeline
