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
constexpr long long kUndated = std::numeric_limits<long long>::min();
constexpr long long kPeriodDays = 28;
long long period_of(const std::optional<date::sys_days>& day) {
  if (!day) return kUndated;
  return day->time_since_epoch().count() / kPeriodDays;
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

StoryKeys story_keys(const Document& doc, const StorySplitOptions& options) {
  StoryKeys k;
  k.names = report_names(doc, options.names_per_report);
  if (doc.dct) k.day = date::sys_days{doc.dct->day};
  return k;
}

std::vector<std::vector<std::size_t>> split_stories(const Corpus& corpus, const StorySplitOptions& options) {
  std::vector<StoryKeys> keys;
  keys.reserve(corpus.documents.size());
  for (const auto& d : corpus.documents) keys.push_back(story_keys(d, options));
  return split_stories(keys, options);
}

std::vector<std::vector<std::size_t>> split_stories(const std::vector<StoryKeys>& reports, const StorySplitOptions& options) {
  const std::size_t n = reports.size();
  // Keys (name, period) and (name, next period): two reports of one name published up to four
  // weeks or so apart share one of them.
  // As a sorted list of (name, period, report): a map of lists would cost a node per key.
  std::unordered_map<std::string, std::uint32_t> name_ids;
  struct Key {
    std::uint32_t name;
    long long period;
    std::uint32_t report;
    auto operator<=>(const Key&) const = default;
  };
  std::vector<Key> keys;
  for (std::size_t d = 0; d < n; ++d) {
    const long long period = period_of(reports[d].day);
    for (const auto& name : reports[d].names) {
      auto id = name_ids.try_emplace(name, static_cast<std::uint32_t>(name_ids.size())).first->second;
      keys.push_back({id, period, static_cast<std::uint32_t>(d)});
      if (period != kUndated) keys.push_back({id, period + 1, static_cast<std::uint32_t>(d)});
    }
  }
  std::sort(keys.begin(), keys.end());
  // Pairs of reports and a name they share (once per name, whichever keys they share it by).
  std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> shared;
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i;
    while (j < keys.size() && keys[j].name == keys[i].name && keys[j].period == keys[i].period) ++j;
    if (j - i >= 2 && j - i <= options.max_key_reports)
      for (std::size_t a = i; a < j; ++a)
        for (std::size_t b = a + 1; b < j; ++b) shared.emplace_back(keys[a].report, keys[b].report, keys[i].name);
    i = j;
  }
  std::sort(shared.begin(), shared.end());
  shared.erase(std::unique(shared.begin(), shared.end()), shared.end());
  UnionFind uf(n);
  for (std::size_t i = 0; i < shared.size();) {
    std::size_t j = i;
    while (j < shared.size() && std::get<0>(shared[j]) == std::get<0>(shared[i]) && std::get<1>(shared[j]) == std::get<1>(shared[i])) ++j;
    if (j - i >= options.shared_names) {
      std::size_t x = uf.find(std::get<0>(shared[i])), y = uf.find(std::get<1>(shared[i]));
      if (x != y) uf.parent[std::max(x, y)] = std::min(x, y);  // the root is the story's first report
    }
    i = j;
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
