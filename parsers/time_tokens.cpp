#include "time_tokens.hpp"

namespace timeline {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
// Non-ASCII bytes count as word characters (accented names) except the U+2000 punctuation block,
// which holds typographic quotes and dashes.
bool is_punct_at(std::string_view s, std::size_t i, std::size_t& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    len = 3;
    return true;
  }
  len = 1;
  return c < 0x80 && !is_alnum(s[i]);
}

// "1990-1994" at [b, dash): a range of two years, split so that each is a year.
bool year_range(std::string_view s, std::size_t b, std::size_t dash) {
  auto four_digits = [&](std::size_t from) {
    if (from + 4 > s.size()) return false;
    for (std::size_t k = from; k < from + 4; ++k)
      if (!is_digit(s[k])) return false;
    return from + 4 == s.size() || !is_digit(s[from + 4]);
  };
  return s[dash] == '-' && dash - b == 4 && four_digits(b) && four_digits(dash + 1);
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::vector<TimeToken> tokenize_time(std::string_view text, std::size_t base) {
  std::vector<TimeToken> out;
  tokenize_time(text, base, out);
  return out;
}

void tokenize_time(std::string_view text, std::size_t base, std::vector<TimeToken>& out) {
  out.clear();
  out.reserve(text.size() / 4 + 1);  // about one token per five bytes of English
  bool space = true;
  auto push = [&](std::size_t b, std::size_t e) {
    TimeToken& t = out.emplace_back();  // built in place: a TimeToken is too big to move cheaply
    t.begin = base + b;
    t.end = base + e;
    t.lower.assign(text.data() + b, e - b);
    for (auto& c : t.lower) c = lower(c);
    t.space_before = space;
    t.capital = text[b] >= 'A' && text[b] <= 'Z';
    bool letters = false, lower_seen = false;
    for (std::size_t k = b; k < e; ++k) letters |= is_alpha(text[k]), lower_seen |= text[k] >= 'a' && text[k] <= 'z';
    t.all_upper = letters && !lower_seen;
    space = false;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_space(text[i])) {
      space = true;
      ++i;
      continue;
    }
    std::size_t len = 1;
    if (is_punct_at(text, i, len)) {
      push(i, i + len);
      i += len;
      continue;
    }
    // A word or number: alphanumerics, with '.', ',', ':', '/', '-' and apostrophes kept inside
    // when a character of the right kind follows ("a.m", "500,000", "21:00", "9/9/2016").
    std::size_t b = i, e = i;
    while (e < text.size()) {
      char c = text[e];
      if (is_alnum(c) || static_cast<unsigned char>(c) >= 0x80) {
        std::size_t l = 1;
        if (static_cast<unsigned char>(c) >= 0x80 && is_punct_at(text, e, l)) break;
        ++e;
        continue;
      }
      bool next_alnum = e + 1 < text.size() && is_alnum(text[e + 1]);
      bool prev_digit = e > b && is_digit(text[e - 1]);
      bool next_digit = next_alnum && is_digit(text[e + 1]);
      if ((c == ',' || c == ':') && prev_digit && next_digit) { ++e; continue; }
      if ((c == '.' || c == '/' || c == '-') && prev_digit && next_digit && !year_range(text, b, e)) { ++e; continue; }
      if (c == '.' && next_alnum && e > b && is_alpha(text[e - 1]) && is_alpha(text[e + 1]) &&
          e + 2 < text.size() && !is_alpha(text[e + 2]) && e - b <= 2) {  // "a.m", "U.S"
        ++e;
        continue;
      }
      break;
    }
    push(b, e);  // an apostrophe stops the word: "1998's" is "1998" "'" "s"
    i = e;
  }
}

}  // namespace timeline
