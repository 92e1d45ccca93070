#include "time_prefilter.hpp"

#include <algorithm>
#include <limits>
#include <set>
#include <string>
#include <cstdint>
#include <vector>

#include "time_lexicon.hpp"
#include "time_rules.hpp"

namespace timeline {
namespace {

// Words in most sentences: a rule keyed on them would let almost every sentence through, so
// another of its elements is preferred. Function words weigh most, then common time modifiers.
constexpr std::string_view kFunctionWords[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "as",
                                               "is", "was", "be", "it", "its", "with", "that", "this", "s", "has", "had", "have"};
constexpr std::string_view kCommonWords[] = {"last", "next", "past", "late", "early", "since", "until", "from", "after",
                                             "before", "one", "some", "few", "all", "each", "every", "their", "his", "her",
                                             "more", "than", "about", "over", "under", "up", "same", "time", "now"};

double word_cost(std::string_view w) {
  auto in = [&](const auto& list) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
  return in(kFunctionWords) ? 1000 : in(kCommonWords) ? 100 : 1;
}

struct Key {
  std::vector<std::string> words;
  bool digits = false;
  bool usable = true;
  // Lower is better: common words and digits cost most.
  double cost() const {
    if (!usable) return std::numeric_limits<double>::infinity();
    double c = digits ? 300 : 0;
    for (const auto& w : words) c += word_cost(w);
    return c;
  }
};

struct Prefilter {
  // The key words in an open-addressing table hashed with FNV-1a, which the scan computes while
  // it lowercases a word: one pass over the bytes, no call per word.
  std::set<std::string> storage;  // stable addresses for the views below
  std::vector<std::string_view> table;
  std::size_t mask = 0;
  std::size_t longest = 0;
  bool digits = false;
  bool active = true;

  Prefilter() {
    for (const auto& rule : time_rules()) {
      // A negative rule ("12 million") only hides numbers from the others: a sentence where no
      // other rule can match has no expression with or without it.
      bool sets_kind = std::any_of(rule.pattern.begin(), rule.pattern.end(), [](const PatternElement& el) { return el.field == "kind"; });
      if (rule.start.kind == TimeKind::ignore && !sets_kind) continue;
      Key best{{}, false, false};
      for (const auto& el : rule.pattern) {
        if (el.optional) continue;
        Key k;
        if (el.cls.empty()) {
          for (const auto& w : el.words) {
            bool letters = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            bool digit = std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (letters) k.words.push_back(w);
            else if (digit) k.digits = true;
            else k.usable = false;
          }
        } else {
          ClassKeys ck = class_keys(el.cls_id);
          k.words = std::move(ck.words);
          k.digits = ck.digits;
          k.usable = ck.usable;
        }
        if (k.cost() < best.cost()) best = std::move(k);
      }
      if (!best.usable) {  // a rule without a key: no sentence can be ruled out
        active = false;
        continue;
      }
      digits |= best.digits;
      for (auto& w : best.words) longest = std::max(longest, w.size()), storage.insert(std::move(w));
    }
    std::size_t size = 64;
    while (size < 4 * storage.size()) size *= 2;
    table.assign(size, {});
    mask = size - 1;
    for (const auto& w : storage) {
      std::size_t at = fnv(w) & mask;
      while (!table[at].empty()) at = (at + 1) & mask;
      table[at] = w;
    }
  }

  static constexpr std::uint32_t kBasis = 2166136261u, kPrime = 16777619u;
  static std::uint32_t fnv(std::string_view w) {
    std::uint32_t h = kBasis;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * kPrime;
    return h;
  }
  bool contains(std::string_view w, std::uint32_t h) const {
    for (std::size_t at = h & mask; !table[at].empty(); at = (at + 1) & mask)
      if (table[at] == w) return true;
    return false;
  }
};

const Prefilter& prefilter() {
  static const Prefilter p;
  return p;
}

}  // namespace

bool may_hold_time(std::string_view s) {
  const Prefilter& p = prefilter();
  if (!p.active) return true;
  char word[32];
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      if (p.digits) return true;
      ++i;
      continue;
    }
    bool upper = c >= 'A' && c <= 'Z';
    if (!upper && !(c >= 'a' && c <= 'z')) {
      ++i;
      continue;
    }
    // A maximal run of ASCII letters: a token made only of letters is such a run, so a key word
    // present as a token is always seen (runs inside longer tokens only add false passes).
    std::size_t len = 0;
    std::uint32_t h = Prefilter::kBasis;
    for (; i < n; ++i) {
      char l = static_cast<char>(s[i] | 0x20);  // ASCII letters lowercased; others fail the test below
      if (!(l >= 'a' && l <= 'z')) break;
      if (len < sizeof word) word[len] = l;
      h = (h ^ static_cast<unsigned char>(l)) * Prefilter::kPrime;
      ++len;
    }
    if (len <= p.longest && len <= sizeof word && p.contains(std::string_view(word, len), h)) return true;
  }
  return false;
}

bool time_prefilter_active() { return prefilter().active; }

}  // namespace timeline
