#include "event_merge.hpp"
#include "time_bounds.hpp"
#include "union_find.hpp"

#include "lexicon.hpp"
#include "string_hash.hpp"
#include "tokens.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <compare>
#include <cstdint>
#include <iterator>
#include <limits>
#include <map>
#include <set>
#include <numeric>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

namespace timeline {
namespace {

// Words that say nothing about which event a sentence reports; speech verbs are here because
// every statement has one, so they would make any two statements look alike.
const StringSet& stop_words() {
  static const StringSet words = {
      "a", "about", "according", "added", "after", "also", "an", "and", "are", "as", "at", "be",
      "been", "before", "but", "by", "could", "did", "do", "for", "from", "had", "has", "have", "he",
      "her", "his", "in", "into", "is", "it", "its", "mr", "mrs", "ms", "not", "of", "on", "or",
      "over", "said", "say", "saying", "she", "should", "tell", "than", "that", "the", "their",
      "them", "there", "they", "this", "to", "told", "was", "we", "were", "which", "who", "will",
      "with", "would"};
  return words;
}

// Per byte: an ASCII letter or digit lowercased, a byte of a UTF-8 sequence as it is (words of
// any script), 0 for a word break. A table, because the merge cuts every sentence of the corpus.
constexpr std::array<char, 256> kWordByte = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 'A' && c <= 'Z') t[c] = static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) t[c] = static_cast<char>(c);
  }
  return t;
}();

bool word_byte(unsigned char c) { return kWordByte[c] != 0; }

std::vector<std::string> raw_tokens(std::string_view text) {
  std::vector<std::string> out;
  auto word = [](char ch) { return word_byte(static_cast<unsigned char>(ch)); };
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && !word(text[i])) ++i;
    const std::size_t begin = i;
    while (i < text.size() && word(text[i])) ++i;
    if (i == begin) continue;
    std::string& t = out.emplace_back(text.substr(begin, i - begin));
    for (char& ch : t) ch = kWordByte[static_cast<unsigned char>(ch)];
  }
  return out;
}

// Lower and upper bound of an anchor's window for the event itself (before: only the upper bound holds).
std::pair<std::optional<Minutes>, std::optional<Minutes>> event_window(const TimeAnchor& a) {
  auto [lo, hi] = widened_bounds(a);
  // "shortly before 4am" is within the hour before 4am; "before 4am", any time before.
  if (a.relation == AnchorRelation::before) lo = a.within && lo ? std::optional<Minutes>(*lo - *a.within) : std::nullopt;
  if (a.relation == AnchorRelation::after) hi = a.within && hi ? std::optional<Minutes>(*hi + *a.within) : std::nullopt;
  // Going on at a time ("are continuing" at the publication): it began before and ends after; for
  // the merge, within a day either side (two reports of one round of talks an hour apart).
  if (a.relation == AnchorRelation::includes && lo && hi) lo = *lo - 1440, hi = *hi + 1440;
  return {lo, hi};
}

Minutes floor_day(Minutes m) { return m >= 0 ? m / 1440 : -((-m + 1439) / 1440); }

// The quotations of a sentence ("...", “...”, ‘...’) as word sequences of at least three words.
std::vector<std::vector<std::string>> quotations(std::string_view sentence) {
  static const std::vector<std::pair<std::string_view, std::string_view>> marks = {
      {"\"", "\""}, {"\u201c", "\u201d"}, {"\u2018", "\u2019"}};
  std::vector<std::vector<std::string>> out;
  for (const auto& [open, close] : marks) {
    std::size_t at = 0;
    while ((at = sentence.find(open, at)) != std::string_view::npos) {
      std::size_t begin = at + open.size();
      std::size_t end = sentence.find(close, begin);
      if (end == std::string_view::npos) break;
      // An apostrophe inside a word ("Kerry’s") is no closing quote mark: look for the next one.
      while (close == "\u2019" && end + close.size() < sentence.size() && word_byte(static_cast<unsigned char>(sentence[end + close.size()])))
        if ((end = sentence.find(close, end + close.size())) == std::string_view::npos) break;
      if (end == std::string_view::npos) break;
      if (auto words = raw_tokens(sentence.substr(begin, end - begin)); words.size() >= 3) out.push_back(std::move(words));
      at = end + close.size();
    }
  }
  return out;
}

// True when a quotation of one sentence (three words or more) is word for word inside a
// quotation of the other: two reports quoting the same words report the same statement.
bool share_quotation(const std::vector<std::vector<std::string>>& a, const std::vector<std::vector<std::string>>& b) {
  auto inside = [](const std::vector<std::string>& part, const std::vector<std::string>& whole) {
    return std::search(whole.begin(), whole.end(), part.begin(), part.end()) != whole.end();
  };
  for (const auto& x : a)
    for (const auto& y : b)
      if ((x.size() <= y.size() && inside(x, y)) || (y.size() < x.size() && inside(y, x))) return true;
  return false;
}

// True when two TIMEX3 dates differ in a digit both state, in the same place of the same form
// ("XXXX-01" / "XXXX-12", "2016-09-08" / "2016-09-09"); "2016-09" / "2016-09-09" and "2016-W36" /
// "2016-09-09" do not clash here (their windows are compared elsewhere).
bool timex_values_clash(std::string_view a, std::string_view b) {
  auto date_part = [](std::string_view v) { return v.substr(0, v.find('T')); };
  a = date_part(a), b = date_part(b);
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t k = 0; k < n; ++k) {
    if (a[k] == 'X' || b[k] == 'X') continue;  // not stated by one of them
    const bool da = a[k] >= '0' && a[k] <= '9', db = b[k] >= '0' && b[k] <= '9';
    if (da && db && a[k] != b[k]) return true;
    if (a[k] != b[k]) return false;  // another form ("W", "Q", "SU"): no verdict here
  }
  return false;
}

// True when every word of the shorter label (three words or more) is in the longer one: a report
// that rewrites a sentence keeps its event's words and adds or drops others ("Guests fell
// asleep." / "Some of guests fell asleep right in hall."); "Police arrested two men" and
// "Police arrested third man" differ in a word.
bool label_within(std::string_view a, std::string_view b) {
  auto wa = raw_tokens(a), wb = raw_tokens(b);
  if (wa.size() > wb.size()) std::swap(wa, wb);
  if (wa.size() < 3) return false;  // "Blair left." says too little
  std::sort(wb.begin(), wb.end());
  return std::all_of(wa.begin(), wa.end(), [&](const std::string& w) { return std::binary_search(wb.begin(), wb.end(), w); });
}

}  // namespace

std::pair<std::optional<Minutes>, std::optional<Minutes>> widened_bounds(const TimeAnchor& a) {
  std::optional<Minutes> lo = a.earliest, hi = a.latest;
  if (a.timex.mod == "APPROX" && lo && hi) {
    // "about 9pm", "around mid-September": half the stated width on each side, at least an hour
    // for a round hour, half an hour for a half or quarter hour, a quarter for "about 8.40pm".
    const std::string& v = a.timex.value;
    const auto t = v.find('T');
    Minutes least = 60;
    if (t != std::string::npos && v.size() >= t + 6 && v[t + 3] == ':') {
      const std::string_view mm = std::string_view(v).substr(t + 4, 2);
      least = mm == "00" ? 60 : (mm == "30" || mm == "15" || mm == "45") ? 30 : 15;
    }
    Minutes pad = std::max<Minutes>(least, (*hi - *lo) / 2);
    *lo -= pad;
    *hi += pad;
  }
  return {lo, hi};
}

// A proper name ("Sergey Lavrov", "UN"), not a role or group standing for whoever holds it
// ("official", "journalists", "monitoring group"): those are in every story.
bool proper_name(std::string_view name) { return !name.empty() && !(name[0] >= 'a' && name[0] <= 'z'); }

const Version* find_version(const Document& doc, int index) {
  for (const auto& v : doc.versions)
    if (v.index == index) return &v;
  return nullptr;
}

Span mention_sentence_span(const Corpus& corpus, const EventMention& m) {
  if (m.document >= corpus.documents.size()) return {};
  const Version* v = find_version(corpus.documents[m.document], m.version);
  if (v == nullptr || m.sentence >= v->sentences.size()) return {};
  return v->sentences[m.sentence].span;
}

std::string_view mention_sentence(const Corpus& corpus, const EventMention& m) {
  Span s = mention_sentence_span(corpus, m);
  if (s.empty() || m.document >= corpus.documents.size()) return {};
  const Document& d = corpus.documents[m.document];
  if (s.end > d.bytes.size()) return {};
  return d.text(s);
}

bool mention_before(const Corpus& corpus, const EventMention& a, const EventMention& b) {
  auto key = [&](const EventMention& m) {
    std::string_view path, id;
    if (m.document < corpus.documents.size()) {
      path = corpus.documents[m.document].path;
      id = corpus.documents[m.document].id;
    }
    // Ids of one version share their prefix: shorter first is their counter's order ("#9" before
    // "#10"), so two mentions of one trigger keep the order they were found in.
    return std::make_tuple(path, id, m.document, m.version, mention_sentence_span(corpus, m).begin,
                           m.trigger.begin, m.trigger.end, m.id.size(), std::string_view(m.id));
  };
  return key(a) < key(b);
}

// The content words of a sentence in their order, repeats kept, stemmed: what every mention of
// the sentence starts from.
static std::vector<std::string> sentence_words(std::string_view sentence) {
  std::vector<std::string> out = raw_tokens(sentence);
  std::erase_if(out, [](const std::string& t) { return t.size() < 2 || stop_words().contains(t); });
  for (auto& t : out) stem_plural(t);
  return out;
}

// The words of `phrases` as the content words are cut and stemmed, added to `out`.
static void stemmed_words(const std::vector<std::string>& phrases, std::vector<std::string>& out) {
  for (const auto& d : phrases)
    for (auto& t : raw_tokens(d)) {
      stem_plural(t);
      out.push_back(std::move(t));
    }
}

// `words` without the words in `dropped` (sorted), repeats kept (word pairs are read from it).
static std::vector<std::string> without(const std::vector<std::string>& words, const std::vector<std::string>& dropped) {
  std::vector<std::string> out;
  for (const auto& t : words)
    if (!std::binary_search(dropped.begin(), dropped.end(), t)) out.push_back(t);
  return out;
}

static std::vector<std::string> content_sequence(std::string_view sentence, const std::vector<std::string>& drop) {
  std::vector<std::string> dropped;
  stemmed_words(drop, dropped);
  std::sort(dropped.begin(), dropped.end());
  return without(sentence_words(sentence), dropped);
}

std::vector<std::string> content_tokens(std::string_view sentence, const std::vector<std::string>& drop) {
  std::vector<std::string> out = content_sequence(sentence, drop);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {
struct Act {
  std::string name;
  bool once = false;  ///< befalls a person once in a story
};
const std::unordered_map<std::string, Act>& acts() {
  static const std::unordered_map<std::string, Act> table = [] {
    std::unordered_map<std::string, Act> t;
    for (const auto& row : embedded_rows("event_acts.tsv")) {
      const std::string at = "event_acts.tsv line " + std::to_string(row.line);
      if (row.fields.size() < 2 || row.fields.size() > 3 || (row.fields.size() == 3 && row.fields[2] != "once"))
        throw std::runtime_error(at + ": expected lemma, act and optionally 'once'");
      if (!t.emplace(std::string(row.fields[0]), Act{std::string(row.fields[1]), row.fields.size() == 3}).second)
        throw std::runtime_error(at + ": '" + std::string(row.fields[0]) + "' listed twice");
    }
    return t;
  }();
  return table;
}
}  // namespace

const std::string& act_of(const std::string& lemma) {
  auto it = acts().find(lemma);
  return it == acts().end() ? lemma : it->second.name;
}

bool act_once(const std::string& lemma) {
  auto it = acts().find(lemma);
  return it != acts().end() && it->second.once;
}

bool act_listed(const std::string& lemma) { return acts().count(lemma) > 0; }

namespace {
struct Occurrence {
  std::string scope;
  bool object = false;  ///< also right after a verb: "arrested a third man"
};
const std::unordered_map<std::string, Occurrence>& occurrence_table() {
  static const auto table = [] {
    std::unordered_map<std::string, Occurrence> t;
    for (const auto& row : embedded_rows("occurrence_words.tsv")) {
      if (row.fields.size() < 2 || (row.fields.size() > 2 && row.fields[2] != "object"))
        throw std::runtime_error("occurrence_words.tsv:" + std::to_string(row.line) + ": expected word, scope[, object]");
      t[std::string(row.fields[0])] = {std::string(row.fields[1]), row.fields.size() > 2};
    }
    return t;
  }();
  return table;
}
}  // namespace

std::string_view occurrence_word(std::string_view word, bool in_sentence) {
  const auto& table = occurrence_table();
  auto it = table.find(std::string(word));
  if (it == table.end() || (!in_sentence && it->second.scope != "merge")) return {};
  return it->first;
}

StoryNames::StoryNames(const std::vector<EventMention>& mentions) {
  for (const auto& m : mentions) {
    if (m.document >= names_.size()) names_.resize(m.document + 1);
    for (const auto& p : m.participants)
      if (proper_name(p.entity)) names_[m.document].push_back(p.entity);
  }
  for (auto& v : names_) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
}

bool StoryNames::same_story(std::size_t document_a, std::size_t document_b, double overlap) const {
  static const std::vector<std::string> none;
  const auto& a = document_a < names_.size() ? names_[document_a] : none;
  const auto& b = document_b < names_.size() ? names_[document_b] : none;
  if (a.empty() || b.empty()) return true;  // nothing to tell them apart
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++shared, ++i, ++j;
  }
  return static_cast<double>(shared) >= overlap * static_cast<double>(std::min(a.size(), b.size()));
}

std::string_view other_instance(const Corpus& corpus, const EventMention& m) {
  // Words that, just before an event noun, name another occurrence of the act than the one the
  // story is about: "the previous talks", "the next meeting", "another meeting" (the words of
  // occurrence_words.tsv whose scope is the merge; the trigger of "the talks" is not always
  // tagged a noun, so the test does not ask).
  if (m.document >= corpus.documents.size()) return {};
  const std::string& bytes = corpus.documents[m.document].bytes;
  auto lower_at = [&](std::size_t b, std::size_t e) {  // the letters bytes[b, e), lowercased
    std::string w(bytes, b, e - b);
    for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
  };
  auto letter = [&](std::size_t k) { return std::isalpha(static_cast<unsigned char>(bytes[k])) != 0; };
  std::size_t end = std::min(m.trigger.begin, bytes.size());
  for (int word = 0; word < 2; ++word) {  // the two words before the trigger ("the next big meeting")
    while (end > 0 && (bytes[end - 1] == ' ' || bytes[end - 1] == '\n')) --end;
    std::size_t begin = end;
    while (begin > 0 && letter(begin - 1)) --begin;
    if (begin == end) break;
    if (auto w = occurrence_word(lower_at(begin, end), false); !w.empty()) return w;
    end = begin;
  }
  // "Police arrested a third man": after a verb, past an article, a word of the `object` rows.
  if (m.nominal) return {};
  auto next_word = [&](std::size_t at) {  // the letters of the word starting at or after `at`
    while (at < bytes.size() && bytes[at] == ' ') ++at;
    std::size_t e = at;
    while (e < bytes.size() && letter(e)) ++e;
    return std::pair{at, e};
  };
  auto [b, e] = next_word(std::min(m.trigger.end, bytes.size()));
  std::string w = lower_at(b, e);
  if (w == "a" || w == "an" || w == "the") std::tie(b, e) = next_word(e), w = lower_at(b, e);
  if (w.empty()) return {};
  const auto& table = occurrence_table();
  if (auto it = table.find(w); it != table.end() && it->second.object) return it->first;
  return {};
}

std::vector<MergedEvent> merge_mentions(const Corpus& corpus, const std::vector<EventMention>& mentions,
                                        const std::vector<Entity>& entities, const MergeOptions& options,
                                        MergeStats* stats) {
  MergeStats local;
  MergeStats& st = stats != nullptr ? *stats : local;
  st = {};
  const std::size_t n = mentions.size();
  // Work in canonical order so that nothing depends on the order the extractor produced.
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return mention_before(corpus, mentions[a], mentions[b]);
  });

  std::unordered_map<std::string, const Entity*> entity_by_name;
  for (const auto& e : entities) entity_by_name.emplace(e.name, &e);
  // A named person (not "officials", not a place): the rules for one meeting, one arrest and one
  // update ask for these.
  auto named_kind = [&](const std::string& name) -> std::string_view {  // "" when not a proper name of a known entity
    auto e = entity_by_name.find(name);
    return proper_name(name) && e != entity_by_name.end() ? std::string_view(e->second->kind) : std::string_view();
  };
  auto named_person = [&](const std::string& name) { return named_kind(name) == "person"; };
  // ... or a named organisation: what an act that befalls someone once may befall (a firm's collapse).
  auto named_party = [&](const std::string& name) {
    const std::string_view k = named_kind(name);
    return k == "person" || k == "organisation";
  };
  // The words of an entity's name and every alias, cut once per entity, not once per mention.
  std::unordered_map<std::string, std::vector<std::string>> words_by_entity;
  auto entity_words = [&](const std::string& name) -> const std::vector<std::string>& {
    auto [it, fresh] = words_by_entity.try_emplace(name);
    if (fresh) {
      std::vector<std::string> spellings{name};
      if (auto e = entity_by_name.find(name); e != entity_by_name.end())
        spellings.insert(spellings.end(), e->second->aliases.begin(), e->second->aliases.end());
      stemmed_words(spellings, it->second);
    }
    return it->second;
  };

  // Per mention (by canonical rank r): tokens, agents, all participant names, window, day buckets.
  // Words are numbers from the start (ids in order of first sight, renumbered in string order
  // below): at 10,000 reports the words and word pairs of every mention as strings were half the
  // build's memory.
  struct Info {
    std::vector<std::uint32_t> tokens;  ///< content words and "@non-agent" names, sorted ids
    std::vector<std::string> agents, names;
    std::vector<std::uint64_t> bigrams;  ///< adjacent content words ("real chance") as id pairs, sorted
    std::optional<Minutes> lo, hi;
    std::vector<Minutes> days;
    std::vector<int> months;  ///< months (year * 12 + month - 1) the window touches, when at most two months wide
    std::vector<int> years;   ///< years the window touches, when at most a year wide
    bool year_wide = false;   ///< the window is wider than two months ("last year", "in the summer")
    std::size_t quotes = 0;   ///< its sentence's quotations of three words or more: index in quote_sets
    std::string_view instance;  ///< "previous", "next"...: the word before the trigger naming another occurrence
  };
  std::vector<Info> info(n);
  std::unordered_map<std::string, std::uint32_t> word_seen;
  std::vector<const std::string*> spelling;  // by first-sight id (node keys do not move)
  auto word_id = [&](const std::string& w) {
    auto [it, fresh] = word_seen.try_emplace(w, static_cast<std::uint32_t>(spelling.size()));
    if (fresh) spelling.push_back(&it->first);
    return it->second;
  };
  std::vector<std::vector<std::vector<std::string>>> quote_sets{{}};  // [0]: none
  // Words and quotations of a sentence, read once for all its mentions: in canonical order the
  // mentions of one sentence come one after another, so only the last sentence is kept.
  std::tuple<std::size_t, int, std::size_t> last_sentence{std::numeric_limits<std::size_t>::max(), 0, 0};
  std::vector<std::uint32_t> sentence_ids;  // its content words, in order, as first-sight ids
  std::vector<std::uint32_t> dropped_ids;
  std::size_t sentence_quotes = 0;
  std::vector<std::size_t> sentence_begin(n);  // by rank: the rank of the first mention of its sentence
  for (std::size_t r = 0; r < n; ++r) {
    const EventMention& m = mentions[order[r]];
    Info& in = info[r];
    sentence_begin[r] = r > 0 ? sentence_begin[r - 1] : 0;
    if (std::tuple(m.document, m.version, m.sentence) != last_sentence) {
      sentence_begin[r] = r;
      last_sentence = {m.document, m.version, m.sentence};
      std::string_view text = mention_sentence(corpus, m);
      sentence_ids.clear();
      for (const auto& w : sentence_words(text)) sentence_ids.push_back(word_id(w));
      auto quotes = quotations(text);
      sentence_quotes = quotes.empty() ? 0 : quote_sets.size();
      if (!quotes.empty()) quote_sets.push_back(std::move(quotes));
    }
    in.instance = other_instance(corpus, m);
    std::vector<std::string> drop, dropped;
    std::vector<std::string> extra;
    for (const auto& p : m.participants) {
      // Every spelling of a participant is dropped from the words; non-agents come back as one
      // canonical token so that "Aleppo"/"Halab" still count as shared content.
      if (m.document < corpus.documents.size() && !p.span.empty() &&
          p.span.end <= corpus.documents[m.document].bytes.size())
        drop.emplace_back(corpus.documents[m.document].text(p.span));
      const auto& words_of_entity = entity_words(p.entity);
      dropped.insert(dropped.end(), words_of_entity.begin(), words_of_entity.end());
      in.names.push_back(p.entity);
      if (p.role == "agent") in.agents.push_back(p.entity);
      else extra.push_back("@" + p.entity);
    }
    if (!m.trigger.empty() && m.document < corpus.documents.size() &&
        m.trigger.end <= corpus.documents[m.document].bytes.size())
      drop.emplace_back(corpus.documents[m.document].text(m.trigger));
    drop.push_back(m.lemma);
    stemmed_words(drop, dropped);
    // A dropped word that no sentence has used cannot be among this sentence's words.
    dropped_ids.clear();
    for (const auto& w : dropped)
      if (auto it = word_seen.find(w); it != word_seen.end()) dropped_ids.push_back(it->second);
    std::sort(dropped_ids.begin(), dropped_ids.end());
    for (auto id : sentence_ids)
      if (!std::binary_search(dropped_ids.begin(), dropped_ids.end(), id)) in.tokens.push_back(id);
    in.quotes = sentence_quotes;
    for (std::size_t k = 0; k + 1 < in.tokens.size(); ++k)
      in.bigrams.push_back(std::uint64_t{in.tokens[k]} << 32 | in.tokens[k + 1]);
    for (const auto& x : extra) in.tokens.push_back(word_id(x));
    for (auto* v : {&in.agents, &in.names}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    if (m.anchor) std::tie(in.lo, in.hi) = event_window(*m.anchor);
    if (in.lo && in.hi && *in.hi - *in.lo <= 3 * 1440) {
      for (Minutes d = floor_day(*in.lo); d <= floor_day(*in.hi); ++d) in.days.push_back(d);
    } else if (m.document < corpus.documents.size() && corpus.documents[m.document].dct) {
      // No narrow anchor: the report's day and the day before (news reports yesterday's events).
      Minutes d = date::sys_days(corpus.documents[m.document].dct->day).time_since_epoch().count();
      in.days = {d - 1, d};
    } else {
      in.days = {std::numeric_limits<Minutes>::min()};  // undated: one bucket of its own
    }
    // A window of a few weeks ("in March 2020") is bucketed by month, and it also probes the day
    // buckets it covers, so that it meets "on 3 March" of another report without day-precise
    // mentions joining month buckets (those would grow with the whole month's news).
    if (in.lo && in.hi && *in.hi - *in.lo > 3 * 1440 && *in.hi - *in.lo <= 62 * 1440) {
      for (Minutes d = floor_day(*in.lo); d <= floor_day(*in.hi);) {
        auto ymd = date::year_month_day{date::sys_days{date::days{d}}};
        in.months.push_back(int(ymd.year()) * 12 + static_cast<int>(unsigned(ymd.month())) - 1);
        d = date::sys_days{date::year_month_day{ymd.year() / ymd.month() / date::last} }.time_since_epoch().count() + 1;
      }
    }
    // A window of up to a year ("last year", "in the summer") meets the finer times inside it
    // through year buckets (below): "was charged last year" / "was charged in September 2021".
    if (in.lo && in.hi && *in.hi - *in.lo <= 400 * 1440) {
      in.year_wide = *in.hi - *in.lo > 62 * 1440;
      auto year_of = [](Minutes at) { return int(date::year_month_day{date::sys_days{date::days{floor_day(at)}}}.year()); };
      for (int y = year_of(*in.lo); y <= year_of(*in.hi); ++y) in.years.push_back(y);
    }
  }

  const StoryNames story_names(mentions);
  auto same_story = [&](std::size_t da, std::size_t db) { return story_names.same_story(da, db, options.story_overlap); };
  auto any_name_shared = [&](std::size_t da, std::size_t db) { return story_names.same_story(da, db, 1e-9); };

  // Words and names as numbers: ids given in string order, so a sorted word list stays sorted as
  // ids and every sum over it runs in the same order. Blocking and the similarity then compare
  // integers instead of strings (the merge's cost at 10,000 reports was string compares).
  struct Vocabulary {
    std::unordered_map<std::string_view, std::uint32_t> id;
    std::size_t size() const { return id.size(); }
    void add(std::string_view w) { id.emplace(w, 0); }
    void number() {  // ids in string order
      std::vector<std::string_view> v;
      v.reserve(id.size());
      for (const auto& [w, unused] : id) v.push_back(w);
      std::sort(v.begin(), v.end());
      for (std::size_t k = 0; k < v.size(); ++k) id[v[k]] = static_cast<std::uint32_t>(k);
    }
    std::uint32_t operator()(std::string_view w) const { return id.at(w); }
  };
  Vocabulary names;
  for (const auto& in : info)
    for (const auto& t : in.names) names.add(t);
  names.number();
  const std::size_t vocabulary_size = spelling.size();
  std::vector<std::uint32_t> string_order(vocabulary_size);  // first-sight id -> id in string order
  {
    std::vector<std::uint32_t> by_string(vocabulary_size);
    std::iota(by_string.begin(), by_string.end(), std::uint32_t{0});
    std::sort(by_string.begin(), by_string.end(), [&](auto a, auto b) { return *spelling[a] < *spelling[b]; });
    for (std::size_t k = 0; k < vocabulary_size; ++k) string_order[by_string[k]] = static_cast<std::uint32_t>(k);
  }
  word_seen = {};
  spelling = {};
  std::vector<std::vector<std::uint32_t>> word_ids(n);
  for (std::size_t r = 0; r < n; ++r) {
    Info& in = info[r];
    for (auto& t : in.tokens) t = string_order[t];
    std::sort(in.tokens.begin(), in.tokens.end());
    in.tokens.erase(std::unique(in.tokens.begin(), in.tokens.end()), in.tokens.end());
    word_ids[r] = std::move(in.tokens);
    for (auto& g : in.bigrams) g = std::uint64_t{string_order[g >> 32]} << 32 | string_order[g & 0xffffffffu];
    std::sort(in.bigrams.begin(), in.bigrams.end());
    in.bigrams.erase(std::unique(in.bigrams.begin(), in.bigrams.end()), in.bigrams.end());
  }

  // Document frequency for the idf weights of the similarity.
  std::vector<std::size_t> df(vocabulary_size, 0);
  for (const auto& ids : word_ids)
    for (auto id : ids) ++df[id];
  std::vector<double> weight(vocabulary_size);
  for (std::size_t w = 0; w < vocabulary_size; ++w)
    weight[w] = std::log(1.0 + static_cast<double>(n) / static_cast<double>(df[w]));

  // Blocking: only mentions that share (class, day, participant) or (class, day, rare word) are compared.
  // A block is a run of equal keys in one sorted list of (key, mention).
  // The key is packed into two integers in the order (class, unit, when, kind, id), so that the
  // sort of a million entries compares two words instead of five fields (the sort was a quarter
  // of the merge).
  struct BlockKey {
    std::uint64_t high = 0, low = 0;
    auto operator<=>(const BlockKey&) const = default;
  };
  // unit 'd': day, 'm': month; kind 0: participant, 1: word, 2: act (event_acts.tsv).
  auto block_key = [](int cls, char unit, long long when, int kind, std::uint32_t id) {
    constexpr long long kBias = 1LL << 38;  // days and months of any date fit in 39 bits
    const std::uint64_t biased = when == std::numeric_limits<Minutes>::min()
                                     ? 0
                                     : static_cast<std::uint64_t>(std::clamp(when, 1 - kBias, kBias - 1) + kBias);
    return BlockKey{static_cast<std::uint64_t>(cls) << 40 | std::uint64_t{unit == 'm'} << 39 | biased,
                    static_cast<std::uint64_t>(kind) << 32 | id};
  };
  struct Entry {
    BlockKey key;
    std::uint32_t rank;
    auto operator<=>(const Entry&) const = default;
  };
  if (n > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("merge: more than 2^32 event mentions");
  std::vector<Entry> entries;
  std::vector<std::vector<std::pair<int, std::uint32_t>>> keys_of(n);
  std::map<std::string, std::uint32_t> act_ids;  // in order of first sight (canonical order)
  for (std::size_t r = 0; r < n; ++r) {
    const int cls = static_cast<int>(mentions[order[r]].cls);
    auto& keys = keys_of[r];
    for (const auto& name : info[r].names) keys.emplace_back(0, names(name));
    // A listed disaster of the day ("the main quake" and "a powerful earthquake" may share no
    // word and name no one): the one-disaster rule of the judge below needs the pair compared.
    // (One meeting needs two people in common: their names already share a block.)
    if (const std::string& lemma = mentions[order[r]].lemma;
        mentions[order[r]].cls == EventClass::disaster && act_listed(lemma)) {
      auto [it, fresh] = act_ids.try_emplace(act_of(lemma), static_cast<std::uint32_t>(act_ids.size()));
      keys.emplace_back(2, it->second);
    }
    // The two rarest words (document frequency looked up once per word, not per comparison).
    std::vector<std::pair<std::size_t, std::size_t>> rare;  // (df, index in tokens)
    for (std::size_t k = 0; k < word_ids[r].size(); ++k) rare.emplace_back(df[word_ids[r][k]], k);
    std::stable_sort(rare.begin(), rare.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t k = 0; k < rare.size() && k < 2; ++k) keys.emplace_back(1, word_ids[r][rare[k].second]);
    for (Minutes d : info[r].days)
      for (const auto& [kind, id] : keys) entries.push_back({block_key(cls, 'd', d, kind, id), static_cast<std::uint32_t>(r)});
    // The versions of one report meet by their verbs, whatever their words: a sentence a later
    // version rewrote ("at least 40 homes were destroyed" -> "at least 57") shares no rare word
    // with its first wording. One bucket per report and verb, at no time.
    if (const EventMention& m = mentions[order[r]];
        m.document < corpus.documents.size() && corpus.documents[m.document].versions.size() > 1 && !m.lemma.empty()) {
      const auto id = static_cast<std::uint32_t>(m.document * 2654435761u ^ std::hash<std::string>{}(m.lemma));
      entries.push_back({block_key(cls, 'd', std::numeric_limits<Minutes>::min(), 4, id), static_cast<std::uint32_t>(r)});
    }
    // An act that befalls a person once (an arrest, a verdict) meets every mention of it naming
    // that person, whenever each dates it: one bucket per act and person, at no time.
    if (const std::string& lemma = mentions[order[r]].lemma; act_once(lemma)) {
      auto [act, fresh] = act_ids.try_emplace(act_of(lemma), static_cast<std::uint32_t>(act_ids.size()));
      for (const auto& name : info[r].names)
        if (named_party(name))
          entries.push_back({block_key(cls, 'd', std::numeric_limits<Minutes>::min(), 3, names(name) << 8 ^ act->second),
                             static_cast<std::uint32_t>(r)});
    }
    for (int mo : info[r].months)
      for (const auto& [kind, id] : keys)
        // Participants only: a word, even among a mention's two rarest, is in many reports of a
        // month (month buckets by word grew faster than the corpus); the window also probes the
        // day buckets it covers (below).
        if (kind == 0) entries.push_back({block_key(cls, 'm', mo, kind, id), static_cast<std::uint32_t>(r)});
  }
  std::sort(entries.begin(), entries.end());
  // The run of `list` (sorted) holding key `k`.
  auto block_of = [](const std::vector<Entry>& list, const BlockKey& k) {
    auto lo = std::lower_bound(list.begin(), list.end(), k, [](const Entry& e, const BlockKey& key) { return e.key < key; });
    auto hi = lo;
    while (hi != list.end() && hi->key == k) ++hi;
    return std::make_pair(lo, hi);
  };
  // The blocks each mention is in (runs of `entries` small enough to use), so that each mention's
  // partners are gathered and made unique once: a pair shares many blocks (two days, several keys),
  // and listing it once per block cost more memory than the rest of the merge.
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> runs_of(n);  // [begin, end) in entries
  for (auto b = entries.begin(); b != entries.end();) {
    auto e = b;
    while (e != entries.end() && e->key == b->key) ++e;
    if (static_cast<std::size_t>(e - b) > options.max_block) {  // too common to tell events apart
      ++st.skipped_keys;
    } else if (e - b > 1) {
      auto run = std::make_pair(static_cast<std::uint32_t>(b - entries.begin()), static_cast<std::uint32_t>(e - entries.begin()));
      for (auto x = b; x != e; ++x) runs_of[x->rank].push_back(run);
    }
    b = e;
  }
  // Month-wide windows probe the day buckets they cover by participant and act; their pairs join
  // each mention's partners. Not by word: a month of day buckets holding a word grows with the
  // corpus's density (at 30,000 synthetic reports, 4.7 M probed pairs, nine times those of
  // 10,000), and no merge of the sample corpus, the seeds or the synthetic stories needed it.
  std::vector<std::pair<std::size_t, std::size_t>> probed;
  for (std::size_t r = 0; r < n; ++r) {
    if (info[r].months.empty()) continue;
    const int cls = static_cast<int>(mentions[order[r]].cls);
    for (Minutes d = floor_day(*info[r].lo); d <= floor_day(*info[r].hi); ++d)
      for (const auto& [kind, id] : keys_of[r]) {
        if (kind == 1) continue;
        auto [lo, hi] = block_of(entries, block_key(cls, 'd', d, kind, id));
        if (lo == hi || static_cast<std::size_t>(hi - lo) > options.max_block) continue;
        for (auto it = lo; it != hi; ++it)
          if (it->rank != r) probed.emplace_back(std::min<std::size_t>(r, it->rank), std::max<std::size_t>(r, it->rank));
      }
  }
  // Year-wide windows probe, by participant, every mention of the years they touch (day, month
  // or year windows): an index of its own, never paired within itself, so the mentions of a
  // busy year are not all compared with each other.
  {
    std::vector<Entry> by_year;
    for (std::size_t r = 0; r < n; ++r) {
      const int cls = static_cast<int>(mentions[order[r]].cls);
      for (int y : info[r].years)
        for (const auto& [kind, id] : keys_of[r])
          if (kind == 0) by_year.push_back({block_key(cls, 'd', y, kind, id), static_cast<std::uint32_t>(r)});
    }
    std::sort(by_year.begin(), by_year.end());
    for (std::size_t r = 0; r < n; ++r) {
      if (!info[r].year_wide) continue;
      const int cls = static_cast<int>(mentions[order[r]].cls);
      for (int y : info[r].years)
        for (const auto& [kind, id] : keys_of[r]) {
          if (kind != 0) continue;
          auto [lo, hi] = block_of(by_year, block_key(cls, 'd', y, kind, id));
          if (static_cast<std::size_t>(hi - lo) > options.max_block) continue;
          for (auto it = lo; it != hi; ++it)
            if (it->rank != r) probed.emplace_back(std::min<std::size_t>(r, it->rank), std::max<std::size_t>(r, it->rank));
        }
    }
  }
  // A headline and the lead that restates it may share no participant and no rare word ("Kessel
  // jailed" / "a former finance director ... was jailed"): a heading's mention probes the
  // mentions of its version with the same verb (one version's mentions are consecutive ranks).
  auto in_heading = [&](const EventMention& m) {
    const Version* v = m.document < corpus.documents.size() ? find_version(corpus.documents[m.document], m.version) : nullptr;
    return v != nullptr && m.sentence < v->sentences.size() && v->sentences[m.sentence].heading;
  };
  for (std::size_t r = 0; r < n; ++r) {
    const EventMention& m = mentions[order[r]];
    if (!in_heading(m)) continue;
    for (std::size_t k = r + 1, seen = 0; k < n && seen < options.max_block; ++k, ++seen) {
      const EventMention& o = mentions[order[k]];
      if (o.document != m.document || o.version != m.version) break;
      if (o.lemma == m.lemma && o.cls == m.cls) probed.emplace_back(r, k);
    }
  }
  std::sort(probed.begin(), probed.end());

  auto similarity = [&](std::size_t ra, std::size_t rb) {
    const auto& a = word_ids[ra];
    const auto& b = word_ids[rb];
    double shared = 0, total = 0;
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
      if (j == b.size() || (i < a.size() && a[i] < b[j])) {
        total += weight[a[i++]];
      } else if (i == a.size() || b[j] < a[i]) {
        total += weight[b[j++]];
      } else {
        shared += 2 * weight[a[i]];
        total += 2 * weight[a[i]];
        ++i, ++j;
      }
    }
    return total > 0 ? shared / total : 0.0;  // weighted Dice
  };
  // The share of ra's words (by weight) that rb has too: a headline's words are most of them in
  // its lead, which has many more of its own.
  auto contained = [&](std::size_t ra, std::size_t rb) {
    const auto& a = word_ids[ra];
    const auto& b = word_ids[rb];
    double shared = 0, total = 0;
    for (auto w : a) {
      total += weight[w];
      if (std::binary_search(b.begin(), b.end(), w)) shared += weight[w];
    }
    return total > 0 ? shared / total : 0.0;
  };

  struct Pair {
    double score;
    std::size_t a, b;
    bool repeat = false;  ///< two mentions of one version: the cannot-link does not apply
    bool by_story = false;  ///< no shared participant: every report of both sides must tell one story
  };
  std::vector<Pair> pairs;
  // One act of one named agent told alike by two reports (or versions), each at a time it states
  // to within a day, the two times apart: a disagreement on when, not two events. Statements are
  // left out (a speaker says things at several times), as are plans and negations.
  std::vector<std::pair<std::size_t, std::size_t>> apart;  // ranks
  // Whether the two give an agent in common, and whether one such agent is a proper name.
  struct SharedAgents {
    bool any = false, named = false;
  };
  auto shared_agents = [](const Info& ia, const Info& ib) {
    SharedAgents out;
    for (const auto& x : ia.agents)
      if (std::binary_search(ib.agents.begin(), ib.agents.end(), x)) {
        out.any = true;
        out.named = out.named || proper_name(x);
      }
    return out;
  };
  auto told_apart = [&](std::size_t a, std::size_t b) {
    const EventMention& ma = mentions[order[a]];
    const EventMention& mb = mentions[order[b]];
    if (ma.cls == EventClass::statement || !ma.modality.empty() || !mb.modality.empty() || ma.negated) return false;
    const Info& ia = info[a];
    const Info& ib = info[b];
    auto stated_day = [](const EventMention& m, const Info& x) {
      return m.anchor && m.anchor->source == AnchorSource::timex && x.lo && x.hi && *x.hi - *x.lo <= 1440;
    };
    if (!stated_day(ma, ia) || !stated_day(mb, ib) || std::max(*ia.lo, *ib.lo) - std::min(*ia.hi, *ib.hi) > 1440) return false;
    if (act_of(ma.lemma) != act_of(mb.lemma)) return false;
    if (ma.document == mb.document ? ma.lemma != mb.lemma : !same_story(ma.document, mb.document)) return false;
    return shared_agents(ia, ib).named && similarity(a, b) >= options.shared_agent_similarity;
  };
  // A plan and the act that carried it out: "He will be sentenced next month" (a report of May)
  // and "Kessel was jailed ... on Friday" (10 June): one act of a listed kind, named by the same
  // proper name, neither negated nor a statement, in two reports; the plan said to
  // happen (will, would, plan, expect) at a stated time of at most a month that holds the act's
  // stated time. "may", "hope" and conditions are no plans carried out. The shared name ties the
  // reports (a local paper and a court report name different people besides).
  auto plan_carried_out = [&](std::size_t a, std::size_t b) {
    const bool a_plan = mentions[order[b]].modality.empty();
    const std::size_t p = a_plan ? a : b, f = a_plan ? b : a;
    const EventMention& plan = mentions[order[p]];
    const EventMention& fact = mentions[order[f]];
    static const std::set<std::string, std::less<>> carried{"will", "would", "plan", "expect"};
    if (!carried.count(plan.modality) || !fact.modality.empty() || plan.negated || fact.negated ||
        plan.cls == EventClass::statement || plan.document == fact.document || plan.lemma.empty() || fact.lemma.empty() ||
        !act_listed(plan.lemma) || act_of(plan.lemma) != act_of(fact.lemma))
      return false;
    const Info& ip = info[p];
    return plan.anchor && plan.anchor->source == AnchorSource::timex && ip.lo && ip.hi && *ip.hi - *ip.lo <= 33 * 1440;  // a month, widened for zones
  };
  // (plan, act) rank pairs; the name they share and the act's time are looked for in the act's
  // whole event, once the other merges are done: the headline names Kessel, the lead with the
  // time ("on Friday") does not.
  std::vector<std::pair<std::size_t, std::size_t>> plans_carried_out;
  // Each candidate pair (a, b), a < b, is judged as soon as a's partners are known: the pairs are
  // never all listed (at 10,000 reports, 3 million of them).
  auto judge = [&](std::size_t a, std::size_t b) {
    const EventMention& ma = mentions[order[a]];
    const EventMention& mb = mentions[order[b]];
    if (ma.cls == mb.cls && ma.modality.empty() != mb.modality.empty() && plan_carried_out(a, b)) {
      plans_carried_out.emplace_back(ma.modality.empty() ? b : a, ma.modality.empty() ? a : b);
      return;
    }
    if (ma.cls != mb.cls || ma.negated != mb.negated || ma.modality.empty() != mb.modality.empty()) return;
    if (info[a].instance != info[b].instance) return;  // "the previous talks" are not "the talks"
    const bool same_version = ma.document == mb.document && ma.version == mb.version;
    const Info& ia = info[a];
    const Info& ib = info[b];
    if ((ia.lo && ib.hi && *ia.lo > *ib.hi) || (ib.lo && ia.hi && *ib.lo > *ia.hi)) {  // times that cannot overlap
      if (!same_version && told_apart(a, b)) apart.emplace_back(a, b);
      return;
    }
    // Dates no publication places ("in January" / "in December" of undated reports: XXXX-01,
    // XXXX-12) still cannot be one when a digit both give differs.
    if (ma.anchor && mb.anchor && ma.anchor->source == AnchorSource::timex && mb.anchor->source == AnchorSource::timex &&
        timex_values_clash(ma.anchor->timex.value, mb.anchor->timex.value))
      return;
    const auto [shared_agent, named_agent] = shared_agents(ia, ib);  // ... named: a proper name both give as the agent
    if (!ia.agents.empty() && !ib.agents.empty() && !shared_agent) return;  // different actors
    double sim = similarity(a, b);
    // One plan: the same act said to happen at one stated time (the same TIMEX3 value, fully
    // known: "next week" is 2021-W23 in both), with a named participant in common, in one report
    // or two of one story: "Halloran said the two might be continuing their talks next week" /
    // "'We may call it a day, maybe meeting again next week,' Halloran said".
    const bool one_plan = [&] {
      if (ma.modality.empty() || mb.modality.empty() || ma.cls == EventClass::statement || act_of(ma.lemma) != act_of(mb.lemma) ||
          ma.lemma.empty() || !ma.anchor || !mb.anchor || ma.anchor->source != AnchorSource::timex ||
          mb.anchor->source != AnchorSource::timex || ma.anchor->timex.value.empty() ||
          ma.anchor->timex.value != mb.anchor->timex.value || ma.anchor->timex.value.find('X') != std::string::npos ||
          !ia.lo || !ia.hi)
        return false;
      if (ma.document != mb.document && !same_story(ma.document, mb.document)) return false;
      for (const auto& x : ia.names)
        if (proper_name(x) && std::binary_search(ib.names.begin(), ib.names.end(), x)) return true;
      return false;
    }();
    if (same_version) {
      // A report that restates one claim (the lead, then the body) reports one event: only the
      // same agent with the same verb, similar words and the same wording in places (shared
      // word pairs: "real chance", "advancing proposals"), so two claims of one speaker stay apart.
      std::size_t shared_bigrams = 0;
      for (const auto& g : ia.bigrams) shared_bigrams += std::binary_search(ib.bigrams.begin(), ib.bigrams.end(), g) ? 1 : 0;
      // A headline restates its lead in fewer words ("Kessel jailed for six years" / "A former
      // finance director who stole £2.3m was jailed for six years and three months on Friday"):
      // the same verb and wording, an agent in common or none given by one of them; with a named
      // agent in common the same verb is enough ("Carvenian bonds rally after Halm concedes
      // defeat" / "... after the country's prime minister, Andrej Halm, conceded defeat").
      const bool headline = (in_heading(ma) || in_heading(mb)) && (ia.agents.empty() || ib.agents.empty() || shared_agent) &&
                            contained(in_heading(ma) ? a : b, in_heading(ma) ? b : a) >= options.headline_contained;
      // A headline is short: fewer words to share.
      if ((ma.lemma == mb.lemma && ((shared_agent && sim >= options.repeat_similarity && shared_bigrams >= options.repeat_bigrams) ||
                                    (headline && (shared_bigrams >= 1 || named_agent)))) ||
          one_plan)
        pairs.push_back({sim, a, b, true});
      return;
    }
    bool shared_name = false;  // any participant, in any role ("Kessel was arrested" in two reports)
    bool shared_proper = false;  // ... named ("Kessel", not "officials")
    for (const auto& x : ia.names)
      if (std::binary_search(ib.names.begin(), ib.names.end(), x)) {
        shared_name = true;
        if (proper_name(x)) shared_proper = true;
      }
    const bool acts_alike = act_of(ma.lemma) == act_of(mb.lemma);  // the same act, in any of its words
    if (!acts_alike && act_listed(ma.lemma) && act_listed(mb.lemma)) return;  // two known acts: "arrived" / "left"
    const bool same_act = shared_name && acts_alike;
    // No named participant in common: only the story ties them, so the reports must tell one story.
    const bool by_story = !shared_proper && ma.document != mb.document;
    const bool stated_times = ma.anchor && mb.anchor && ma.anchor->source == AnchorSource::timex &&
                              mb.anchor->source == AnchorSource::timex && ia.lo && ia.hi && ib.lo && ib.hi;
    const bool one_act = named_agent && stated_times && ma.cls != EventClass::statement && acts_alike;
    // The same two people meeting, told in other words ("Kerry and Lavrov met in Geneva" / "held
    // three sessions of discussions" / "talks between Lavrov and Kerry"), on one day that one
    // report states and the other states too or was published within a day after: two people
    // hold one round of talks a day. Phone calls and plans (modality) are other acts.
    auto day_window = [](const Info& x) { return x.lo && x.hi && *x.hi - *x.lo <= 3 * 1440; };
    auto published_by = [&](const EventMention& m, const Info& x, const Info& stated) {
      if (!m.anchor && m.document < corpus.documents.size() && corpus.documents[m.document].dct) {
        // No time at all ("Kerry's meeting with Lavrov is their third"): its report's publication.
        const Minutes hi = publication_bounds(*corpus.documents[m.document].dct, 0).second;
        return hi >= *stated.lo && hi - *stated.hi <= 1440;
      }
      return m.anchor && (m.anchor->source == AnchorSource::publication_time || m.anchor->source == AnchorSource::version_time) &&
             x.hi && *x.hi >= *stated.lo && *x.hi - *stated.hi <= 1440;
    };
    auto shared_named = [&](const auto& named) {  // named people (or parties) both name
      std::size_t count = 0;
      for (const auto& x : ia.names)
        if (named(x) && std::binary_search(ib.names.begin(), ib.names.end(), x)) ++count;
      return count;
    };
    auto shared_people = [&] { return shared_named(named_person); };
    // One quake (explosion, derailment) of one story on one day, however each report words it
    // ("a powerful earthquake struck off Akita in the early hours of Thursday" / "the main quake
    // struck at 2.19am"): a sudden disaster of a listed act is one event a day. Fires and storms
    // that go on for days are not listed: their stages are events of their own.
    // Both dated to one day, or one dated and the other's report published within a day after it.
    auto one_day = [&] {
      auto stated_day = [&](const EventMention& m, const Info& x) {
        return day_window(x) && m.anchor && m.anchor->source == AnchorSource::timex;
      };
      return (stated_times && day_window(ia) && day_window(ib)) || (stated_day(ma, ia) && published_by(mb, ib, ia)) ||
             (stated_day(mb, ib) && published_by(ma, ia, ib));
    };
    const bool one_disaster = ma.cls == EventClass::disaster && acts_alike && act_listed(ma.lemma) && act_listed(mb.lemma) &&
                              ma.modality.empty() && one_day();
    // Neither states a day, both told as going on when their reports were out, within a day of
    // each other ("The talks in Oslo between Harlow and Moller are already in their sixth hour" /
    // "Harlow has been locked in negotiations with Moller for ten hours"): the same round of talks.
    auto published_together = [&] {
      auto published = [](const EventMention& m, const Info& x) {
        return m.anchor && x.hi &&
               (m.anchor->source == AnchorSource::publication_time || m.anchor->source == AnchorSource::version_time ||
                m.anchor->source == AnchorSource::paragraph_header);
      };
      return published(ma, ia) && published(mb, ib) && std::max(*ia.hi, *ib.hi) - std::min(*ia.hi, *ib.hi) <= 1440;
    };
    // One act with the same verb at one named place or person, each report stating its time to
    // within a day ("a bushfire ... reached its outskirts at about 9pm" / "two days after the fire
    // reached Koonawarra"): the same event told in other sentences.
    const bool one_named_act = ma.cls != EventClass::statement && ma.lemma == mb.lemma && shared_proper && stated_times &&
                               day_window(ia) && day_window(ib) && ma.modality.empty() && mb.modality.empty() &&
                               !ma.negated && !mb.negated;
    // One arrest (verdict, sentence, release) of one named person, in any words and however
    // vaguely dated ("Kessel was arrested on 3 March" / "Kessel was detained at Heathrow a few
    // weeks later" / "the day before his arrest"): such an act befalls a person once a story.
    const bool one_person_act = acts_alike && act_once(ma.lemma) && act_once(mb.lemma) && ma.modality.empty() &&
                                mb.modality.empty() && !ma.negated && !mb.negated && shared_named(named_party) >= 1;
    const bool one_meeting = ma.cls == EventClass::meeting && acts_alike && ma.modality.empty() && shared_proper &&
                             (one_day() || published_together()) && shared_people() >= 2;
    // Reports of one story: most of the smaller one's names in both; for one sudden disaster of a
    // day any name in common (a wire report and a local paper name different officials and
    // places, but the same prefecture).
    if (by_story && !same_story(ma.document, mb.document) && !(one_disaster && any_name_shared(ma.document, mb.document)))
      return;
    double threshold = ma.document == mb.document       ? options.version_similarity
                       : one_act || one_meeting || one_disaster || one_named_act || one_person_act || one_plan ? options.same_act_similarity
                       : shared_agent || same_act       ? options.shared_agent_similarity
                                                        : options.no_agent_similarity;
    if (ma.document == mb.document && ma.lemma != mb.lemma && !one_plan) return;
    // The same words quoted by the same speaker: one statement however differently it is framed
    // ("ready to \"walk away from the table\"" / "\"We may simply walk away from the table\"").
    const bool quoted_alike = shared_agent && share_quotation(quote_sets[ia.quotes], quote_sets[ib.quotes]);
    // The same act of the same agent told again in the same words, more or fewer of them (a
    // version that rewrites its sentence), both over by times within a day of each other: one
    // event, however the rest of the sentences differ. Undated, "in January" and "in December"
    // could not be told apart.
    const bool agent_in_common = shared_agent;  // (a structured binding is no lambda capture before C++20 in clang 14)
    auto restated = [&] {  // asked only of pairs the similarity leaves apart (it reads both labels)
      return ma.cls != EventClass::statement && ma.lemma == mb.lemma && agent_in_common && ma.modality.empty() &&
             mb.modality.empty() && !ma.negated && !mb.negated && ia.hi && ib.hi &&
             std::max(*ia.hi, *ib.hi) - std::min(*ia.hi, *ib.hi) <= 1440 && label_within(ma.label, mb.label);
    };
    if (sim < threshold && !quoted_alike && !restated()) return;
    // Versions of one report first: their near-identical sentences are the surest merges.
    // One meeting or disaster of a day, or one person's arrest, may be told several times in one
    // report (headline, lead, body; "was detained" and "his arrest"): those joins may put two
    // mentions of one version in the event.
    pairs.push_back({sim + (ma.document == mb.document ? 1.0 : 0.0), a, b, one_meeting || one_disaster || one_person_act || one_plan,
                     by_story && !one_disaster});
  };
  std::vector<std::size_t> partners;
  std::size_t next_probe = 0;
  for (std::size_t r = 0; r < n; ++r) {
    partners.clear();
    for (auto [b, e] : runs_of[r])
      for (auto k = b; k < e; ++k)
        if (entries[k].rank > r) partners.push_back(entries[k].rank);
    for (; next_probe < probed.size() && probed[next_probe].first == r; ++next_probe) partners.push_back(probed[next_probe].second);
    std::sort(partners.begin(), partners.end());
    partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
    st.candidate_pairs += partners.size();
    for (auto o : partners) judge(r, o);
    runs_of[r] = {};
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
    return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
  });

  // Union-find with a cannot-link: one event holds at most one mention per version of a report,
  // so that two statements of one report never join through a third report resembling both.
  UnionFind uf(n);
  std::vector<std::vector<std::pair<std::size_t, int>>> slots(n);
  for (std::size_t r = 0; r < n; ++r) slots[r] = {{mentions[order[r]].document, mentions[order[r]].version}};
  auto join = [&](const Pair& p) {
    std::size_t x = uf.find(p.a), y = uf.find(p.b);
    if (x == y) return;
    bool clash = false;
    for (const auto& s : slots[y])
      if (!p.repeat && std::binary_search(slots[x].begin(), slots[x].end(), s)) clash = true;
    // A chain of look-alike sentences must not carry an event from one story into another.
    if (p.by_story)
      for (const auto& s : slots[x])
        for (const auto& t : slots[y])
          if (!clash && s.first != t.first && !same_story(s.first, t.first)) clash = true;
    if (clash) return;
    if (y < x) std::swap(x, y);
    uf.parent[y] = x;
    ++st.unions;
    slots[x].insert(slots[x].end(), slots[y].begin(), slots[y].end());
    std::sort(slots[x].begin(), slots[x].end());
    slots[y].clear();
  };
  for (const auto& p : pairs) join(p);
  if (!plans_carried_out.empty()) {
    struct ActEvent {
      std::vector<std::string_view> names;  // proper names of its mentions
      std::vector<std::size_t> stated;      // its facts dated by a time expression (ranks)
    };
    std::map<std::size_t, ActEvent> act_events;  // root -> ...
    for (const auto& [plan, act] : plans_carried_out) act_events[uf.find(act)];
    for (std::size_t r = 0; r < n; ++r)
      if (auto it = act_events.find(uf.find(r)); it != act_events.end()) {
        for (const auto& x : info[r].names)
          if (proper_name(x)) it->second.names.push_back(x);
        const EventMention& m = mentions[order[r]];
        if (m.anchor && m.anchor->source == AnchorSource::timex && m.modality.empty() && info[r].lo && info[r].hi)
          it->second.stated.push_back(r);
      }
    for (auto& [root, ev] : act_events) {
      std::sort(ev.names.begin(), ev.names.end());
      ev.names.erase(std::unique(ev.names.begin(), ev.names.end()), ev.names.end());
    }
    std::sort(plans_carried_out.begin(), plans_carried_out.end());
    for (const auto& [plan, act] : plans_carried_out) {
      const ActEvent& ev = act_events[uf.find(act)];
      const Info& ip = info[plan];
      bool shared = false, within = !ev.stated.empty();  // every stated time of the act inside the plan's
      for (const auto& x : ip.names) shared = shared || std::binary_search(ev.names.begin(), ev.names.end(), std::string_view(x));
      for (auto r : ev.stated) within = within && *info[r].lo >= *ip.lo && *info[r].hi <= *ip.hi;
      if (shared && within) join({similarity(plan, act), plan, act, false, false});
    }
  }

  // What one statement says is one event: when two reports' statements merged ("Harlow stressed
  // that both unions could still sign" / "... said in Oslo that both unions could still sign"),
  // the events they report with the same verb merge too,
  // however differently each sentence frames them (the speaker, the place, "Earlier on Friday").
  std::map<std::size_t, std::vector<std::size_t>> statements_by_event;  // root -> statement ranks
  for (std::size_t r = 0; r < n; ++r)
    if (mentions[order[r]].cls == EventClass::statement) statements_by_event[uf.find(r)].push_back(r);
  for (const auto& [root, said] : statements_by_event) {
    if (said.size() < 2) continue;
    // Each reported event, keyed by what must agree: verb, class, polarity, whether hypothetical.
    std::map<std::tuple<std::string, EventClass, bool, bool>, std::vector<std::size_t>> reported;
    for (auto s : said) {
      const EventMention& ms = mentions[order[s]];
      for (std::size_t k = sentence_begin[s]; k < n && sentence_begin[k] == sentence_begin[s]; ++k) {
        const EventMention& mk = mentions[order[k]];
        if (mk.cls == EventClass::statement || mk.trigger.begin <= ms.trigger.begin) continue;
        reported[{mk.lemma, mk.cls, mk.negated, mk.modality.empty()}].push_back(k);
      }
    }
    for (auto& [key, ranks] : reported) {
      std::sort(ranks.begin(), ranks.end());
      ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
      for (std::size_t i = 1; i < ranks.size(); ++i) {
        const Info& ia = info[ranks.front()];
        const Info& ib = info[ranks[i]];
        if (ia.lo && ib.hi && *ia.lo > *ib.hi) continue;  // times that cannot overlap
        if (ib.lo && ia.hi && *ib.lo > *ia.hi) continue;
        // A report restating the statement (lead and body) restates what it reports: the
        // one-mention-per-version rule gives way here as it did for the statements.
        join({0.0, ranks.front(), ranks[i], true});
      }
    }
  }

  // "The mediator, who also sat in on the talks, said ...": a definite meeting noun
  // naming nobody and no time of its own is the meeting the report is about.
  {
    auto people_in = [&](std::size_t r) {
      std::size_t count = 0;
      for (const auto& x : info[r].names)
        if (named_person(x)) ++count;
      return count;
    };
    std::size_t first = 0;
    for (std::size_t r = 1; r <= n && n > 0; ++r) {
      if (r < n && mentions[order[r]].document == mentions[order[first]].document &&
          mentions[order[r]].version == mentions[order[first]].version)
        continue;
      // [first, r): the mentions of one version, in canonical order.
      const Document* doc = mentions[order[first]].document < corpus.documents.size()
                                ? &corpus.documents[mentions[order[first]].document]
                                : nullptr;
      if (!doc || !doc->dct) {
        first = r;
        continue;
      }
      const Bounds published = publication_bounds(*doc->dct, 0);
      // The meeting the version is about: of those naming two or more people, going on around
      // its publication, the one most of its mentions tell (none when two tell as many).
      std::map<std::size_t, std::pair<std::size_t, std::size_t>> told;  // root -> (mentions, one of them)
      for (std::size_t k = first; k < r; ++k) {
        const EventMention& mk = mentions[order[k]];
        if (mk.cls != EventClass::meeting || !mk.modality.empty() || mk.negated || people_in(k) < 2) continue;
        // ... going on around the publication: within the day before it, not last August's.
        const Info& x = info[k];
        if ((x.hi && *x.hi < published.first - 1440) || (x.lo && *x.lo > published.second) ||
            (x.lo && x.hi && *x.hi - *x.lo > 3 * 1440))
          continue;
        auto& [count, one] = told[uf.find(k)];
        if (count++ == 0) one = k;
      }
      std::optional<std::size_t> meeting;
      std::size_t named = 0, most = 0;
      bool several = false;
      for (const auto& [root, seen] : told) {
        if (seen.first > most) {
          most = seen.first;
          meeting = root;
          named = seen.second;
          several = false;
        } else if (seen.first == most) {
          several = true;
        }
      }
      if (meeting && !several)
        for (std::size_t k = first; k < r; ++k) {
          const EventMention& mk = mentions[order[k]];
          if (mk.cls != EventClass::meeting || !mk.nominal || !mk.modality.empty() || mk.negated || !info[k].names.empty() ||
              info[k].instance != std::string_view() || (mk.anchor && mk.anchor->source == AnchorSource::timex) ||
              uf.find(k) == *meeting)
            continue;
          std::string_view before = std::string_view(doc->bytes).substr(0, std::min(doc->bytes.size(), mk.trigger.begin));
          if (!before.ends_with("the ") && !before.ends_with("The ")) continue;
          const Info& ia = info[k];
          const Info& ib = info[named];
          if ((ia.lo && ib.hi && *ia.lo > *ib.hi) || (ib.lo && ia.hi && *ib.lo > *ia.hi)) continue;
          join({0.0, *meeting, k, true});
        }
      first = r;
    }
  }

  // One statement told over consecutive sentences ("Harlow said she was ready to walk out. She
  // said more talks may be needed next month."; "Halm conceded defeat at noon.
  // He said he had telephoned Sorvik to congratulate her."): a named speaker's statements in
  // one version, at most options.statement_sentences apart, at times that can be one, are one
  // statement. After the step above, so that what each sentence reports is not merged with what
  // the other reports (two claims of one statement are still two claims).
  for (std::size_t r = 0; r < n; ++r) {
    const EventMention& mr = mentions[order[r]];
    if (mr.cls != EventClass::statement || mr.negated || !mr.modality.empty()) continue;
    for (std::size_t k = r + 1; k < n; ++k) {
      const EventMention& mk = mentions[order[k]];
      if (mk.document != mr.document || mk.version != mr.version || mk.sentence > mr.sentence + options.statement_sentences)
        break;  // canonical order: a version's mentions are consecutive, in sentence order
      if (mk.sentence == mr.sentence || mk.cls != EventClass::statement || mk.negated || !mk.modality.empty()) continue;
      const Info& ia = info[r];
      const Info& ib = info[k];
      if ((ia.lo && ib.hi && *ia.lo > *ib.hi) || (ib.lo && ia.hi && *ib.lo > *ia.hi)) continue;
      // Each dated by a time of its own, and not the same one: "said on Thursday" / "said on
      // Friday". A clock time on the other's day is the same one told closer ("said on Sunday" /
      // "Speaking at noon local time, Endo said").
      if (mr.anchor && mk.anchor && mr.anchor->source == AnchorSource::timex && mk.anchor->source == AnchorSource::timex) {
        const std::string& x = mr.anchor->timex.value;
        const std::string& y = mk.anchor->timex.value;
        auto on_day = [](const std::string& day, const std::string& clock) {
          return day.size() == 10 && clock.size() > 11 && clock.compare(0, 10, day) == 0 && clock[10] == 'T';
        };
        if (x != y && !on_day(x, y) && !on_day(y, x)) continue;
      }
      // Under two headers ("Update 9pm:" / "Update 6pm:"): two updates, two occasions.
      if (mr.anchor && mk.anchor && mr.anchor->source == AnchorSource::paragraph_header &&
          mk.anchor->source == AnchorSource::paragraph_header && mr.anchor->evidence.begin != mk.anchor->evidence.begin)
        continue;
      if (shared_agents(ia, ib).named) join({0.0, r, k, true});
    }
  }

  // "Harlow addressed the strikers and asked how long they could hold out": a speech and the
  // statement its speaker makes in it, joined by "and" in one sentence, are one act.
  for (std::size_t r = 0; r + 1 < n; ++r) {
    const EventMention& ms = mentions[order[r]];
    if (ms.cls != EventClass::speech || ms.nominal || ms.negated || !ms.modality.empty()) continue;
    for (std::size_t k = r + 1; k < n && sentence_begin[k] == sentence_begin[r]; ++k) {
      const EventMention& mk = mentions[order[k]];
      if (mk.cls != EventClass::statement || mk.nominal || mk.negated || !mk.modality.empty() || mk.trigger.begin <= ms.trigger.end)
        continue;
      const Document& doc = corpus.documents[ms.document];
      std::string_view between = doc.text({ms.trigger.end, mk.trigger.begin});
      if (between.size() > 80 || between.find(" and ") == std::string_view::npos || between.find(',') != std::string_view::npos)
        break;
      // The speaker is the speech's agent; the statement may give them in another role.
      bool same_speaker = false;
      for (const auto& a : info[r].agents)
        same_speaker = same_speaker || (proper_name(a) && std::binary_search(info[k].names.begin(), info[k].names.end(), a));
      if (same_speaker && (info[k].agents.empty() || shared_agents(info[r], info[k]).named)) join({0.0, r, k, true});
      break;
    }
  }

  // Under one timed paragraph header ("Update 9pm: The union leader has said ... Ms Harlow spoke
  // to reporters in an evident bid to hurry the owners"), a named speaker's
  // statements dated by the header alone are one statement: the update reports one occasion.
  {
    std::map<std::tuple<std::size_t, int, std::size_t, std::string>, std::size_t> first_of;  // (doc, version, header, speaker)
    for (std::size_t r = 0; r < n; ++r) {
      const EventMention& m = mentions[order[r]];
      if (m.cls != EventClass::statement || m.negated || !m.modality.empty() || !m.anchor ||
          m.anchor->source != AnchorSource::paragraph_header || m.anchor->timex.value.empty() || m.anchor->timex.rule == "paragraph_header")
        continue;
      for (const auto& a : info[r].agents) {
        if (!named_person(a)) continue;  // a person: officials under one header may be several
        auto [it, fresh] = first_of.try_emplace({m.document, m.version, m.anchor->evidence.begin, a}, r);
        if (!fresh) join({0.0, it->second, r, true});
      }
    }
  }

  for (auto [a, b] : apart)
    if (uf.find(a) != uf.find(b)) st.apart_by_time.emplace_back(order[a], order[b]);
  std::sort(st.apart_by_time.begin(), st.apart_by_time.end());

  std::map<std::size_t, MergedEvent> by_root;  // root = smallest rank: events in first-mention order
  for (std::size_t r = 0; r < n; ++r) {
    MergedEvent& e = by_root[uf.find(r)];
    e.cls = mentions[order[r]].cls;
    e.mentions.push_back(order[r]);
    e.participants.insert(e.participants.end(), info[r].names.begin(), info[r].names.end());
  }
  std::vector<MergedEvent> out;
  out.reserve(by_root.size());
  for (auto& [root, e] : by_root) {
    std::sort(e.participants.begin(), e.participants.end());
    e.participants.erase(std::unique(e.participants.begin(), e.participants.end()), e.participants.end());
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace timeline
