#include "time_lexicon.hpp"

#include "string_hash.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "lexicon.hpp"
#include "word_block.hpp"

namespace timeline {
namespace {

constexpr std::string_view kBuiltins[] = {"num", "amount", "year", "day", "ordinal", "clock", "date", "decade"};
constexpr int kBuiltinCount = static_cast<int>(std::size(kBuiltins));

// Class names interned as small integers (shape classes first) so matching compares integers.
struct ClassRegistry {
  std::vector<std::string> names;
  std::unordered_map<std::string, int> ids;
  ClassRegistry() {
    for (auto b : kBuiltins) intern(b);
  }
  int intern(std::string_view name) {
    auto [it, added] = ids.emplace(std::string(name), static_cast<int>(names.size()));
    if (added) names.emplace_back(name);
    return it->second;
  }
};

ClassRegistry& registry() {
  static ClassRegistry r;
  return r;
}

struct Entry {
  std::vector<std::string> words;  // lowercased tokens of the phrase
  int cls = -1;
  std::string value;
  bool capital = false, upper = false;  // the first token must be capitalized / all capitals
};

// Lower case with each run of white space as one space: the key of zone names ("Eastern  Time").
std::string fold(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Vocabulary {
  FlatStringMap<std::vector<Entry>> by_first;  // longest phrases first (frozen after loading: tokens point into it)
  std::unordered_map<std::string, std::string> zones;            // "BST" -> "+01:00"
  std::unordered_map<std::string, std::string> zones_folded;     // "eastern time" -> "America/New_York"
  // Looked up as views: the tagger asks for the tense of many words per expression.
  FlatStringMap<Tense> tense;
  WordBlockTable<Tense> tense_short;  // the same words of up to 16 bytes: one multiply-hash probe
  StringSet directives, deferrals;
  int number = registry().intern("number"), ordinal = registry().intern("ordinal"), amount = registry().intern("amount"),
      clock = registry().intern("clock"), ampm = registry().intern("ampm"), multiplier = registry().intern("multiplier"),
      decade = registry().intern("decade"), zone = registry().intern("zone");

  void add(std::string_view phrase, std::string_view cls, std::string_view value, std::string_view flags, std::size_t line,
           std::string_view file) {
    Entry e;
    for (auto& t : tokenize_time(phrase)) e.words.emplace_back(t.lower);
    if (e.words.empty()) throw std::runtime_error(std::string(file) + " line " + std::to_string(line) + ": empty phrase");
    // Values end up in TimeValue's inline codes (units, mods, holidays; zones are longer): refuse
    // at load what set_field would silently refuse at match time.
    if (value.size() > (cls == "zone" ? decltype(TimeValue::zone)::capacity : Code::capacity))
      throw std::runtime_error(std::string(file) + " line " + std::to_string(line) + ": value '" + std::string(value) + "' too long");
    e.cls = registry().intern(cls);
    e.value = std::string(value);
    e.capital = flags.find("capital") != std::string_view::npos;
    e.upper = flags.find("upper") != std::string_view::npos;
    by_first[e.words[0]].push_back(std::move(e));
  }

  Vocabulary() {
    for (const auto& row : embedded_rows("time_words.tsv")) {
      if (row.fields.size() < 3) throw std::runtime_error("time_words.tsv line " + std::to_string(row.line) + ": expected 3 fields");
      add(row.fields[0], row.fields[1], row.fields[2], row.fields.size() > 3 ? row.fields[3] : "", row.line, "time_words.tsv");
    }
    for (const auto& row : embedded_rows("time_zones.tsv")) {
      if (row.fields.size() < 2) throw std::runtime_error("time_zones.tsv line " + std::to_string(row.line) + ": expected 2 fields");
      // Abbreviations are written in capitals ("BST"); names only need their capital ("Eastern time").
      const bool name = row.fields.size() > 2 && row.fields[2] == "name";
      if (name) zones_folded.emplace(fold(row.fields[0]), std::string(row.fields[1]));
      else zones.emplace(std::string(row.fields[0]), std::string(row.fields[1]));
      add(row.fields[0], "zone", row.fields[0], name ? "capital" : "upper", row.line, "time_zones.tsv");
    }
    for (const auto& row : embedded_rows("time_tense.tsv")) {
      if (row.fields.size() < 2) throw std::runtime_error("time_tense.tsv line " + std::to_string(row.line) + ": expected 2 fields");
      if (row.fields[1] == "directive" || row.fields[1] == "deferral") {
        (row.fields[1] == "directive" ? directives : deferrals).emplace(std::string(row.fields[0]));
        continue;
      }
      if (row.fields[1] != "past" && row.fields[1] != "future")
        throw std::runtime_error("time_tense.tsv line " + std::to_string(row.line) + ": expected past, future, directive or deferral");
      const Tense t = row.fields[1] == "future" ? Tense::future : Tense::past;
      if (tense.emplace(std::string(row.fields[0]), t).second) tense_short.insert(row.fields[0], t);
    }
    for (auto& [w, list] : by_first)
      std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
  }
};

const Vocabulary& vocabulary() {
  static const Vocabulary v;
  return v;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool all_digits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_digit); }

std::optional<int> to_int(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// Whether entry `e` matches at token i; returns one past its last token or 0.
std::size_t entry_end(const Entry& e, const std::vector<TimeToken>& t, std::size_t i) {
  if (i + e.words.size() > t.size()) return 0;
  if (e.capital && !t[i].capital) return 0;
  if (e.upper && !t[i].all_upper) return 0;
  for (std::size_t k = 1; k < e.words.size(); ++k)  // the first word is the lookup key
    if (t[i + k].lower != e.words[k]) return 0;
  return i + e.words.size();
}

// The longest lexicon entry of class `cls` at token i.
const Entry* lexicon_match(int cls, const std::vector<TimeToken>& t, std::size_t i, std::size_t& end) {
  const auto* list = static_cast<const std::vector<Entry>*>(t[i].lexicon);
  if (!list) return nullptr;
  for (const auto& e : *list) {
    if (e.cls != cls) continue;
    if (auto n = entry_end(e, t, i)) {
      end = n;
      return &e;
    }
  }
  return nullptr;
}

std::optional<int> lexicon_int(int cls, const std::vector<TimeToken>& t, std::size_t i, std::size_t& end) {
  if (i >= t.size()) return std::nullopt;
  if (auto* e = lexicon_match(cls, t, i, end)) return to_int(e->value);
  return std::nullopt;
}

bool is_hyphen(const TimeToken& t) { return !t.space_before && t.lower == "-"; }

// A number written in words: "twelve", "forty", "twenty four", "twenty-four", "two hundred".
// `cls` is "number" or "ordinal" for the last word ("twenty-first").
std::optional<double> word_number(const std::vector<TimeToken>& t, std::size_t i, std::size_t& end, int last_cls) {
  const auto& voc = vocabulary();
  std::size_t e = 0;
  auto first = lexicon_int(voc.number, t, i, e);
  if (!first) {
    auto ord = last_cls == voc.ordinal ? lexicon_int(voc.ordinal, t, i, e) : std::nullopt;
    if (ord) end = e;
    return ord;
  }
  int value = *first;
  std::size_t pos = e;
  if (value >= 20 && value <= 90 && value % 10 == 0 && pos < t.size()) {
    std::size_t p = pos < t.size() && is_hyphen(t[pos]) ? pos + 1 : pos;
    std::size_t e2 = 0;
    if (p < t.size()) {
      auto unit = lexicon_int(last_cls, t, p, e2);
      if (unit && *unit >= 1 && *unit <= 9) {
        end = e2;
        return value + *unit;
      }
    }
  }
  if (last_cls == voc.ordinal) return std::nullopt;  // "twenty" alone is no ordinal
  std::size_t e3 = 0;
  if (pos < t.size() && value < 100 && lexicon_int(voc.multiplier, t, pos, e3)) {
    value *= *lexicon_int(voc.multiplier, t, pos, e3);
    pos = e3;
  }
  end = pos;
  return value;
}

// Digits, possibly a decimal fraction ("1.5"); not grouped counts ("500,000", "450.000").
std::optional<double> digit_number(std::string_view s) {
  if (all_digits(s)) {
    if (s.size() > 3) return std::nullopt;  // "1988 quarter" is a year, "2882015" a reference number
    return static_cast<double>(*to_int(s));
  }
  auto dot = s.find('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  auto whole = s.substr(0, dot), frac = s.substr(dot + 1);
  if (!all_digits(whole) || !all_digits(frac) || frac.size() == 3 || whole.size() > 4) return std::nullopt;
  return *to_int(whole) + *to_int(frac) / std::pow(10.0, static_cast<double>(frac.size()));
}

std::string number_text(double v) {
  char buf[32];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, p) : std::string("0");
}

bool set(TimeValue& v, std::string_view field, std::string_view fallback, std::string_view text) {
  return set_field(v, field.empty() ? fallback : field, text);
}

// "9pm", "9.30pm", "9:30", "21:00", "9 a.m.", "9 pm", "noon", "midnight".
std::size_t match_clock(const std::vector<TimeToken>& t, std::size_t i, TimeValue& v) {
  std::size_t e = 0;
  if (auto* entry = lexicon_match(vocabulary().clock, t, i, e)) {
    auto colon = entry->value.find(':');
    v.hour = to_int(std::string_view(entry->value).substr(0, colon));
    v.minute = to_int(std::string_view(entry->value).substr(colon + 1));
    return e;
  }
  std::string_view s = t[i].lower;
  // A zone after the number makes "21.40 BST" and "0735 GMT" clock times (British and wire style).
  std::size_t zone_end = 0;
  const bool zone_follows = i + 1 < t.size() && lexicon_match(vocabulary().zone, t, i + 1, zone_end);
  // ... and so does "local time" ("1900 local time"; "1900 hours" may be a length).
  auto word_at = [&](std::size_t at, std::string_view w) { return at < t.size() && t[at].lower == w; };
  const bool local_time = word_at(i + 1, "local") && word_at(i + 2, "time");
  if ((zone_follows || local_time) && s.size() == 4 && all_digits(s)) {
    int hh = *to_int(s.substr(0, 2)), mm = *to_int(s.substr(2));
    if (hh > 23 || mm > 59) return 0;
    v.hour = hh;
    v.minute = mm;
    return i + 1;
  }
  std::size_t k = 0;
  while (k < s.size() && is_digit(s[k])) ++k;
  if (k == 0 || k > 2) return 0;
  int hour = *to_int(s.substr(0, k)), minute = 0;
  char sep = 0;
  if (k < s.size() && (s[k] == ':' || s[k] == '.')) {
    if (k + 3 > s.size() || !is_digit(s[k + 1]) || !is_digit(s[k + 2])) return 0;
    sep = s[k];
    minute = *to_int(s.substr(k + 1, 2));
    k += 3;
  }
  // "14:00:00 GMT": seconds are read, not kept.
  if (sep == ':' && k + 3 <= s.size() && s[k] == ':' && is_digit(s[k + 1]) && is_digit(s[k + 2])) k += 3;
  std::string_view suffix = s.substr(k);
  std::size_t end = i + 1;
  std::string ampm;
  if (suffix == "am" || suffix == "pm") ampm = suffix;
  else if (!suffix.empty()) return 0;
  else if (i + 1 < t.size()) {
    std::size_t e2 = 0;
    if (auto* entry = lexicon_match(vocabulary().ampm, t, i + 1, e2)) ampm = entry->value, end = e2;
  }
  // "7 o'clock"; "9.30 this morning", "9.30 tonight", "9.30 local time": words that only follow a
  // clock time make "9.30" one.
  if (ampm.empty() && sep == 0 && word_at(i + 1, "o") && i + 2 < t.size() && apostrophe_word(t[i + 2].lower) && word_at(i + 3, "clock"))
    end = i + 4, sep = ':';
  const bool clock_words = word_at(i + 1, "tonight") || local_time ||
                           (word_at(i + 1, "this") && (word_at(i + 2, "morning") || word_at(i + 2, "afternoon") || word_at(i + 2, "evening")));
  if (ampm.empty() && sep != ':' && !(sep == '.' && (zone_follows || clock_words))) return 0;  // "9" and "9.30" alone are numbers
  if (hour > 24 || minute > 59 || (!ampm.empty() && (hour < 1 || hour > 12))) return 0;
  if (ampm == "pm" && hour < 12) hour += 12;
  if (ampm == "am" && hour == 12) hour = 0;
  v.hour = hour;
  v.minute = minute;
  return end;
}

// "2016-09-09", "2016/09/09", "9/9/2016", "09.09.2016", "9/9/16".
std::string pad2(int n) { return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10); }

// The clock of an ISO 8601 date-time after its "T": "14:00", "14:00:00", "14:00:00.5", then "z"
// or an offset ("+02:00", "-0500"). False when it is none.
bool iso_clock(std::string_view c, TimeValue& v) {
  auto two = [&](std::size_t at) -> std::optional<int> {
    if (at + 2 > c.size() || !is_digit(c[at]) || !is_digit(c[at + 1])) return std::nullopt;
    return (c[at] - '0') * 10 + (c[at + 1] - '0');
  };
  auto hh = two(0), mm = two(3);
  if (!hh || !mm || c.size() < 5 || c[2] != ':' || *hh > 24 || *mm > 59) return false;
  std::size_t k = 5;
  if (k < c.size() && c[k] == ':') {  // seconds: read, not kept (TIMEX3 values here stop at minutes)
    if (!two(k + 1)) return false;
    k += 3;
    if (k < c.size() && c[k] == '.')
      for (++k; k < c.size() && is_digit(c[k]);) ++k;
  }
  std::string zone;
  if (k < c.size() && c[k] == 'z') {
    zone = "Z";
    ++k;
  } else if (k < c.size() && (c[k] == '+' || c[k] == '-')) {
    auto oh = two(k + 1);
    std::size_t at = k + 3 < c.size() && c[k + 3] == ':' ? k + 4 : k + 3;
    auto om = two(at);
    if (!oh || !om || *oh > 14 || *om > 59) return false;
    zone = std::string(1, c[k]) + pad2(*oh) + ":" + pad2(*om);
    k = at + 2;
  }
  if (k != c.size()) return false;
  v.hour = *hh;
  v.minute = *mm;
  if (!zone.empty()) v.zone.assign(zone);
  return true;
}

std::size_t match_date(const std::vector<TimeToken>& t, std::size_t i, const TagOptions& o, TimeValue& v) {
  std::string_view s = t[i].lower;
  // "2016-09-09T14:00:00Z": the date, then its clock.
  std::string_view clock;
  std::size_t end = i + 1;
  if (s.size() > 11 && s[10] == 't' && s[4] == '-' && s[7] == '-') {
    clock = s.substr(11);
    s = s.substr(0, 10);
    if (!iso_clock(clock, v)) return 0;
    // "+02:00" is a word of its own after the clock: the offset.
    if (v.zone.empty() && i + 2 < t.size() && t[i + 1].lower == "+" && !t[i + 1].space_before && !t[i + 2].space_before) {
      TimeValue offset;
      if (iso_clock("00:00+" + std::string(t[i + 2].lower), offset) && !offset.zone.empty()) {
        v.zone = offset.zone;
        end = i + 3;
      }
    }
  }
  char sep = 0;
  int parts[3];
  std::size_t len[3];
  std::size_t n = 0, start = 0;
  for (std::size_t k = 0; k <= s.size(); ++k) {
    if (k < s.size() && is_digit(s[k])) continue;
    if (k < s.size()) {
      if (sep == 0) sep = s[k];
      if (s[k] != sep || (sep != '-' && sep != '/' && sep != '.')) return 0;
    }
    if (n == 3 || k == start) return 0;
    parts[n] = *to_int(s.substr(start, k - start));
    len[n++] = k - start;
    start = k + 1;
  }
  if (n != 3) return 0;
  int y, m, d;
  if (len[0] == 4) y = parts[0], m = parts[1], d = parts[2];
  else if (len[2] == 4 || len[2] == 2) {
    y = parts[2];
    bool day_first = o.day_first;
    if (parts[0] > 12) day_first = true;
    if (parts[1] > 12) day_first = false;
    d = day_first ? parts[0] : parts[1];
    m = day_first ? parts[1] : parts[0];
    if (len[2] == 2) {
      if (sep == '.') return 0;  // "1.5.16" is more likely a version number
      v.two_digit_year = true;
    }
  } else return 0;
  if (m < 1 || m > 12 || d < 1 || d > 31 || (len[0] == 4 && sep == '.')) return 0;
  if (len[2] == 4 && (y < 1000 || y > 2199)) return 0;
  v.year = y;
  v.month = m;
  v.day = d;
  return end;
}

std::size_t match_builtin(int id, std::string_view field, const std::vector<TimeToken>& t, std::size_t i,
                          const TagOptions& o, TimeValue& v) {
  const std::string_view s = t[i].lower;
  const std::string_view name = kBuiltins[id];
  const auto& voc = vocabulary();
  if (name == "num" || name == "amount") {
    std::size_t e = 0;
    if (auto d = digit_number(s)) return set(v, field, "amount", number_text(*d)) ? i + 1 : 0;
    if (auto w = word_number(t, i, e, voc.number)) return set(v, field, "amount", number_text(*w)) ? e : 0;
    if (name == "amount") {
      if (auto* entry = lexicon_match(voc.amount, t, i, e)) return set(v, field, "amount", entry->value) ? e : 0;
    }
    return 0;
  }
  if (name == "year") {
    std::size_t e = 0;
    auto century = lexicon_int(voc.number, t, i, e);
    if (century && (*century == 19 || *century == 20) && e < t.size()) {  // "nineteen ninety-six"
      std::size_t e2 = 0;
      auto rest = word_number(t, e, e2, voc.number);
      if (rest && *rest >= 10 && *rest < 100)
        return set(v, field, "year", std::to_string(*century * 100 + static_cast<int>(*rest))) ? e2 : 0;
    }
    // "the summer of '99": an apostrophe opening a word of two digits stands for the century
    // (not a second quote mark: "''60 Minutes''").
    if (apostrophe_word(s) && two_digit_year_after(t, i)) {
      v.two_digit_year = true;
      return set(v, field, "year", t[i + 1].lower) ? i + 2 : 0;
    }
    // "1939-45", "2015/16": the second year of a range written with its last two digits only.
    if (ends_year_range(t, i)) {
      const int first = *to_int(t[i - 2].lower), last = *to_int(s);
      int y = first / 100 * 100 + last;
      if (y <= first) y += 100;  // "1999-01"
      if (first < 1000 || first > 2199 || y - first > 50) return 0;
      return set(v, field, "year", std::to_string(y)) ? i + 1 : 0;
    }
    if (s.size() != 4 || !all_digits(s)) return 0;
    int y = *to_int(s);
    if (y < 1000 || y > 2199) return 0;
    return set(v, field, "year", s) ? i + 1 : 0;
  }
  if (name == "day" || name == "ordinal") {
    std::optional<int> d;
    std::size_t e = i + 1;
    if (all_digits(s) && s.size() <= 2 && name == "day") d = to_int(s);
    else if (auto od = ordinal_digits(s)) d = od;
    else d = word_number(t, i, e, voc.ordinal);
    if (!d) return 0;
    if (name == "day" && (*d < 1 || *d > 31)) return 0;
    return set(v, field, name == "day" ? "day" : "ordinal", std::to_string(*d)) ? e : 0;
  }
  if (name == "clock") return match_clock(t, i, v);
  if (name == "date") return match_date(t, i, o, v);
  if (name == "decade") {  // "1990s", "90s"
    if (s.size() < 3 || s.back() != 's') return 0;
    auto num = s.substr(0, s.size() - 1);
    if (!all_digits(num) || (num.size() != 4 && num.size() != 2) || num.back() != '0') return 0;
    int d = *to_int(num) / 10;
    if (num.size() == 2) d += d >= 3 ? 190 : 200;  // "90s" -> 1990s, "20s" -> 2020s (news usage)
    return set(v, field, "decade", std::to_string(d)) ? i + 1 : 0;
  }
  return 0;
}

}  // namespace

std::optional<int> ordinal_digits(std::string_view s) {
  if (s.size() < 3) return std::nullopt;
  auto suf = s.substr(s.size() - 2);
  if (suf != "st" && suf != "nd" && suf != "rd" && suf != "th") return std::nullopt;
  auto num = s.substr(0, s.size() - 2);
  if (!all_digits(num) || num.size() > 3) return std::nullopt;
  return to_int(num);
}

bool is_builtin_class(std::string_view name) {
  return std::find(std::begin(kBuiltins), std::end(kBuiltins), name) != std::end(kBuiltins);
}

int class_id(std::string_view name) { return registry().intern(name); }

bool is_known_class(std::string_view name) {
  if (is_builtin_class(name)) return true;
  const auto& voc = vocabulary();  // first: loading the vocabulary interns its classes
  const auto& r = registry();
  auto it = r.ids.find(std::string(name));
  if (it == r.ids.end()) return false;
  for (const auto& [w, list] : voc.by_first)
    for (const auto& e : list)
      if (e.cls == it->second) return true;
  return false;
}

bool two_digit_year_after(const std::vector<TimeToken>& t, std::size_t k) {
  return t[k].space_before && k + 1 < t.size() && !t[k + 1].space_before && t[k + 1].lower.size() == 2 && all_digits(t[k + 1].lower);
}

bool ends_year_range(const std::vector<TimeToken>& t, std::size_t k) {
  return t[k].lower.size() == 2 && all_digits(t[k].lower) && k >= 2 && (t[k - 1].lower == "-" || t[k - 1].lower == "/") &&
         !t[k - 1].space_before && !t[k].space_before && t[k - 2].lower.size() == 4 && all_digits(t[k - 2].lower);
}

void classes_of_word(std::string_view lower, std::vector<std::string_view>& classes) {
  classes.clear();
  auto it = vocabulary().by_first.find(lower);
  bool numeric = !lower.empty() && is_digit(lower[0]);
  if (it != vocabulary().by_first.end())
    for (const auto& e : it->second) {
      classes.push_back(registry().names[e.cls]);
      const auto& v = vocabulary();
      if (e.cls == v.number || e.cls == v.ordinal || e.cls == v.amount || e.cls == v.clock || e.cls == v.decade) numeric = true;
    }
  if (numeric) classes.insert(classes.end(), std::begin(kBuiltins), std::end(kBuiltins));
}

void look_up_word(TimeToken& t) {
  const auto& v = vocabulary();
  constexpr std::uint64_t builtins = (std::uint64_t{1} << kBuiltinCount) - 1;
  auto it = v.by_first.find(t.lower);
  t.lexicon = it == v.by_first.end() ? nullptr : &it->second;
  t.classes = !t.lower.empty() && is_digit(t.lower[0]) ? builtins : 0;
  // Words that shape classes read: only the shape classes that can start with them.
  auto bit = [](std::string_view builtin) {
    return std::uint64_t{1} << (std::find(std::begin(kBuiltins), std::end(kBuiltins), builtin) - std::begin(kBuiltins));
  };
  if (t.lexicon)
    for (const auto& e : it->second) {
      if (e.cls < 64) t.classes |= std::uint64_t{1} << e.cls;
      if (e.cls == v.number) {
        t.classes |= bit("num") | bit("amount");
        // A year in words starts with its century ("nineteen ninety-six"), a day in words with its
        // tens ("twenty-first"): "a dozen" starts neither.
        if (e.value == "19" || e.value == "20") t.classes |= bit("year");
        if (e.value.size() == 2 && e.value[1] == '0' && e.value[0] >= '2') t.classes |= bit("day") | bit("ordinal");
      }
      if (e.cls == v.ordinal) t.classes |= bit("day") | bit("ordinal");
      if (e.cls == v.amount) t.classes |= bit("amount");
      if (e.cls == v.clock) t.classes |= bit("clock");
      if (e.cls == v.decade) t.classes |= bit("decade");
    }
}

std::uint64_t digit_token_classes(std::string_view s) {
  auto bit = [](std::string_view builtin) {
    return std::uint64_t{1} << (std::find(std::begin(kBuiltins), std::end(kBuiltins), builtin) - std::begin(kBuiltins));
  };
  std::size_t lead = 0;
  while (lead < s.size() && is_digit(s[lead])) ++lead;
  const bool all = lead == s.size();
  // What match_builtin can read in a word starting with a digit: a superset, by shape only.
  std::uint64_t m = bit("num") | bit("amount");
  if (all && s.size() == 4) m |= bit("year");                               // "2016" ("45" after "1939-": annotate_tokens)
  if (lead <= 3) m |= bit("day") | bit("ordinal");                           // "9", "09", "9th", "101st"
  if (lead <= 2 || (all && s.size() == 4)) m |= bit("clock");                // "9pm", "21:00", "0735 GMT"
  if (s.find_first_of("-/.") != std::string_view::npos) m |= bit("date");    // "2016-09-09", "9/9/2016"
  if (!s.empty() && s.back() == 's') m |= bit("decade");                     // "1990s", "90s"
  return m;
}

std::uint64_t year_class_bit() {
  return std::uint64_t{1} << (std::find(std::begin(kBuiltins), std::end(kBuiltins), "year") - std::begin(kBuiltins));
}


ClassKeys class_keys(int id) {
  const auto& v = vocabulary();
  ClassKeys keys;
  // Lexicon classes whose words the shape classes also read (as look_up_word maps them).
  std::vector<int> sources{id};
  if (id < kBuiltinCount) {
    keys.digits = true;  // every shape class reads tokens starting with a digit
    std::string_view name = kBuiltins[id];
    if (name == "num" || name == "amount" || name == "year" || name == "day" || name == "ordinal") sources.push_back(v.number);
    if (name == "day" || name == "ordinal") sources.push_back(v.ordinal);
    if (name == "amount") sources.push_back(v.amount);
    if (name == "clock") sources.push_back(v.clock);
    if (name == "decade") sources.push_back(v.decade);
  }
  auto letters_only = [](std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  const bool year = id < kBuiltinCount && kBuiltins[id] == "year";
  for (const auto& [first, list] : v.by_first)
    for (const auto& e : list) {
      if (std::find(sources.begin(), sources.end(), e.cls) == sources.end()) continue;
      // A year in words starts with its century ("nineteen ninety-six"): no other number word
      // begins one (match_builtin), so "one" or "two" is no key of a year.
      if (year && e.cls == v.number && e.value != "19" && e.value != "20") continue;
      // Every word of the phrase is in any match of it: the longest all-letter one is the key.
      const std::string* key = nullptr;
      bool digit = false;
      for (const auto& w : e.words) {
        if (letters_only(w) && (!key || w.size() > key->size())) key = &w;
        digit |= std::any_of(w.begin(), w.end(), is_digit);
      }
      // "Q3": no word of letters only, but its letters are a run of their own in any text that
      // holds it, and a rarer key than "any number".
      std::string run;
      if (!key && digit)
        for (const auto& w : e.words)
          for (std::size_t b = 0; b < w.size();) {
            std::size_t k = b;
            while (k < w.size() && w[k] >= 'a' && w[k] <= 'z') ++k;
            if (k - b > run.size()) run = w.substr(b, k - b);
            b = k == b ? b + 1 : k;
          }
      if (key) keys.words.push_back(*key);
      else if (!run.empty()) keys.words.push_back(run);
      else if (digit) keys.digits = keys.digit_phrases = true;
      else keys.usable = false;
    }
  std::sort(keys.words.begin(), keys.words.end());
  keys.words.erase(std::unique(keys.words.begin(), keys.words.end()), keys.words.end());
  return keys;
}

std::vector<std::string_view> lexicon_first_words() {
  std::vector<std::string_view> out;
  for (const auto& [w, list] : vocabulary().by_first) out.push_back(w);
  return out;
}

std::size_t match_class(int id, std::string_view field, const std::vector<TimeToken>& t, std::size_t i,
                        const TagOptions& options, TimeValue& value) {
  if (i >= t.size()) return 0;
  std::size_t e = 0;
  if (id < kBuiltinCount) {
    // Shape classes may also have words in the lexicon ("nineties" is a decade, "noon" a clock).
    TimeValue shaped = value;
    std::size_t shape_end = match_builtin(id, field, t, i, options, shaped);
    const Entry* entry = t[i].lexicon ? lexicon_match(id, t, i, e) : nullptr;
    if (entry && e > shape_end && set(value, field, kBuiltins[id], entry->value)) return e;
    if (shape_end) value = std::move(shaped);
    return shape_end;
  }
  const Entry* entry = lexicon_match(id, t, i, e);
  if (!entry) return 0;
  return set(value, field, registry().names[id], entry->value) ? e : 0;
}

std::string_view zone_definition(std::string_view abbreviation) {
  // An offset written out ("+02:00", from "2016-09-09T14:00+02:00") is its own definition.
  if (abbreviation.size() == 6 && (abbreviation[0] == '+' || abbreviation[0] == '-') && abbreviation[3] == ':') return abbreviation;
  const auto& v = vocabulary();
  if (auto it = v.zones.find(std::string(abbreviation)); it != v.zones.end()) return it->second;
  if (auto it = v.zones_folded.find(fold(abbreviation)); it != v.zones_folded.end()) return it->second;
  return {};
}

bool directive_verb(std::string_view w) { return vocabulary().directives.contains(w); }

bool deferral_verb(std::string_view w) { return vocabulary().deferrals.contains(w); }

Tense tense_cue(std::string_view w) {
  const auto& voc = vocabulary();
  if (!w.empty() && w.size() <= WordBlock::kSize) {
    const Tense* t = voc.tense_short.find(WordBlock::of(w), w.size());
    return t ? *t : Tense::none;
  }
  auto it = voc.tense.find(w);
  return it == voc.tense.end() ? Tense::none : it->second;
}

bool past_form(std::string_view word) {
  std::string w(word);
  for (auto& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return tense_cue(w) == Tense::past || (w.size() > 3 && w.ends_with("ed"));
}

}  // namespace timeline
