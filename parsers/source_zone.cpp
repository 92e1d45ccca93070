#include "source_zone.hpp"

#include <unordered_map>

#include "iso_time.hpp"
#include "lexicon.hpp"

namespace timeline {
namespace {

const std::unordered_map<std::string, std::string>& zones_by_host() {
  static const auto table = embedded_pairs("source_zones.tsv");
  return table;
}

// "https://www.rt.com/news/1-x/" -> "www.rt.com" (lower case, no port, no user).
std::string host_of(std::string_view url) {
  auto scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (auto at = url.rfind('@'); at != std::string_view::npos) url.remove_prefix(at + 1);
  url = url.substr(0, url.find(':'));
  std::string host(url);
  for (auto& c : host) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return host;
}

}  // namespace

std::string source_zone(std::string_view url) {
  std::string host = host_of(url);
  if (host.empty()) return {};
  const auto& table = zones_by_host();
  // The host itself, then each suffix after a dot, as a name ("rt.com") and as a domain (".com").
  for (std::size_t at = 0; at != std::string::npos;) {
    std::string_view rest = std::string_view(host).substr(at);
    if (auto it = table.find(std::string(rest)); it != table.end()) return it->second;
    auto dot = host.find('.', at);
    if (dot == std::string::npos) break;
    if (auto it = table.find(std::string(std::string_view(host).substr(dot))); it != table.end() &&
        host.find('.', dot + 1) == std::string::npos)
      return it->second;  // a country domain only as the last label
    at = dot + 1;
  }
  return {};
}

bool apply_source_zone(Document& doc) {
  if (!doc.dct || !doc.dct->zone.empty() || doc.dct->utc_offset || doc.url.empty()) return false;
  std::string zone = source_zone(doc.url);
  if (zone.empty() || !apply_zone(*doc.dct, zone)) return false;
  doc.dct_zone_source = "url: " + host_of(doc.url);
  return true;
}

}  // namespace timeline
