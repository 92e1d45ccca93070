#include "time_tokens.hpp"

#include <algorithm>
#include <array>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace timeline {
namespace {

// One table lookup per byte instead of chains of comparisons: the tokenizer reads every byte of
// every sentence that passes the pre-filter.
enum : unsigned char { kSpace = 1, kDigit = 2, kUpper = 4, kLowerCase = 8, kHigh = 16, kE2 = 32 };
constexpr unsigned char kAlnum = kDigit | kUpper | kLowerCase;
constexpr auto kByteClass = [] {
  std::array<unsigned char, 256> t{};
  for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = kSpace;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLowerCase;
  for (int c = 0x80; c <= 0xFF; ++c) t[c] = kHigh;
  t[0xE2] = kE2;  // may start a U+2000 punctuation mark
  return t;
}();
constexpr auto kLowerByte = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return t;
}();
unsigned char byte_class(char c) { return kByteClass[static_cast<unsigned char>(c)]; }
bool is_digit(char c) { return byte_class(c) & kDigit; }
bool is_alpha(char c) { return byte_class(c) & (kUpper | kLowerCase); }
bool is_alnum(char c) { return byte_class(c) & kAlnum; }

// Non-ASCII bytes count as word characters (accented names) except the U+2000 punctuation block,
// which holds typographic quotes and dashes: the length of the mark at `i`, 0 if there is none.
std::size_t typographic_mark_at(std::string_view s, std::size_t i) {
  return static_cast<unsigned char>(s[i]) == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 ? 3 : 0;
}

// "1990-1994", "1939-45", "2015/16" at [b, dash): a range of two years, split so that each end is a year
// (match_builtin reads "45" after "1939-"). Not a numeric date ("2016-09-09") nor a month ("2016-09").
bool year_range(std::string_view s, std::size_t b, std::size_t dash) {
  auto digits = [&](std::size_t from, std::size_t n) {  // n digits at `from`, then no more of a number
    if (from + n > s.size()) return false;
    for (std::size_t k = from; k < from + n; ++k)
      if (!is_digit(s[k])) return false;
    if (from + n == s.size() || from + n == dash) return true;
    const char next = s[from + n];
    const bool then_digit = from + n + 1 < s.size() && is_digit(s[from + n + 1]);
    return !is_digit(next) && next != '-' && next != '/' && !((next == '.' || next == ':') && then_digit);
  };
  if ((s[dash] != '-' && s[dash] != '/') || dash - b != 4 || !digits(b, 4)) return false;
  if (digits(dash + 1, 4)) return true;
  // Two digits end a range only going forward within the century: "2016-09" is a month.
  auto two = [&](std::size_t k) { return (s[k] - '0') * 10 + (s[k + 1] - '0'); };
  return digits(dash + 1, 2) && two(dash + 1) > two(b + 2);
}

// "23-28 March 1951", "Sept. 10-11" at [b, dash): a range of two days, split so that each day
// reads with its month ("28 March 1951", "Sept. 10"), as TimeML tags each end of a range. Not a
// numeric date ("9-9-2016") nor a decimal after it ("10-11.5").
bool day_range(std::string_view s, std::size_t b, std::size_t dash) {
  if (s[dash] != '-' || dash - b > 2 || dash == b) return false;
  std::size_t k = dash + 1, digits = 0;
  while (k < s.size() && is_digit(s[k])) ++k, ++digits;
  if (digits < 1 || digits > 2) return false;
  if (k == s.size()) return true;
  const char next = s[k];
  const bool then_digit = k + 1 < s.size() && is_digit(s[k + 1]);
  return !is_alnum(next) && next != '-' && next != '/' && next != ':' && !((next == '.' || next == ',') && then_digit);
}

// Whether the separator at `e` (not alphanumeric) stays inside the word or number begun at `b`:
// '.', ',', ':', '/', '-' between the right kinds of characters ("a.m", "500,000", "21:00",
// "9/9/2016"). An apostrophe never does: "1998's" is "1998" "'" "s".
bool keeps_separator(std::string_view text, std::size_t b, std::size_t e) {
  char c = text[e];
  bool next_alnum = e + 1 < text.size() && is_alnum(text[e + 1]);
  bool prev_digit = e > b && is_digit(text[e - 1]);
  bool next_digit = next_alnum && is_digit(text[e + 1]);
  if ((c == ',' || c == ':') && prev_digit && next_digit) return true;
  if ((c == '.' || c == '/' || c == '-') && prev_digit && next_digit && !year_range(text, b, e) && !day_range(text, b, e))
    return true;
  return c == '.' && next_alnum && e > b && is_alpha(text[e - 1]) && is_alpha(text[e + 1]) && e + 2 < text.size() &&
         !is_alpha(text[e + 2]) && e - b <= 2;  // "a.m", "U.S"
}

}  // namespace

TimeTokens tokenize_time(std::string_view text, std::size_t base) {
  TimeTokens out;
  tokenize_time(text, base, out.tokens, out.lowered);
  return out;
}

void tokenize_time(std::string_view text, std::size_t base, std::vector<TimeToken>& out, std::vector<char>& lowered) {
  out.clear();
  out.reserve(text.size() / 4 + 1);  // about one token per five bytes of English
  // The whole text lowercased once, at the same offsets: each token's `lower` is a view into it.
  const std::size_t n = text.size();
  // Padded with zeros so that 16 bytes may be read at any token (word_block.hpp).
  lowered.resize(n + kLoweredPadding);
  std::fill(lowered.begin() + static_cast<std::ptrdiff_t>(n), lowered.end(), '\0');
  std::size_t k = 0;
#if defined(__SSE2__)
  for (; k + 16 <= n; k += 16) {  // sixteen bytes at a time: 0x20 added to the capitals
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + k));
    const __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(128 - 'A')));  // 'A'..'Z' to -128..-103
    const __m128i upper = _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + 26)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(lowered.data() + k), _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
  }
#endif
  for (; k < n; ++k) lowered[k] = kLowerByte[static_cast<unsigned char>(text[k])];
  bool space = true;
  auto push = [&](std::size_t b, std::size_t e, unsigned char seen) {
    TimeToken& t = out.emplace_back();
    t.begin = base + b;
    t.end = base + e;
    t.lower = std::string_view(lowered.data() + b, e - b);
    t.space_before = space;
    t.capital = byte_class(text[b]) & kUpper;
    t.all_upper = (seen & kUpper) && !(seen & kLowerCase);
    space = false;
  };
  std::size_t i = 0;
  while (i < n) {
    const unsigned char cls = byte_class(text[i]);
    if (cls & kSpace) {
      space = true;
      ++i;
      continue;
    }
    if (!(cls & (kAlnum | kHigh | kE2))) {  // ASCII punctuation
      push(i, i + 1, 0);
      ++i;
      continue;
    }
    if (std::size_t len = cls & kE2 ? typographic_mark_at(text, i) : 0) {
      push(i, i + len, 0);
      i += len;
      continue;
    }
    // A word or number: alphanumerics and other non-ASCII bytes, with separators kept inside
    // when keeps_separator says so.
    std::size_t b = i, e = i;
    unsigned char seen = 0;
    while (e < n) {
      const unsigned char c = byte_class(text[e]);
      if (c & (kAlnum | kHigh)) {
        seen |= c;
        ++e;
      } else if (c & kE2) {
        if (typographic_mark_at(text, e)) break;
        ++e;
      } else if (!(c & kSpace) && keeps_separator(text, b, e)) {
        ++e;
      } else {
        break;
      }
    }
    push(b, e, seen);
    i = e;
  }
}

}  // namespace timeline
