#include "url_date.hpp"

#include <array>
#include <string>

#include <re2/re2.h>

namespace timeline {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

std::optional<PublicationTime> make(int y, unsigned m, unsigned d) {
  if (y < 1900 || y > 2200) return std::nullopt;
  PublicationTime t;
  t.day = date::year{y} / date::month{m} / date::day{d};
  if (!t.day.ok()) return std::nullopt;
  return t;
}

}  // namespace

std::optional<PublicationTime> date_from_url(std::string_view url) {
  static const RE2 numeric(R"(/((?:19|20|21)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$))");
  static const RE2 named(R"((?i)/((?:19|20|21)\d\d)/([a-z]{3})[a-z]*/(\d{1,2})(?:/|$))");
  static const RE2 compact(R"(/((?:19|20|21)\d\d)(\d\d)(\d\d)(?:/|$))");
  int y = 0, d = 0;
  int m = 0;
  std::string mon;
  if (RE2::PartialMatch(url, numeric, &y, &m, &d) || RE2::PartialMatch(url, compact, &y, &m, &d))
    return make(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  if (RE2::PartialMatch(url, named, &y, &mon, &d)) {
    for (auto& c : mon) c = static_cast<char>(c | 0x20);
    for (std::size_t i = 0; i < kMonths.size(); ++i)
      if (mon == kMonths[i]) return make(y, static_cast<unsigned>(i + 1), static_cast<unsigned>(d));
  }
  return std::nullopt;
}

}  // namespace timeline
