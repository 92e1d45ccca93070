#include "sentence_splitter.hpp"

#include <bit>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "lexicon.hpp"
#include "lines.hpp"

namespace timeline {
namespace {

enum class AbbrevKind { title, month, common };

struct Lexicon {
  std::unordered_map<std::string, AbbrevKind> abbreviations;
  std::unordered_set<std::string> starters;
  std::unordered_set<std::string> attribution_verbs;  // "said", "asked": attribution_verbs.txt
  Lexicon() {
    for (const auto& row : embedded_rows("abbreviations.tsv")) {
      if (row.fields.size() < 2) continue;
      auto k = row.fields[1];
      abbreviations.emplace(std::string(row.fields[0]),
                            k == "title" ? AbbrevKind::title : k == "month" ? AbbrevKind::month : AbbrevKind::common);
    }
    for (const auto& row : embedded_rows("sentence_starters.txt")) starters.emplace(row.fields[0]);
    for (const auto& row : embedded_rows("attribution_verbs.txt")) attribution_verbs.emplace(row.fields[0]);
  }
};

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }

constexpr std::string_view kOpenDouble = "\xE2\x80\x9C";   // “
constexpr std::string_view kCloseDouble = "\xE2\x80\x9D";  // ”
constexpr std::string_view kCloseSingle = "\xE2\x80\x99";  // ’
constexpr std::string_view kOpenSingle = "\xE2\x80\x98";   // ‘
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";     // …
constexpr std::size_t kMaxQuoteBytes = 1500;  // longer "quotes" are more likely unbalanced marks

bool at(std::string_view s, std::size_t i, std::string_view what) { return s.substr(i, what.size()) == what; }

// The first byte at or after `from` whose entry in `table` is set (a byte-class scan: one load per
// byte, where std::string_view::find_first_of runs memchr over the set for every byte).
using ByteTable = std::array<bool, 256>;
constexpr ByteTable byte_table(std::string_view bytes) {
  ByteTable t{};
  for (char c : bytes) t[static_cast<unsigned char>(c)] = true;
  return t;
}
std::size_t scan(std::string_view text, std::size_t from, const ByteTable& table) {
  for (std::size_t i = from; i < text.size(); ++i)
    if (table[static_cast<unsigned char>(text[i])]) return i;
  return text.size();
}

// The same for a set of a few bytes, sixteen bytes at a time: most text holds none of them
// (a sentence's end, a quotation mark), so most blocks are skipped with a few compares.
template <std::size_t N>
std::size_t scan(std::string_view text, std::size_t from, const std::array<char, N>& set, const ByteTable& table) {
  std::size_t i = from;
#if defined(__SSE2__)
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i hit = _mm_setzero_si128();
    for (char c : set) hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
    if (const int bits = _mm_movemask_epi8(hit)) return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(bits)));
  }
#endif
  return scan(text, i, table);
}

// A list line starts with a bullet or "1." / "1)" followed by a space.
bool is_list_line(std::string_view line) {
  auto b = line.find_first_not_of(" \t");
  if (b == std::string_view::npos) return false;
  line.remove_prefix(b);
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') return true;
  if (line.starts_with("\xE2\x80\xA2")) return true;  // •
  std::size_t d = 0;
  while (d < line.size() && d < 3 && is_digit(line[d])) ++d;
  return d > 0 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ';
}

// Byte ranges [open, close] of balanced double quotations inside `text`.
std::vector<std::pair<std::size_t, std::size_t>> quotations(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t open = std::string_view::npos;
  // Only '"' and the lead byte of the curly quotes (0xE2) can start a quotation mark.
  static constexpr ByteTable kMarks = byte_table("\"\xE2");
  static constexpr std::array<char, 2> kMarkBytes{'"', '\xE2'};
  for (std::size_t i = scan(text, 0, kMarkBytes, kMarks); i < text.size(); i = scan(text, i + 1, kMarkBytes, kMarks)) {
    bool opening = at(text, i, kOpenDouble), closing = at(text, i, kCloseDouble), straight = text[i] == '"';
    if (!opening && !closing && !straight) continue;
    if (open == std::string_view::npos) {
      if (opening || straight) open = i;
    } else if (closing || straight || opening) {
      if (opening) {  // a new opening mark: the previous quote was never closed
        open = i;
        continue;
      }
      if (i - open <= kMaxQuoteBytes) out.emplace_back(open, i);
      open = std::string_view::npos;
    }
  }
  return out;
}

// The word that ends right before `end` (letters and inner dots), e.g. "U.S" or "Mr".
std::string_view word_before(std::string_view text, std::size_t end) {
  std::size_t b = end;
  while (b > 0 && (is_alpha(text[b - 1]) || (text[b - 1] == '.' && b >= 2 && is_alpha(text[b - 2])))) --b;
  return text.substr(b, end - b);
}

// The word that starts at `pos` (ASCII letters only).
std::string_view word_at(std::string_view text, std::size_t pos) {
  std::size_t e = pos;
  while (e < text.size() && is_alpha(text[e])) ++e;
  return text.substr(pos, e - pos);
}

// Whether a period at `dot` ends a sentence, given that the next sentence would start at `next`.
bool period_ends_sentence(std::string_view text, std::size_t dot, std::size_t next) {
  std::string_view word = word_before(text, dot);
  if (word.empty()) return true;
  bool next_is_digit = next < text.size() && is_digit(text[next]);
  bool next_is_starter = lexicon().starters.contains(std::string(word_at(text, next)));
  // An initial ("J. Smith"), unless a number carries it as a unit ("passed 43C. A wind change").
  const std::size_t word_begin = dot - word.size();
  if (word.size() == 1 && is_upper(word[0]) && !(word_begin > 0 && is_digit(text[word_begin - 1]))) return false;
  if (word.find('.') != std::string_view::npos) return next_is_starter;  // "U.S.", "a.m."
  auto it = lexicon().abbreviations.find(std::string(word));
  if (it == lexicon().abbreviations.end()) return true;
  switch (it->second) {
    case AbbrevKind::title: return false;
    case AbbrevKind::month: return !next_is_digit && next_is_starter;
    case AbbrevKind::common: return next_is_starter;
  }
  return true;
}

// Whether a sentence may start at `pos`: a capital, a digit, an opening quote or bracket, or a
// non-ASCII character (we cannot cheaply tell its case, and accented capitals are common in names).
bool can_start_sentence(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  char c = text[pos];
  if (is_upper(c) || is_digit(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
  if (at(text, pos, kOpenDouble) || at(text, pos, kOpenSingle)) return true;
  if (at(text, pos, kEllipsis)) return false;
  return static_cast<unsigned char>(c) >= 0xC3;
}

// Skips closing quotes and brackets after a terminal mark.
std::size_t skip_closers(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    if (text[i] == '"' || text[i] == '\'' || text[i] == ')' || text[i] == ']') ++i;
    else if (at(text, i, kCloseDouble) || at(text, i, kCloseSingle)) i += 3;
    else break;
  }
  return i;
}

// Whether the words from `pos` are a quotation's short attribution closing its sentence: up to
// eight words before a period or comma, the last of them a reporting verb ("Mr Kashyap's lawyer
// Mihir Desai said."). (One opening with the verb, `said Ms Reyes`, starts in lower case and never
// begins a sentence.)
bool attribution_follows(std::string_view text, std::size_t pos) {
  constexpr std::size_t kMaxWords = 8;
  const auto& verbs = lexicon().attribution_verbs;
  std::string word;
  std::size_t i = pos;
  for (std::size_t words = 0; i < text.size() && words < kMaxWords; ++words) {
    std::size_t b = i;
    while (i < text.size() && (is_alpha(text[i]) || text[i] == '-' || text[i] == '\'' || static_cast<unsigned char>(text[i]) >= 0x80) &&
           !at(text, i, kCloseDouble) && !at(text, i, kOpenDouble))
      ++i;
    if (i == b || i >= text.size()) return false;  // a digit, a quotation mark, a bracket: no plain attribution
    const char c = text[i];
    // Not before a colon: "He added: ..." opens the next quotation.
    if (c == '.' || c == ',') {
      word.assign(text.substr(b, i - b));
      for (auto& ch : word) ch = is_upper(ch) ? static_cast<char>(ch - 'A' + 'a') : ch;
      return verbs.count(word) > 0;
    }
    if (c != ' ') return false;
    ++i;
  }
  return false;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view bytes, Span span) {
  std::vector<Span> out;
  const std::string_view text = bytes.substr(span.begin, span.size());
  auto quotes = quotations(text);
  std::size_t q = 0;  // first quotation that does not end before the current position
  std::size_t start = 0;
  auto emit = [&](std::size_t end) {
    Span s = trim(bytes, {span.begin + start, span.begin + end});
    if (!s.empty()) out.push_back(s);
  };
  bool list_line = is_list_line(text);
  // Jump from one candidate byte to the next: line ends, terminal marks, and 0xE2 (the lead byte
  // of the ellipsis); everything else cannot end a sentence.
  static constexpr ByteTable kCandidates = byte_table("\n\r.!?\xE2");
  static constexpr std::array<char, 6> kCandidateBytes{'\n', '\r', '.', '!', '?', '\xE2'};
  for (std::size_t i = scan(text, 0, kCandidateBytes, kCandidates); i < text.size();
       i = scan(text, i + 1, kCandidateBytes, kCandidates)) {
    char c = text[i];
    if (c == '\n' || c == '\r') {
      std::size_t next = i + 1;
      if (c == '\r' && next < text.size() && text[next] == '\n') ++next;
      bool next_list = is_list_line(text.substr(next, text.find('\n', next) - next));
      if (list_line || next_list) {
        emit(i);
        start = next;
      }
      list_line = next_list;
      i = next - 1;
      continue;
    }
    bool ellipsis = at(text, i, kEllipsis) || (c == '.' && at(text, i, "..."));
    if (c != '.' && c != '!' && c != '?' && !ellipsis) continue;
    std::size_t mark_end = ellipsis ? (c == '.' ? text.find_first_not_of('.', i) : i + 3) : i + 1;
    if (mark_end == std::string_view::npos) mark_end = text.size();
    std::size_t after = skip_closers(text, mark_end);
    if (after < text.size() && !is_space(text[after])) {  // "3.5", "U.S.-led", "Yahoo!Inc"
      i = mark_end - 1;
      continue;
    }
    std::size_t next = after;
    while (next < text.size() && is_space(text[next])) ++next;
    if (next >= text.size()) break;
    while (q < quotes.size() && quotes[q].second < i) ++q;
    bool inside_quote = q < quotes.size() && quotes[q].first < i && i < quotes[q].second &&
                        after <= quotes[q].second;
    // `... the movie?" Mr Kashyap's lawyer said.`: who asked ends the sentence of the question (and
    // `... we won." Ms Reyes said.`, a full stop written for the comma).
    const bool quote_closed = after > mark_end && !ellipsis;
    bool boundary = !inside_quote && can_start_sentence(text, next) &&
                    (c != '.' || ellipsis || period_ends_sentence(text, i, next)) &&
                    !(quote_closed && attribution_follows(text, next));
    if (boundary) {
      emit(after);
      start = next;
    }
    i = mark_end - 1;
  }
  emit(text.size());
  return out;
}

}  // namespace timeline
