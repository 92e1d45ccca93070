#include "tokens.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace timeline {
namespace {

constexpr bool is_ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Multi-byte marks that are punctuation, not letters.
constexpr std::string_view kMarks[] = {
    "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\xA6",
    "\xE2\x80\x94", "\xE2\x80\x93", "\xC2\xAB",     "\xC2\xBB"};
constexpr std::string_view kRightSingle = "\xE2\x80\x99";
constexpr std::string_view kNbsp = "\xC2\xA0";

std::size_t mark_at(std::string_view s, std::size_t i) {
  if (static_cast<unsigned char>(s[i]) < 0x80) return 0;
  for (auto m : kMarks)
    if (s.substr(i, m.size()) == m) return m.size();
  return 0;
}

// Length of an apostrophe (' or ’) at i, or 0.
std::size_t apostrophe_at(std::string_view s, std::size_t i) {
  if (s[i] == '\'') return 1;
  if (s.substr(i, kRightSingle.size()) == kRightSingle) return kRightSingle.size();
  return 0;
}

// ASCII letters and digits, by byte: the tokenizer asks for every byte of every sentence.
constexpr auto kAsciiAlnum = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = is_ascii_alnum(static_cast<unsigned char>(c));
  return t;
}();

inline bool word_byte(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return kAsciiAlnum[c];
  return mark_at(s, i) == 0 && s.substr(i, kNbsp.size()) != kNbsp;
}

// Writes the lowercased `t` into `out` (’ as '), reusing its buffer. Most tokens are ASCII: one
// copy and a lowercasing pass the compiler can vectorise; a ’ (rare) takes the byte loop.
void lower_into(std::string_view t, std::string& out) {
  out.assign(t);
  char* o = out.data();
  const std::size_t size = out.size();
  bool apostrophe = false;
  for (std::size_t i = 0; i < size; ++i) {
    const char c = o[i];
    apostrophe |= c == '\xE2';
    o[i] = static_cast<char>(c + ((static_cast<unsigned char>(c - 'A') < 26) ? 32 : 0));
  }
  if (!apostrophe) return;
  std::size_t n = 0;
  for (std::size_t i = 0; i < size; ++i) {
    if (o[i] == '\xE2' && std::string_view(o + i, size - i).starts_with(kRightSingle)) {
      o[n++] = '\'';
      i += kRightSingle.size() - 1;
      continue;
    }
    o[n++] = o[i];
  }
  out.resize(n);  // a ’ became one byte
}

std::string lower_of(std::string_view t) {
  std::string out;
  lower_into(t, out);
  return out;
}

}  // namespace

// Told apart by length first rather than looked up in a table: asked of every token.
bool is_clause_word(std::string_view w) {
  switch (w.size()) {
    case 2: return w == "if";
    case 3: return w == "who" || w == "but";
    case 4: return w == "that" || w == "when";
    case 5: return w == "which" || w == "while";
    case 6: return w == "unless" || w == "though";
    case 7: return w == "whereas" || w == "whether" || w == "because";
    case 8: return w == "although";
    default: return false;
  }
}

namespace {

bool punctuation_edge(std::string_view t) {
  if (t.size() == 1) return t[0] == ',' || t[0] == ';' || t[0] == ':' || t[0] == '(' || t[0] == ')' || t[0] == '"';
  // “ ” — –
  return t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93";
}

}  // namespace

std::vector<Token> tokenize(std::string_view bytes, Span span) {
  std::vector<Token> out;
  out.reserve(span.size() / 5 + 4);  // about one token per five bytes of news text
  std::string_view s = bytes.substr(0, span.end);
  std::size_t i = span.begin;
  auto push = [&](std::size_t b, std::size_t e, bool word) {
    Token& t = out.emplace_back();
    t.span = {b, e};
    t.text = s.substr(b, e - b);
    lower_into(t.text, t.lower);
    t.word = word;
    t.capitalized = t.text[0] >= 'A' && t.text[0] <= 'Z';
    t.clause_edge = word ? is_clause_word(t.lower) : punctuation_edge(t.text);
  };
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (is_space(c)) { ++i; continue; }
    if (c == 0xC2 && s.substr(i, kNbsp.size()) == kNbsp) { i += kNbsp.size(); continue; }
    if (!word_byte(s, i)) {
      // A clitic after a word was already handled; a lone apostrophe or mark is punctuation.
      std::size_t m = mark_at(s, i);
      std::size_t n = m ? m : 1;
      push(i, i + n, false);
      i += n;
      continue;
    }
    std::size_t b = i;
    while (i < s.size()) {
      if (word_byte(s, i)) { ++i; continue; }
      // A hyphen between word characters stays inside ("Frank-Walter"), as does a dot between
      // digits ("12.5") or in an initialism ("U.S.", "U.N.").
      if (s[i] == '-' && i + 1 < s.size() && word_byte(s, i + 1)) { ++i; continue; }
      // So does an ampersand between capitals: "M&S", "AT&T", "R&D" are one name.
      if (s[i] == '&' && s[i - 1] >= 'A' && s[i - 1] <= 'Z' && i + 1 < s.size() && s[i + 1] >= 'A' && s[i + 1] <= 'Z') {
        ++i;
        continue;
      }
      // A thousands separator stays inside a number: "72,000", "1,000,000" (exactly three digits follow).
      if (s[i] == ',' && is_digit(s[i - 1]) && i + 3 < s.size() && is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
          is_digit(s[i + 3]) && (i + 4 >= s.size() || !is_digit(s[i + 4]))) {
        i += 4;
        continue;
      }
      if (s[i] == '.') {
        char next = i + 1 < s.size() ? s[i + 1] : ' ';
        bool digits = is_digit(s[i - 1]) && is_digit(next);
        bool initial = is_letter(s[i - 1]) && (i - 1 == b || s[i - 2] == '.');
        bool more = is_letter(next) && i + 2 < s.size() && s[i + 2] == '.';
        bool last = initial && i - b >= 3;  // the dot after "U.S"
        if (digits || (initial && more)) { ++i; continue; }
        if (last) { ++i; break; }
      }
      break;
    }
    std::size_t e = i;
    // Split clitics: "n't" off the verb, "'s", "'re", "'ll", "'ve", "'d", "'m" off the word.
    std::size_t ap = i < s.size() ? apostrophe_at(s, i) : 0;
    if (ap && i + ap < s.size() && word_byte(s, i + ap)) {
      std::size_t k = i + ap;
      while (k < s.size() && word_byte(s, k)) ++k;
      std::string tail = lower_of(s.substr(i + ap, k - i - ap));
      if (tail == "t" && e > b + 1 && (s[e - 1] == 'n' || s[e - 1] == 'N')) {
        push(b, e - 1, true);
        push(e - 1, k, true);  // "n't"
        i = k;
        continue;
      }
      if (tail == "s" || tail == "re" || tail == "ll" || tail == "ve" || tail == "d" || tail == "m") {
        push(b, e, true);
        push(e, k, true);
        i = k;
        continue;
      }
      // Any other apostrophe inside a word ("O'Brien") stays inside.
      i = k;
      while (i < s.size() && word_byte(s, i)) ++i;
      push(b, i, true);
      continue;
    }
    push(b, e, true);
  }
  // "because of a thunderstorm" is a prepositional phrase, not a clause of its own ("started late
  // because of a thunderstorm and finished just before midnight": one subject for both verbs).
  for (std::size_t k = 0; k + 1 < out.size(); ++k)
    if (out[k].clause_edge && out[k].lower == "because" && out[k + 1].lower == "of") out[k].clause_edge = false;
  return out;
}

namespace {

// The first byte in [from, end) that may open or close a quotation (" or the lead byte of “ ”),
// else `end`: most bytes are neither, so they are skipped sixteen at a time.
std::size_t next_quote_byte(std::string_view bytes, std::size_t from, std::size_t end) {
  std::size_t i = from;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), lead = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + i));
    if (const int hits = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, lead))))
      return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(hits)));
  }
#endif
  for (; i < end; ++i)
    if (bytes[i] == '"' || bytes[i] == '\xE2') return i;
  return end;
}

}  // namespace

std::vector<Span> quoted_ranges(std::string_view bytes, const std::vector<Span>& paragraphs) {
  constexpr std::string_view open = "\xE2\x80\x9C", close = "\xE2\x80\x9D";
  std::vector<Span> out;
  for (const auto& p : paragraphs) {
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::size_t start = none;
    const std::size_t end = std::min(p.end, bytes.size());
    for (std::size_t i = next_quote_byte(bytes, p.begin, end); i < end; i = next_quote_byte(bytes, i + 1, end)) {
      if (bytes.substr(i, open.size()) == open) {
        if (start == none) start = i;
        i += open.size() - 1;
      } else if (bytes.substr(i, close.size()) == close) {
        if (start != none) out.push_back({start, i + close.size()});
        start = none;
        i += close.size() - 1;
      } else if (bytes[i] == '"') {
        if (start != none) {
          out.push_back({start, i + 1});
          start = none;
        } else {
          start = i;
        }
      }
    }
    if (start != none) out.push_back({start, p.end});
  }
  std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return out;
}

void mark_quoted(std::vector<Token>& tokens, const std::vector<Span>& quoted) {
  for (auto& t : tokens) {
    auto it = std::upper_bound(quoted.begin(), quoted.end(), t.span.begin,
                               [](std::size_t x, const Span& q) { return x < q.begin; });
    if (it == quoted.begin()) continue;
    --it;
    t.quoted = t.span.begin >= it->begin && t.span.begin < it->end;
  }
}

}  // namespace timeline
