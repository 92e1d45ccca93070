#include "time_prefilter.hpp"

#include <algorithm>
#include <tuple>
#include <optional>
#include <map>
#include <bit>
#include <array>
#include <limits>
#include <string>
#include <cstdint>
#include <vector>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "time_lexicon.hpp"
#include "time_rules.hpp"
#include "word_block.hpp"

namespace timeline {
namespace {

// Words in most sentences: a rule keyed on them would let almost every sentence through, so
// another of its elements is preferred. Function words weigh most, then common time modifiers.
constexpr std::string_view kFunctionWords[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "as",
                                               "is", "was", "be", "it", "its", "with", "that", "this", "s", "has", "had", "have"};
constexpr std::string_view kCommonWords[] = {"last", "next", "past", "late", "early", "since", "until", "from", "after",
                                             "before", "one", "some", "few", "all", "each", "every", "their", "his", "her",
                                             "more", "than", "about", "over", "under", "up", "same", "time", "now"};

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
    for (const auto& w : words) c += word_commonness(w);
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
  // The key words in a table of 16-byte blocks (word_block.hpp), which the scan builds with a
  // few vector instructions from the sentence's bytes: no work per byte. Each word holds the set
  // of keys it belongs to; a digit run, the keys of its shapes.
  static constexpr std::size_t kMaxKeys = 64 * 8;
  using KeySet = std::array<std::uint64_t, kMaxKeys / 64>;
  WordBlockTable<KeySet> table;
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
    std::map<std::string, KeySet> word_keys;
    for (std::size_t k = 0; k < key_count; ++k) {
      for (const auto& w : keys[k].words) {
        longest = std::max(longest, w.size());
        set_bit(word_keys[w], k);
      }
      if (!keys[k].digits) continue;
      for (unsigned shapes = 0; shapes < shape_keys.size(); ++shapes)
        if ((keys[k].any_digit && (shapes & kAnyDigit)) || (keys[k].shapes & shapes)) set_bit(shape_keys[shapes], k);
    }
    // More than the table holds, or a key word longer than a block: pass every sentence.
    if (word_keys.size() >= 0xFFFF || longest > WordBlock::kSize) {
      active = false;
      return;
    }
    for (const auto& [w, set] : word_keys) table.insert(w, set);
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

double word_commonness(std::string_view w) {
  auto in = [&](const auto& list) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
  return in(kFunctionWords) ? 1000 : in(kCommonWords) ? 100 : 1;
}

namespace {

// Bit k set: byte k of the 16 at p is an ASCII letter (letters) or digit (digits).
struct ByteClasses {
  unsigned letters = 0, digits = 0;
};

#if defined(__SSE2__)
ByteClasses classify16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // (c | 0x20) in 'a'..'z' is an ASCII letter: shifted so the range starts at -128, one signed compare.
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i l = _mm_add_epi8(lower, _mm_set1_epi8(static_cast<char>(128 - 'a')));
  const __m128i d = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(128 - '0')));
  return {static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(l, _mm_set1_epi8(static_cast<char>(-128 + 26))))),
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(d, _mm_set1_epi8(static_cast<char>(-128 + 10)))))};
}
#endif

bool is_letter(char c) {
  char l = static_cast<char>(c | 0x20);
  return l >= 'a' && l <= 'z';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The lowercased block of the letter run s[b, b + len), len <= 16.
WordBlock letter_block(std::string_view s, std::size_t b, std::size_t len) {
  char bytes[WordBlock::kSize];
  for (std::size_t k = 0; k < len; ++k) bytes[k] = static_cast<char>(s[b + k] | 0x20);
  return WordBlock::of(std::string_view(bytes, len));
}

}  // namespace

bool may_hold_time(std::string_view s) {
  const Prefilter& p = prefilter();
  if (!p.active) return true;
  Prefilter::KeySet found{};
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
#if defined(__SSE2__)
    if (i + 16 <= n) {  // skip to the next letter or digit sixteen bytes at a time
      ByteClasses c = classify16(s.data() + i);
      if ((c.letters | c.digits) == 0) {
        i += 16;
        continue;
      }
      i += static_cast<std::size_t>(std::countr_zero(c.letters | c.digits));
    }
#endif
    const char c = s[i];
    if (is_digit(c)) {
      std::size_t end = i;
      while (end < n && is_digit(s[end])) ++end;
      if (p.add(p.shape_keys[digit_shapes(s, i, end)], found)) return true;
      i = end;
      continue;
    }
    if (!is_letter(c)) {
      ++i;
      continue;
    }
    // A maximal run of ASCII letters: a token made only of letters is such a run, so a key word
    // present as a token is always seen (runs inside longer tokens only add false passes).
    std::size_t len = 0;
#if defined(__SSE2__)
    if (i + 16 <= n) {
      const unsigned letters = classify16(s.data() + i).letters;
      len = static_cast<std::size_t>(std::countr_one(letters));
      if (len < 16) {
        if (len <= p.longest)  // the run's bytes lowercased, the bytes after it cleared
          if (const auto* keys = p.table.find(WordBlock::load_padded(s.data() + i, len, true), len))
            if (p.add(*keys, found)) return true;
        i += len;
        continue;
      }
    }
#endif
    while (i + len < n && is_letter(s[i + len])) ++len;
    if (len <= p.longest)
      if (const auto* keys = p.table.find(letter_block(s, i, len), len))
        if (p.add(*keys, found)) return true;
    i += len;
  }
  return false;
}

bool time_prefilter_active() { return prefilter().active; }

}  // namespace timeline
