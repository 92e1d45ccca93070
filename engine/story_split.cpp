#include "story_split.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <date/date.h>

#include "lexicon.hpp"
#include "union_find.hpp"

namespace timeline {
namespace {

// Capitalised words that are no names: the gazetteer's `notname` rows (weekdays, months, sentence
// openers) and its honorifics ("Mr").
const std::unordered_set<std::string>& not_names() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> w;
    for (const auto& row : embedded_rows("gazetteer.tsv"))
      if (row.fields.size() >= 2 && (row.fields[0] == "notname" || row.fields[0] == "honorific")) w.emplace(row.fields[1]);
    return w;
  }();
  return words;
}

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool name_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

// The four-week period a report was published in (days since 1970 / 28), or none for an undated
// report: a story's reports (a trial's opening, verdict and sentencing) span weeks.
constexpr std::int32_t kUndated = std::numeric_limits<std::int32_t>::min();
constexpr std::int32_t kPeriodDays = 28;
std::int32_t period_of(const std::optional<date::sys_days>& day) {
  if (!day) return kUndated;
  return static_cast<std::int32_t>(day->time_since_epoch().count() / kPeriodDays);
}

}  // namespace

std::vector<std::string> report_names(const Document& doc, std::size_t limit) {
  // A run of capitalised words counts once, by its last word: "Sergey Lavrov", "Mr Lavrov" and
  // "Lavrov" are all "Lavrov", so that one person is one name (two reports that share only one
  // famous person are not one story for it).
  std::map<std::string, std::size_t> count;
  for (const auto& v : doc.versions)
    for (const auto& s : v.sentences) {
      std::string_view text = doc.text(s.span);
      std::size_t words = 0;   // words of the sentence so far
      std::size_t run = 0;     // capitalised words in the current run
      bool run_opens = false;  // the run starts the sentence
      std::string_view last;
      auto close_run = [&] {
        // A sentence's first word is capitalised whatever it is: alone, it is no name.
        if (run > 0 && !(run_opens && run == 1) && last.size() >= 2 && !not_names().count(std::string(last)))
          ++count[std::string(last)];
        run = 0;
      };
      for (std::size_t i = 0; i < text.size();) {
        if (!name_char(text[i])) {
          // Only a space continues a run ("Sergey Lavrov"); a comma or a full stop ends it.
          if (text[i] != ' ' || (i + 1 < text.size() && !upper(text[i + 1]))) close_run();
          ++i;
          continue;
        }
        std::size_t j = i;
        while (j < text.size() && name_char(text[j])) ++j;
        std::string_view word = text.substr(i, j - i);
        while (!word.empty() && word.back() == '-') word.remove_suffix(1);
        if (!word.empty() && upper(word[0])) {
          if (run == 0) run_opens = words == 0;
          ++run;
          last = word;
        } else {
          close_run();
        }
        ++words;
        i = j;
      }
      close_run();
    }
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (auto& [w, n] : count) ranked.emplace_back(n, w);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (ranked.size() > limit) ranked.resize(limit);
  std::vector<std::string> out;
  for (auto& [n, w] : ranked) out.push_back(std::move(w));
  std::sort(out.begin(), out.end());
  return out;
}

void StoryIndex::add(const std::vector<std::string>& names, std::optional<date::sys_days> day) {
  for (const auto& name : names) names_.push_back(ids_.try_emplace(name, static_cast<std::uint32_t>(ids_.size())).first->second);
  first_.push_back(static_cast<std::uint32_t>(names_.size()));
  days_.push_back(day);
}

void StoryIndex::add(const Document& doc, const StorySplitOptions& options) {
  add(report_names(doc, options.names_per_report), doc.dct ? std::optional<date::sys_days>(date::sys_days{doc.dct->day}) : std::nullopt);
}

void StoryIndex::reorder(const std::vector<std::size_t>& order) {
  std::vector<std::uint32_t> names, first{0};
  std::vector<std::optional<date::sys_days>> days;
  names.reserve(names_.size());
  first.reserve(first_.size());
  days.reserve(days_.size());
  for (std::size_t d : order) {
    names.insert(names.end(), names_.begin() + first_.at(d), names_.begin() + first_.at(d + 1));
    first.push_back(static_cast<std::uint32_t>(names.size()));
    days.push_back(days_.at(d));
  }
  names_.swap(names);
  first_.swap(first);
  days_.swap(days);
}

std::vector<std::vector<std::size_t>> split_stories(const Corpus& corpus, const StorySplitOptions& options) {
  StoryIndex index;
  for (const auto& d : corpus.documents) index.add(d, options);
  return index.split(options);
}

std::vector<std::vector<std::size_t>> StoryIndex::split(const StorySplitOptions& options) const {
  const std::size_t n = size();
  // Keys (name, period) and (name, next period): two reports of one name published up to four
  // weeks or so apart share one of them. As a sorted list of (name, period, report), 12 bytes a
  // key: a map of lists would cost a node per key.
  struct Key {
    std::uint32_t name;
    std::int32_t period;
    std::uint32_t report;
    auto operator<=>(const Key&) const = default;
  };
  std::vector<Key> keys;
  keys.reserve(2 * names_.size());
  for (std::size_t d = 0; d < n; ++d) {
    const std::int32_t period = period_of(days_[d]);
    for (std::uint32_t k = first_[d]; k < first_[d + 1]; ++k) {
      keys.push_back({names_[k], period, static_cast<std::uint32_t>(d)});
      if (period != kUndated) keys.push_back({names_[k], period + 1, static_cast<std::uint32_t>(d)});
    }
  }
  std::sort(keys.begin(), keys.end());
  // The reports that share a key with `d`: a report at a time, so that what is held grows with the
  // reports (the keys), not with the pairs of reports that share a name (a name 64 reports of
  // a period give makes 2,016 pairs).
  auto group = [&](std::uint32_t name, std::int32_t period) {
    auto by_key = [](const Key& a, const Key& b) { return std::tie(a.name, a.period) < std::tie(b.name, b.period); };
    return std::equal_range(keys.begin(), keys.end(), Key{name, period, 0}, by_key);
  };
  UnionFind uf(n);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> partners;  // (later report, name), for one report
  for (std::size_t d = 0; d < n; ++d) {
    partners.clear();
    const std::int32_t period = period_of(days_[d]);
    for (std::uint32_t k = first_[d]; k < first_[d + 1]; ++k)
      for (std::int32_t q = 0; q < (period == kUndated ? 1 : 2); ++q) {  // its keys: this period and the next
        auto [b, e] = group(names_[k], period + q);
        const auto size = static_cast<std::size_t>(e - b);
        if (size < 2 || size > options.max_key_reports) continue;
        for (auto it = b; it != e; ++it)
          if (it->report > d) partners.emplace_back(it->report, names_[k]);
      }
    // Each later report that shares enough names (once per name, whichever keys it shares it by).
    std::sort(partners.begin(), partners.end());
    partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
    for (std::size_t i = 0; i < partners.size();) {
      std::size_t j = i;
      while (j < partners.size() && partners[j].first == partners[i].first) ++j;
      if (j - i >= options.shared_names) {
        std::size_t x = uf.find(d), y = uf.find(partners[i].first);
        if (x != y) uf.parent[std::max(x, y)] = std::min(x, y);  // the root is the story's first report
      }
      i = j;
    }
  }
  std::vector<std::vector<std::size_t>> stories;
  std::vector<std::size_t> story_of(n, static_cast<std::size_t>(-1));
  for (std::size_t d = 0; d < n; ++d) {
    std::size_t root = uf.find(d);
    if (story_of[root] == static_cast<std::size_t>(-1)) {
      story_of[root] = stories.size();
      stories.emplace_back();
    }
    stories[story_of[root]].push_back(d);
  }
  return stories;
}

}  // namespace timeline
