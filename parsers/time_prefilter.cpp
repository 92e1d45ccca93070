#include "time_prefilter.hpp"

#include <algorithm>
#include <tuple>
#include <optional>
#include <map>
#include <bit>
#include <array>
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

// Digit shapes the shape classes read: a sentence whose numbers have none of them ("12%",
// "$4bn", "500,000 people") holds no year, numeric date, decade or clock time.
constexpr unsigned kYear = 1, kDate = 2, kDecade = 4, kClock = 8;

unsigned shape_of_class(std::string_view cls) {
  return cls == "year" ? kYear : cls == "date" ? kDate : cls == "decade" ? kDecade : cls == "clock" ? kClock : 0;
}

struct Key {
  std::vector<std::string> words;
  bool digits = false;
  bool usable = true;
  unsigned shapes = 0;      ///< when `digits`: the shapes a number must have...
  bool any_digit = false;   ///< ...or any digit at all ("<num> <unit>", a literal "1/2")
  // Lower is better: common words and digits cost most.
  double cost() const {
    if (!usable) return std::numeric_limits<double>::infinity();
    double c = digits ? 300 : 0;
    for (const auto& w : words) c += word_cost(w);
    return c;
  }
};

// Which digit shapes the digit run s[b, e) has (kYear, kDate, kDecade, kClock bits), plus kAnyDigit.
unsigned digit_shapes(std::string_view s, std::size_t b, std::size_t e);

constexpr unsigned kAnyDigit = 16;

// Two keys per rule: the two elements whose words are rarest. A sentence passes when, for some
// rule, both keys are in it (one, for a rule with a single element that has a key): "a bad
// week" needs a unit word and one of its adjectives, not either.
struct Prefilter {
  // The key words in an open-addressing table hashed with FNV-1a, which the scan computes while
  // it lowercases a word: one pass over the bytes, no call per word. Each word holds the set of
  // keys it belongs to; a digit run, the keys of its shapes.
  static constexpr std::size_t kMaxKeys = 64 * 8;
  using KeySet = std::array<std::uint64_t, kMaxKeys / 64>;
  std::set<std::string> storage;  // stable addresses for the views below
  // Slots are 8 bytes (the table stays in the first-level cache, and most words of a sentence
  // are no key: one probe of an empty slot); the words and their key sets are kept aside.
  struct Slot {
    std::uint32_t hash = 0;
    std::uint16_t len = 0;  // 0: empty
    std::uint16_t entry = 0;
  };
  std::vector<Slot> table;
  std::vector<std::string_view> entry_words;
  std::vector<KeySet> entry_keys;
  std::size_t mask = 0;
  std::size_t longest = 0;
  std::array<KeySet, 32> shape_keys{};  // by shape bits (kYear... | kAnyDigit): the keys they satisfy
  std::vector<KeySet> partners;   // by key: the keys it needs beside it (a rule of two keys)
  KeySet alone{};                 // keys that pass on their own (a rule of one key)
  std::size_t key_count = 0;
  bool active = true;

  static Key key_of(const PatternElement& el) {
    Key k;
    if (el.cls.empty()) {
      for (const auto& w : el.words) {
        bool letters = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        bool digit = std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (letters) k.words.push_back(w);
        else if (digit) k.digits = k.any_digit = true;
        else k.usable = false;
      }
    } else {
      ClassKeys ck = class_keys(el.cls_id);
      k.words = std::move(ck.words);
      k.digits = ck.digits;
      k.usable = ck.usable;
      k.shapes = ck.digits ? shape_of_class(el.cls) : 0;
      k.any_digit = ck.digits && (k.shapes == 0 || ck.digit_phrases);
    }
    std::sort(k.words.begin(), k.words.end());
    k.words.erase(std::unique(k.words.begin(), k.words.end()), k.words.end());
    return k;
  }

  Prefilter() {
    std::map<std::tuple<std::vector<std::string>, unsigned, bool>, std::size_t> key_ids;
    std::vector<Key> keys;
    std::vector<std::pair<std::size_t, std::optional<std::size_t>>> rules;  // (key, second key)
    auto intern = [&](Key k) {
      auto [it, fresh] = key_ids.try_emplace({k.words, k.digits ? k.shapes : 0u, k.digits && k.any_digit}, keys.size());
      if (fresh) keys.push_back(std::move(k));
      return it->second;
    };
    for (const auto& rule : time_rules()) {
      // A negative rule ("12 million") only hides numbers from the others: a sentence where no
      // other rule can match has no expression with or without it.
      bool sets_kind = std::any_of(rule.pattern.begin(), rule.pattern.end(), [](const PatternElement& el) { return el.field == "kind"; });
      if (rule.start.kind == TimeKind::ignore && !sets_kind) continue;
      std::vector<Key> candidates;
      for (const auto& el : rule.pattern)
        if (!el.optional)
          if (Key k = key_of(el); k.usable) candidates.push_back(std::move(k));
      std::stable_sort(candidates.begin(), candidates.end(), [](const Key& a, const Key& b) { return a.cost() < b.cost(); });
      if (candidates.empty()) {  // a rule without a key: no sentence can be ruled out
        active = false;
        continue;
      }
      std::size_t first = intern(std::move(candidates[0]));
      std::optional<std::size_t> second;
      if (candidates.size() > 1) second = intern(std::move(candidates[1]));
      if (second == first) second.reset();
      rules.emplace_back(first, second);
    }
    key_count = keys.size();
    words = (key_count + 63) / 64;
    if (key_count > kMaxKeys) {  // more keys than the sets hold: pass every sentence
      active = false;
      return;
    }
    auto set_bit = [](KeySet& set, std::size_t k) { set[k / 64] |= std::uint64_t{1} << (k % 64); };
    partners.assign(key_count, KeySet{});
    for (const auto& [a, b] : rules) {
      if (!b) set_bit(alone, a);
      else set_bit(partners[a], *b), set_bit(partners[*b], a);
    }
    std::map<std::string_view, KeySet> word_keys;
    for (std::size_t k = 0; k < key_count; ++k) {
      for (const auto& w : keys[k].words) {
        auto stored = storage.insert(w).first;
        longest = std::max(longest, w.size());
        set_bit(word_keys[*stored], k);
      }
      if (!keys[k].digits) continue;
      for (unsigned shapes = 0; shapes < shape_keys.size(); ++shapes)
        if ((keys[k].any_digit && (shapes & kAnyDigit)) || (keys[k].shapes & shapes)) set_bit(shape_keys[shapes], k);
    }
    std::size_t size = 64;
    while (size < 4 * word_keys.size()) size *= 2;
    table.assign(size, {});
    mask = size - 1;
    if (word_keys.size() > 0xFFFF || longest > 0xFFFF) {  // more than the slots can index: pass every sentence
      active = false;
      return;
    }
    for (const auto& [w, set] : word_keys) {
      std::uint32_t h = fnv(w);
      std::size_t at = h & mask;
      while (table[at].len) at = (at + 1) & mask;
      table[at] = {h, static_cast<std::uint16_t>(w.size()), static_cast<std::uint16_t>(entry_words.size())};
      entry_words.push_back(w);
      entry_keys.push_back(set);
    }
  }

  static constexpr std::uint32_t kBasis = 2166136261u, kPrime = 16777619u;
  static std::uint32_t fnv(std::string_view w) {
    std::uint32_t h = kBasis;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * kPrime;
    return h;
  }
  const KeySet* keys_of(std::string_view w, std::uint32_t h) const {
    for (std::size_t at = h & mask; table[at].len; at = (at + 1) & mask)
      if (table[at].hash == h && table[at].len == w.size() && entry_words[table[at].entry] == w) return &entry_keys[table[at].entry];
    return nullptr;
  }
  std::size_t words = 0;  // 64-bit words of a KeySet in use: (key_count + 63) / 64

  // Adds `keys` to `found`; true when a key new to `found` completes a rule (passes alone, or
  // its rule's other key is already there), so the scan can stop at the first such word.
  bool add(const KeySet& keys, KeySet& found) const {
    bool complete = false;
    for (std::size_t i = 0; i < words; ++i) {
      std::uint64_t fresh = keys[i] & ~found[i];
      found[i] |= keys[i];
      if (fresh & alone[i]) complete = true;
      for (; fresh != 0 && !complete; fresh &= fresh - 1) {
        const KeySet& need = partners[i * 64 + static_cast<std::size_t>(std::countr_zero(fresh))];
        for (std::size_t j = 0; j < words && !complete; ++j) complete = (need[j] & found[j]) != 0;
      }
    }
    return complete;
  }
};

const Prefilter& prefilter() {
  static const Prefilter p;
  return p;
}

// The digit shapes of the run s[b, e) (a superset of what time_lexicon.cpp's shape classes
// accept at a token starting there: the tagger's test is exact, this one only quick).
unsigned digit_shapes(std::string_view s, std::size_t b, std::size_t e) {
  auto digit_at = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  const std::size_t len = e - b;
  const char next = e < s.size() ? s[e] : '\0';
  unsigned shapes = kAnyDigit;
  if (len == 4) shapes |= kYear | kClock;  // "2016", "0735 GMT"
  const bool apostrophe = (b >= 1 && s[b - 1] == '\'') || (b >= 3 && s.substr(b - 3, 3) == "\xE2\x80\x99");
  if (len == 2 && apostrophe) shapes |= kYear;  // "the summer of '99"
  if ((next == '-' || next == '/' || next == '.') && digit_at(e + 1)) shapes |= kDate;  // "9/9/2016"
  if ((len == 2 || len == 4) && (next == 's' || next == 'S')) shapes |= kDecade;  // "1990s", "80s"
  if (len <= 2) {
    if ((next == ':' || next == '.') && digit_at(e + 1)) shapes |= kClock;  // "21:00", "9.30pm"
    std::size_t k = e;
    while (k < s.size() && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n')) ++k;
    char a = k < s.size() ? static_cast<char>(s[k] | 0x20) : '\0';
    char m = k + 1 < s.size() ? static_cast<char>(s[k + 1] | 0x20) : '\0';
    if ((a == 'a' || a == 'p') && (m == 'm' || m == '.')) shapes |= kClock;  // "9pm", "9 a.m."
  }
  return shapes;
}

}  // namespace

bool may_hold_time(std::string_view s) {
  const Prefilter& p = prefilter();
  if (!p.active) return true;
  Prefilter::KeySet found{};
  char word[32];
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      std::size_t end = i;
      while (end < n && s[end] >= '0' && s[end] <= '9') ++end;
      if (p.add(p.shape_keys[digit_shapes(s, i, end)], found)) return true;
      i = end;
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
    if (len <= p.longest && len <= sizeof word)
      if (const auto* keys = p.keys_of(std::string_view(word, len), h))
        if (p.add(*keys, found)) return true;
  }
  return false;
}

bool time_prefilter_active() { return prefilter().active; }

}  // namespace timeline
