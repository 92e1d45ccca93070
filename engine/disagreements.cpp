#include "disagreements.hpp"

#include <date/date.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <tuple>

#include "event_graph.hpp"
#include "lexicon.hpp"
#include "string_hash.hpp"
#include "tokens.hpp"

namespace timeline {
namespace {

struct NumberWord {
  std::string kind;
  long long value = 0;
};

const StringMap<NumberWord>& number_words() {
  static const StringMap<NumberWord> table = [] {
    StringMap<NumberWord> t;
    for (const auto& row : embedded_rows("numbers.tsv")) {
      if (row.fields.size() < 3)
        throw std::runtime_error("numbers.tsv:" + std::to_string(row.line) + ": expected word, kind, value");
      t[std::string(row.fields[0])] = {std::string(row.fields[1]), std::stoll(std::string(row.fields[2]))};
    }
    return t;
  }();
  return table;
}

struct Word {
  std::string word;  // lowercase; a number without its thousands separators ("250000")
  std::size_t begin = 0, end = 0;
};

// The words of a sentence, cut by the engine's one tokenizer (so "250,000" stays one number).
std::vector<Word> tokens(std::string_view s) {
  std::vector<Word> out;
  for (const auto& t : tokenize(s, Span{0, s.size()})) {
    if (!t.word) continue;
    Word w{t.lower, t.span.begin, t.span.end};
    if (w.word.find(',') != std::string::npos && std::isdigit(static_cast<unsigned char>(w.word[0])) != 0)
      w.word.erase(std::remove(w.word.begin(), w.word.end(), ','), w.word.end());
    out.push_back(std::move(w));
  }
  return out;
}

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Words between a count and what it counts: "nine people were killed" counts "killed".
bool filler(std::string_view w) {
  static const StringSet words = {"people", "person", "were", "was", "have", "has", "had",
                                  "been", "are", "is", "of", "the", "reportedly"};
  return words.count(w) != 0;
}

bool time_unit(std::string_view w) {
  static const StringSet units = {"minute", "hour", "day", "week", "month", "year", "night"};
  return units.count(w) != 0;
}

std::string source_of(const Corpus& corpus, const EventMention& m) {
  std::string id = m.document < corpus.documents.size() ? corpus.documents[m.document].id : "?";
  return id + " v" + std::to_string(m.version);
}

int delay_of(const Corpus& corpus, const EventMention& m, bool& known) {
  if (m.version == 0) return 0;
  const Version* v = m.document < corpus.documents.size() ? find_version(corpus.documents[m.document], m.version) : nullptr;
  if (v == nullptr || !v->delay_minutes) {
    known = false;
    return 0;
  }
  return *v->delay_minutes;
}

// The words of `span` in the mention's document, when it points there.
std::optional<std::string> text_at(const Corpus& corpus, const EventMention& m, Span span) {
  if (m.document >= corpus.documents.size() || span.empty() || span.end > corpus.documents[m.document].bytes.size())
    return std::nullopt;
  return std::string(corpus.documents[m.document].text(span));
}

std::string duration_text(const Corpus& corpus, const EventMention& m, const DurationFact& d) {
  if (auto t = text_at(corpus, m, d.evidence)) return *t;
  if (auto t = text_at(corpus, m, d.timex.span)) return *t;
  return (d.timex.mod.empty() ? "" : d.timex.mod + " ") + d.timex.value;
}

// What two lengths of one event disagree on: how long it lasted, or how late it came.
std::string length_question(const DurationFact& d) { return d.delay ? "how late it was" : "how long it lasted"; }

// A mention's own clock time, as its report states it ("hit at 2.17am", "9pm on Friday"): a
// stated time the event happened during, precise to the minute or hour, of an event told as fact.
const Timex* clock_anchor(const EventMention& m) {
  if (!m.anchor || m.anchor->source != AnchorSource::timex || m.anchor->relation != AnchorRelation::during) return nullptr;
  if (!m.modality.empty() || m.negated) return nullptr;  // a plan or a denial states no time it happened
  const std::string& v = m.anchor->timex.value;
  auto t = v.find('T');
  auto digit = [&](std::size_t k) { return k < v.size() && std::isdigit(static_cast<unsigned char>(v[k])); };
  return t != std::string::npos && digit(t + 1) && digit(t + 2) ? &m.anchor->timex : nullptr;
}

// The day and clock time a value reads, without its zone ("2016-09-09T21:00" of
// "2016-09-09T21:00+02:00"): the same reading in two zones is the zone's doing, not the reports'.
std::string_view clock_reading(const Timex& t) {
  std::string_view v = t.value;
  auto at = v.find('T');
  std::size_t end = at + 1;
  while (end < v.size() && (std::isdigit(static_cast<unsigned char>(v[end])) || v[end] == ':')) ++end;
  return v.substr(0, end);
}

// Minutes between two clock readings of one day ("2023-11-02T02:17", "2023-11-02T02:19": 2);
// a day or more when the days differ or a reading has no clock.
long long reading_gap(const Timex& a, const Timex& b) {
  auto minutes = [](std::string_view r) -> long long {
    auto t = r.find('T');
    if (t == std::string_view::npos || t + 3 > r.size()) return -1;
    long long h = (r[t + 1] - '0') * 10 + (r[t + 2] - '0');
    long long m = t + 6 <= r.size() && r[t + 3] == ':' ? (r[t + 4] - '0') * 10 + (r[t + 5] - '0') : 0;
    return h * 60 + m;
  };
  std::string_view ra = clock_reading(a), rb = clock_reading(b);
  long long ma = minutes(ra), mb = minutes(rb);
  if (ma < 0 || mb < 0 || ra.substr(0, ra.find('T')) != rb.substr(0, rb.find('T'))) return 24 * 60;
  return ma > mb ? ma - mb : mb - ma;
}

// The words of a mention's anchor ("at 2.19am" is written "2.19am").
std::string anchor_text(const Corpus& corpus, const EventMention& m) {
  return text_at(corpus, m, m.anchor->timex.span).value_or(m.anchor->timex.value);
}

// Reports of one story are published within days of each other; "the longest talks lasted 11
// hours" in a story of another year tells of other talks. Pairs of a series are only sought
// among claims published this close.
constexpr long long kSeriesWindowDays = 7;

// The pairs (x, y), x < y, of `list` whose reports were published at most `window` days apart
// (undated reports only with each other), in (x, y) order: a sweep over the list sorted by day,
// so that the cost follows the pairs kept, not the square of a corpus-wide list.
template <class Item>
std::vector<std::pair<std::size_t, std::size_t>> close_in_time(const Corpus& corpus, const std::vector<EventMention>& mentions,
                                                               const std::vector<Item>& list, long long window) {
  constexpr long long kUndated = std::numeric_limits<long long>::min();
  std::vector<std::pair<long long, std::size_t>> by_day;  // (publication day, index in list)
  by_day.reserve(list.size());
  for (std::size_t k = 0; k < list.size(); ++k) {
    const EventMention& m = mentions[list[k].first];
    long long day = kUndated;
    if (m.document < corpus.documents.size() && corpus.documents[m.document].dct)
      day = date::sys_days(corpus.documents[m.document].dct->day).time_since_epoch().count();
    by_day.emplace_back(day, k);
  }
  std::sort(by_day.begin(), by_day.end());
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < by_day.size(); ++i)
    for (std::size_t j = i + 1; j < by_day.size(); ++j) {
      const bool undated = by_day[i].first == kUndated;
      if (undated ? by_day[j].first != kUndated : by_day[j].first - by_day[i].first > window) break;
      out.emplace_back(std::min(by_day[i].second, by_day[j].second), std::max(by_day[i].second, by_day[j].second));
    }
  std::sort(out.begin(), out.end());
  return out;
}

// Sentences a later version of a page rewrote: pairs of (mentions of a sentence of version v,
// mentions of a sentence of version v + 1) whose texts differ and share at least half their
// words (Jaccard), in canonical order of the first mention. Only sentences with a mention.
std::vector<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> rewritten_sentences(
    const Corpus& corpus, const std::vector<EventMention>& mentions) {
  auto words_of = [](std::string_view s) {  // the distinct lowercased words, as hashes (compared by the thousand)
    std::vector<std::size_t> w;
    std::string cur;
    const StringHash hash;
    for (std::size_t i = 0; i <= s.size(); ++i) {
      const char ch = i < s.size() ? s[i] : ' ';
      if (std::isalpha(static_cast<unsigned char>(ch))) cur += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      else if (!cur.empty()) w.push_back(hash(cur)), cur.clear();
    }
    std::sort(w.begin(), w.end());
    w.erase(std::unique(w.begin(), w.end()), w.end());
    return w;
  };
  // (document, version) -> sentence -> its mentions
  std::map<std::pair<std::size_t, int>, std::map<std::size_t, std::vector<std::size_t>>> by_version;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const EventMention& mm = mentions[m];
    if (mm.document < corpus.documents.size() && corpus.documents[mm.document].versions.size() > 1)
      by_version[{mm.document, mm.version}][mm.sentence].push_back(m);
  }
  std::vector<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> out;
  for (const auto& [key, sentences] : by_version) {
    auto next = by_version.find({key.first, key.second + 1});
    if (next == by_version.end()) continue;
    std::vector<std::vector<std::size_t>> next_words;
    for (const auto& [sb, mb] : next->second) next_words.push_back(words_of(mention_sentence(corpus, mentions[mb.front()])));
    for (const auto& [sa, ma] : sentences) {
      const std::string_view ta = mention_sentence(corpus, mentions[ma.front()]);
      const auto wa = words_of(ta);
      std::size_t k = 0;
      for (const auto& [sb, mb] : next->second) {
        const auto& wb = next_words[k++];
        // Jaccard >= 1/2 needs the smaller set at least half the larger: most pairs stop here.
        if (2 * std::min(wa.size(), wb.size()) < std::max(wa.size(), wb.size())) continue;
        if (ta == mention_sentence(corpus, mentions[mb.front()])) continue;
        std::size_t common = 0;
        for (std::size_t x = 0, y = 0; x < wa.size() && y < wb.size();) {
          if (wa[x] < wb[y]) ++x;
          else if (wb[y] < wa[x]) ++y;
          else ++common, ++x, ++y;
        }
        if (2 * common >= wa.size() + wb.size() - common) out.push_back({ma, mb});
      }
    }
  }
  return out;
}

}  // namespace

std::vector<NumberClaim> number_claims(std::string_view sentence) {
  const auto& table = number_words();
  std::vector<Word> t = tokens(sentence);
  std::vector<NumberClaim> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].word;
    NumberClaim c;
    // Digits of a clock time or a decimal ("2.17am", "17:17 GMT", "7.1") count nothing.
    auto joined = [&](std::size_t at, int step) {
      auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
      if (step < 0) return at >= 2 && (sentence[at - 1] == ':' || sentence[at - 1] == '.') && digit(sentence[at - 2]);
      return at + 1 < sentence.size() && (sentence[at] == ':' || sentence[at] == '.') && digit(sentence[at + 1]);
    };
    if (all_digits(w) && (joined(t[i].begin, -1) || joined(t[i].end, +1))) continue;
    if (all_digits(w) && w.size() < 10) {
      c.kind = "cardinal";
      c.value = std::stoll(w);
    } else if (w.size() > 2 && all_digits(std::string_view(w).substr(0, w.size() - 2)) &&
               (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th")) && w.size() < 10) {
      c.kind = "ordinal";
      c.value = std::stoll(w.substr(0, w.size() - 2));
    } else if (auto it = table.find(w); it != table.end() && it->second.kind != "modifier") {
      c.kind = it->second.kind;
      c.value = it->second.value;
    } else {
      continue;
    }
    // "second" is also a unit of time; "one" a pronoun: only counts that count something are kept.
    std::size_t first = i;
    if (c.kind == "cardinal")
      while (first > 0 && i - first < 2) {
        auto m = table.find(t[first - 1].word);
        if (m == table.end() || m->second.kind != "modifier") break;
        --first;
      }
    std::size_t j = i + 1;
    if (c.kind == "cardinal")
      while (j < t.size() && filler(t[j].word)) ++j;
    std::size_t last = i;
    static const StringSet not_heads{"in", "of", "on", "at", "to", "for", "from", "with",
                                     "by", "since", "this", "that", "and", "or", "time"};
    c.framed = j < t.size() && (t[j].word == "in" || t[j].word == "this");  // "first since ..." counts another series
    if (j < t.size() && table.count(t[j].word) == 0 && !all_digits(t[j].word) && !not_heads.count(t[j].word)) {
      c.head = t[j].word;
      c.head_text = t[j].word;
      stem_plural(c.head);
      last = j;
    }
    if (time_unit(c.head)) continue;  // a duration: compared through the mentions' DurationFacts
    // An ordinal with nothing after it ("their third in two weeks") is kept for the series pass only.
    if (c.kind != "cardinal" && c.head.empty() && !(c.kind == "ordinal" && c.framed)) continue;
    if (c.kind == "cardinal" && c.value == 1 && c.head.empty()) continue;
    c.text = std::string(sentence.substr(t[first].begin, t[last].end - t[first].begin));
    out.push_back(std::move(c));
  }
  return out;
}

// What a rank in a series of meetings ranks: "the fourth meeting", "a third round".
const std::set<std::string, std::less<>>& meeting_heads() {
  static const std::set<std::string, std::less<>> s{"meeting", "round", "session", "set", "talk", "visit", "trip",
                                                    "negotiation", "summit", "encounter", "call"};
  return s;
}

// Disagreements on the same thing with the same two wordings (in either order) become one,
// listing every source of each wording; updates stay one line per version change. The first of a
// group keeps its place, so the order stays that of the first pair found.
std::vector<Disagreement> group_disagreements(std::vector<Disagreement> in) {
  std::vector<Disagreement> out;
  // A group is found through any mention it holds: two stories that happen to give the same two
  // wordings ("at least 12 people" vs "at least 15 people") are two disagreements, not one
  // listing the reports of both (and a corpus-wide group would grow with the corpus).
  using Key = std::tuple<std::string, std::string, std::string, std::string>;
  std::map<Key, std::size_t> key_ids;  // each wording key looked up once per disagreement, not once per mention
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> group;  // (wording key id, mention) -> index in out
  auto add_unique = [](std::vector<std::string>& to, const std::vector<std::string>& from) {
    for (const auto& s : from)
      if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
  };
  for (auto& d : in) {
    if (d.kind != "disagreement") {
      out.push_back(std::move(d));
      continue;
    }
    const std::size_t key =
        key_ids.try_emplace(std::make_tuple(d.what, d.note, std::min(d.wording_a, d.wording_b), std::max(d.wording_a, d.wording_b)),
                            key_ids.size())
            .first->second;
    std::optional<std::size_t> found;
    for (auto m : d.mentions)
      if (auto it = group.find({key, m}); it != group.end() && (!found || it->second < *found)) found = it->second;
    const std::size_t at = found.value_or(out.size());
    for (auto m : d.mentions) group.emplace(std::make_pair(key, m), at);
    if (!found) {
      out.push_back(std::move(d));
      continue;
    }
    Disagreement& g = out[at];
    const bool same_sides = g.wording_a == d.wording_a;
    add_unique(g.sources_a, same_sides ? d.sources_a : d.sources_b);
    add_unique(g.sources_b, same_sides ? d.sources_b : d.sources_a);
    for (auto m : d.mentions)
      if (std::find(g.mentions.begin(), g.mentions.end(), m) == g.mentions.end()) g.mentions.push_back(m);
    if (g.event != d.event) g.event.reset();
  }
  // "a.txt v4", "a.txt v5", "b.txt v0" -> "a.txt v4+v5, b.txt v0" (versions of a report together).
  auto join = [](const std::vector<std::string>& v) {
    std::vector<std::pair<std::string, std::string>> parts;  // (report, "v4+v5")
    for (const auto& x : v) {
      auto sp = x.rfind(" v");
      std::string name = sp == std::string::npos ? x : x.substr(0, sp);
      std::string ver = sp == std::string::npos ? "" : x.substr(sp + 1);
      auto it = std::find_if(parts.begin(), parts.end(), [&](const auto& p) { return p.first == name; });
      if (it == parts.end()) parts.emplace_back(name, ver);
      else if (!ver.empty()) it->second += (it->second.empty() ? "" : "+") + ver;
    }
    std::string s;
    for (const auto& [name, ver] : parts) s += (s.empty() ? "" : ", ") + name + (ver.empty() ? "" : " " + ver);
    return s;
  };
  for (auto& d : out)
    if (d.kind == "disagreement" && (d.sources_a.size() > 1 || d.sources_b.size() > 1))
      d.summary = "reports differ on " + d.what + ": '" + d.wording_a + "' (" + join(d.sources_a) + ") vs '" + d.wording_b +
                  "' (" + join(d.sources_b) + ")" + d.note;
  return out;
}

namespace {

// What a count answers: "the number of homes", "the number killed"; "the number" with no word after it.
std::string number_question(const NumberClaim& c) {
  if (c.head_text.empty()) return "the number";
  return c.head_text.ends_with("ed") ? "the number " + c.head_text : "the number of " + c.head_text;
}

}  // namespace

std::vector<Disagreement> find_disagreements(const Corpus& corpus, const std::vector<EventMention>& mentions,
                                             const std::vector<MergedEvent>& events,
                                             const std::vector<std::pair<std::size_t, std::size_t>>& apart_by_time) {
  std::vector<Disagreement> out;
  std::set<std::tuple<std::string, std::string, std::string>> seen;  // (kind, wording a, wording b)

  // Two claims from mentions a (earlier in canonical order) and b: an update when b is a later
  // version of a's report, else a disagreement between reports.
  auto report = [&](std::size_t a, std::size_t b, const std::string& what, std::string ta, std::string tb,
                    std::optional<std::size_t> event, const std::string& note) {
    if (mentions[a].document == mentions[b].document && mentions[b].version < mentions[a].version) {
      std::swap(a, b);
      std::swap(ta, tb);
    }
    const EventMention& ma = mentions[a];
    const EventMention& mb = mentions[b];
    if (ma.document == mb.document && ma.version == mb.version) return;
    Disagreement d;
    d.mentions = {a, b};
    d.event = event;
    d.what = what;
    d.wording_a = ta;
    d.wording_b = tb;
    d.sources_a = {source_of(corpus, ma)};
    d.sources_b = {source_of(corpus, mb)};
    d.note = note;
    if (ma.document == mb.document) {
      bool known = true;
      int delay = delay_of(corpus, mb, known) - delay_of(corpus, ma, known);
      d.kind = "update";
      d.summary = "not a contradiction: " + what + " updated in a later version" +
                  (known ? " (+" + std::to_string(delay) + " min)" : std::string()) + ": '" + ta + "' (" +
                  source_of(corpus, ma) + ") -> '" + tb + "' (" + source_of(corpus, mb) + ")";
    } else {
      d.kind = "disagreement";
      d.summary = "reports differ on " + what + ": '" + ta + "' (" + source_of(corpus, ma) + ") vs '" + tb + "' (" +
                  source_of(corpus, mb) + ")" + note;
    }
    if (!seen.emplace(d.kind, ta + "|" + source_of(corpus, ma), tb + "|" + source_of(corpus, mb)).second) return;
    out.push_back(std::move(d));
  };

  // The claims of each sentence, read once however many mentions it holds.
  std::map<std::tuple<std::size_t, int, std::size_t>, std::vector<NumberClaim>> by_sentence;
  std::vector<const std::vector<NumberClaim>*> claim_list(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const EventMention& m = mentions[i];
    auto [it, fresh] = by_sentence.try_emplace({m.document, m.version, m.sentence});
    if (fresh) it->second = number_claims(mention_sentence(corpus, m));
    claim_list[i] = &it->second;
  }
  auto claims = [&](std::size_t m) -> const std::vector<NumberClaim>& { return *claim_list[m]; };

  // An update is told once per version change of a count, however many mentions of the event
  // word it ("40 homes lost" in the headline, "at least 40 homes" in the lead): one line that
  // lists them all.
  std::map<std::tuple<std::size_t, int, int, std::string, long long, long long>, std::size_t> told_updates;  // -> index in out
  for (std::size_t e = 0; e < events.size(); ++e) {
    const auto& ms = events[e].mentions;  // canonical order
    for (std::size_t x = 0; x < ms.size(); ++x)
      for (std::size_t y = x + 1; y < ms.size(); ++y) {
        std::size_t a = ms[x], b = ms[y];
        // A value one sentence also holds for the same thing is no disagreement ("250,000 people"
        // in both versions, next to "four of whom" in both).
        auto holds = [&](const std::vector<NumberClaim>& cs, const NumberClaim& c) {
          return std::any_of(cs.begin(), cs.end(), [&](const NumberClaim& o) {
            return o.kind == c.kind && o.value == c.value && (o.head == c.head || o.head.empty() || c.head.empty());
          });
        };
        for (const auto& ca : claims(a))
          for (const auto& cb : claims(b)) {
            if (ca.kind != cb.kind || ca.value == cb.value) continue;
            bool same_thing = (ca.head == cb.head && (ca.kind == "cardinal" || !ca.head.empty())) ||
                              (ca.kind == "cardinal" && (ca.head.empty() || cb.head.empty()));
            if (!same_thing) continue;
            if (holds(claims(a), cb) || holds(claims(b), ca)) continue;
            std::string what = ca.kind == "cardinal" ? number_question(ca.head.empty() ? cb : ca) : "which " + ca.head;
            if (mentions[a].document == mentions[b].document && mentions[a].version != mentions[b].version) {
              const bool a_first = mentions[a].version < mentions[b].version;
              auto key = std::make_tuple(mentions[a].document, std::min(mentions[a].version, mentions[b].version),
                                         std::max(mentions[a].version, mentions[b].version), what, a_first ? ca.value : cb.value,
                                         a_first ? cb.value : ca.value);
              if (auto it = told_updates.find(key); it != told_updates.end()) {
                auto& ms_told = out[it->second].mentions;
                for (std::size_t m : {a_first ? a : b, a_first ? b : a}) {
                  auto same_sentence = [&](std::size_t k) {  // another event of a sentence already listed
                    return mentions[k].document == mentions[m].document && mentions[k].version == mentions[m].version &&
                           mentions[k].sentence == mentions[m].sentence;
                  };
                  if (std::none_of(ms_told.begin(), ms_told.end(), same_sentence)) ms_told.push_back(m);
                }
                continue;
              }
              const std::size_t before = out.size();
              report(a, b, what, ca.text, cb.text, e, "");
              if (out.size() > before) told_updates.emplace(key, before);
              continue;
            }
            report(a, b, what, ca.text, cb.text, e, "");
          }
        // Two clock times for one happening ("hit at 2.17am" / "struck at 2.19am"): listed even
        // when both fit the stated uncertainty, as a reader weighing the sources wants to know.
        if (auto ta = clock_anchor(mentions[a]), tb = clock_anchor(mentions[b]); ta && tb && clock_reading(*ta) != clock_reading(*tb)) {
          const auto& [la, ha] = widened_bounds(*mentions[a].anchor);
          const auto& [lb, hb] = widened_bounds(*mentions[b].anchor);
          bool overlap = la && ha && lb && hb && *la <= *hb && *lb <= *ha;
          // A report of unknown zone is read on the same local clock: its window is wide for the
          // zone, not for what it says ("struck at 2.19am" is not compatible with "hit at 2.17am").
          if (mentions[a].anchor->zone_unknown || mentions[b].anchor->zone_unknown)
            overlap = (ta->mod == "APPROX" || tb->mod == "APPROX") && reading_gap(*ta, *tb) <= 60;
          report(a, b, "when it happened", anchor_text(corpus, mentions[a]), anchor_text(corpus, mentions[b]), e,
                 overlap ? " (compatible within the uncertainty they state)" : "");
        }
        for (const auto& da : mentions[a].durations)
          for (const auto& db : mentions[b].durations) {
            auto la = duration_minutes(da.timex.value), lb = duration_minutes(db.timex.value);
            if (!la || !lb || *la == *lb || da.delay != db.delay) continue;
            bool lower = da.timex.mod == "MORE_THAN" && db.timex.mod == "MORE_THAN";
            report(a, b, length_question(da), duration_text(corpus, mentions[a], da), duration_text(corpus, mentions[b], db),
                   e, lower ? " (both lower bounds: compatible, the larger holds)" : "");
          }
      }
  }

  // Across events only reports that name someone or somewhere in common are compared: two
  // stories of one week may both have had a "third meeting" or "latest talks". (Reports of one
  // story may share only a name or two when they tell different parts of it.)
  const StoryNames story(mentions);
  constexpr double overlap = 1e-9;  // any shared proper name

  // The same fact given to different members of a series: "the latest talks lasted 11 hours" vs
  // "the previous talks lasted 11 hours". Grouped by (thing, duration) so cost stays linear.
  std::vector<std::size_t> event_of(mentions.size(), events.size());
  for (std::size_t e = 0; e < events.size(); ++e)
    for (auto m : events[e].mentions) event_of[m] = e;
  std::map<std::pair<std::string, std::string>, std::vector<std::pair<std::size_t, const NumberClaim*>>> series;
  for (const auto& ev : events)
    for (auto m : ev.mentions)
      for (const auto& c : claims(m))
        if (c.kind == "relative")
          for (const auto& d : mentions[m].durations)
            if (!d.delay) series[{c.head, d.timex.mod + d.timex.value}].push_back({m, &c});
  for (const auto& [key, list] : series)
    for (auto [x, y] : close_in_time(corpus, mentions, list, kSeriesWindowDays)) {
      auto [a, ca] = list[x];
      auto [b, cb] = list[y];
      if (ca->value == cb->value) continue;  // two versions of one report: an update (report below)
      if (!story.same_story(mentions[a].document, mentions[b].document, overlap)) continue;
      std::optional<std::size_t> ev;
      if (event_of[a] == event_of[b]) ev = event_of[a];
      report(a, b, "which " + key.first + " lasted " + key.second, ca->text, cb->text, ev, "");
    }

  // The place of one meeting in its series, told differently by reports of the same day, even
  // when the merge kept their wordings apart: "their third meeting in two weeks" vs "the fourth
  // meeting between the two men". Grouped by publication day, one claim per sentence.
  // One claim per sentence, held by the meeting mention whose trigger is nearest to it.
  std::map<std::tuple<std::size_t, int, std::size_t, long long>, std::tuple<std::size_t, std::size_t, const NumberClaim*>> nearest;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const EventMention& mm = mentions[m];
    if (mm.cls != EventClass::meeting || mm.document >= corpus.documents.size()) continue;
    if (!corpus.documents[mm.document].dct) continue;
    std::string_view sentence = mention_sentence(corpus, mm);
    std::size_t base = mention_sentence_span(corpus, mm).begin;
    for (const auto& c : claims(m)) {
      if (c.kind != "ordinal" || c.value < 1 || c.value > 50 || !(c.framed || meeting_heads().count(c.head))) continue;
      std::size_t at = base + std::min(sentence.find(c.text), sentence.size());
      std::size_t dist = mm.trigger.begin > at ? mm.trigger.begin - at : at - mm.trigger.begin;
      auto key = std::make_tuple(mm.document, mm.version, mm.sentence, c.value);
      auto it = nearest.find(key);
      if (it == nearest.end() || dist < std::get<1>(it->second)) nearest[key] = {m, dist, &c};
    }
  }
  std::map<long long, std::vector<std::pair<std::size_t, const NumberClaim*>>> ordinals;
  for (const auto& [key, held] : nearest) {
    auto [m, dist, c] = held;
    long long day = date::sys_days(corpus.documents[mentions[m].document].dct->day).time_since_epoch().count();
    ordinals[day].push_back({m, c});
  }
  std::map<std::tuple<std::size_t, std::size_t, long long, long long>, std::size_t> ordinal_pairs;
  auto agents_of = [&](std::size_t m) {
    std::set<std::string> names;
    for (const auto& p : mentions[m].participants)
      if (p.role == "agent") names.insert(p.entity);
    return names;
  };
  for (const auto& [day, list] : ordinals)
    for (std::size_t x = 0; x < list.size(); ++x)
      for (std::size_t y = x + 1; y < list.size(); ++y) {
        auto [a, ca] = list[x];
        auto [b, cb] = list[y];
        if (ca->value == cb->value || mentions[a].document == mentions[b].document) continue;
        if (!story.same_story(mentions[a].document, mentions[b].document, overlap)) continue;
        auto pa = agents_of(a), pb = agents_of(b);
        bool shared = pa.empty() || pb.empty() ||
                      std::any_of(pa.begin(), pa.end(), [&](const std::string& p) { return pb.count(p) > 0; });
        if (!shared) continue;
        // Versions of one page repeat their claim: one disagreement per pair of reports and
        // values, holding the mentions of every version.
        auto key = std::make_tuple(mentions[a].document, mentions[b].document, ca->value, cb->value);
        if (auto it = ordinal_pairs.find(key); it != ordinal_pairs.end()) {
          Disagreement& d = out[it->second];
          for (auto m : {a, b})
            if (std::find(d.mentions.begin(), d.mentions.end(), m) == d.mentions.end()) d.mentions.push_back(m);
          for (auto [m, sources] : {std::pair{a, &d.sources_a}, std::pair{b, &d.sources_b}})
            if (auto src = source_of(corpus, mentions[m]); std::find(sources->begin(), sources->end(), src) == sources->end())
              sources->push_back(src);
          continue;
        }
        std::optional<std::size_t> ev;
        if (event_of[a] == event_of[b]) ev = event_of[a];
        std::size_t before = out.size();
        report(a, b, "which meeting of the series this is", ca->text, cb->text, ev, "");
        if (out.size() > before) ordinal_pairs.emplace(key, before);
      }

  // A sentence a later version rewrote with another number for the same thing ("About 4,000
  // passengers in the United States are affected, the airline's administrators said" -> "About
  // 6,500 passengers ..., Britain's Civil Aviation Authority said"; "burning for more than 30
  // hours" -> "more than 36 hours"): an update, even when the two sentences' events did not merge
  // (another speaker, other words around). Once per version pair and count, and not again when
  // an event's own mentions told it (above).
  {
    auto holds_value = [](const std::vector<NumberClaim>& cs, const NumberClaim& c) {  // "4,000" still said in the other
      return std::any_of(cs.begin(), cs.end(), [&](const NumberClaim& o) { return o.kind == c.kind && o.value == c.value && o.head == c.head; });
    };
    std::set<std::tuple<std::size_t, int, std::string, long long, long long>> told;  // "at least 40 homes" and "40 homes": once
    std::set<std::tuple<std::size_t, int, std::string>> updated;
    for (const auto& d : out)
      if (d.kind == "update" && d.mentions.size() >= 2)
        updated.emplace(mentions[d.mentions[0]].document, std::min(mentions[d.mentions[0]].version, mentions[d.mentions[1]].version), d.what);
    for (const auto& [before, after] : rewritten_sentences(corpus, mentions)) {
      const std::size_t a = before.front(), b = after.front();
      const std::size_t doc = mentions[a].document;
      const int version = mentions[a].version;
      std::optional<std::size_t> ev;
      if (event_of[a] == event_of[b]) ev = event_of[a];
      for (const auto& ca : claims(a))
        for (const auto& cb : claims(b))
          if (ca.kind == cb.kind && ca.kind == "cardinal" && !ca.head.empty() && ca.head == cb.head && ca.value != cb.value &&
              !holds_value(claims(b), ca) && !holds_value(claims(a), cb) && !updated.count({doc, version, number_question(ca)}) &&
              told.emplace(doc, version, ca.head, ca.value, cb.value).second)
            report(a, b, number_question(ca), ca.text, cb.text, ev, "");
      for (auto ma : before)
        for (const auto& da : mentions[ma].durations)
          for (auto mb : after)
            for (const auto& db : mentions[mb].durations) {
              auto la = duration_minutes(da.timex.value), lb = duration_minutes(db.timex.value);
              if (!la || !lb || *la == *lb || da.delay != db.delay || updated.count({doc, version, length_question(da)}) ||
                  !told.emplace(doc, version, da.delay ? "delay" : "duration", *la, *lb).second)
                continue;
              bool lower = da.timex.mod == "MORE_THAN" && db.timex.mod == "MORE_THAN";
              report(ma, mb, length_question(da), duration_text(corpus, mentions[ma], da), duration_text(corpus, mentions[mb], db),
                     event_of[ma] == event_of[mb] ? std::optional<std::size_t>(event_of[ma]) : std::nullopt,
                     lower ? " (both lower bounds: compatible, the larger holds)" : "");
            }
    }
  }

  // One act told at times that cannot both hold ("arrived at 9pm on Friday" / "at 11pm"): the
  // merge kept the two apart for their times; the times, as each report writes them, disagree.
  for (auto [a, b] : apart_by_time)
    report(a, b, "when it happened", anchor_text(corpus, mentions[a]), anchor_text(corpus, mentions[b]), std::nullopt, "");
  return group_disagreements(std::move(out));
}

}  // namespace timeline
