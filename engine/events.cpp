#include "events.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <optional>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "attributions.hpp"
#include "event_graph.hpp"
#include "event_lexicon.hpp"
#include "event_merge.hpp"
#include "lexicon.hpp"
#include "iso_time.hpp"
#include "lines.hpp"
#include "place_zone.hpp"
#include "pronouns.hpp"
#include "time_bounds.hpp"
#include "time_lexicon.hpp"
#include "tokens.hpp"

namespace timeline {
namespace {

using namespace event_lexicon;  // Pos, Trigger, Cue, the Lexicon and the word classes

// Whole days in a TIMEX3 length of days or weeks ("P2D" 2, "P1W" 7); 0 for any other.
int whole_days(std::string_view value) {
  if (value.size() < 3 || value[0] != 'P') return 0;
  int n = 0;
  auto [end, ec] = std::from_chars(value.data() + 1, value.data() + value.size() - 1, n);
  if (ec != std::errc() || end != value.data() + value.size() - 1 || n <= 0 || n > 3660) return 0;
  return value.back() == 'D' ? n : value.back() == 'W' ? 7 * n : 0;
}

// A TIMEX3 value that names a day ("2024-01-10", "2024-01-10TEV", "2024-01-10T21:00"), moved by
// `days`; nothing for a value that names no day.
std::optional<std::string> moved_by_days(const std::string& value, int days) {
  if (value.size() < 10 || (value.size() > 10 && value[10] != 'T')) return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  const char* p = value.data();
  if (value[4] != '-' || value[7] != '-' || std::from_chars(p, p + 4, y).ptr != p + 4 ||
      std::from_chars(p + 5, p + 7, m).ptr != p + 7 || std::from_chars(p + 8, p + 10, d).ptr != p + 10)
    return std::nullopt;
  const date::year_month_day day{date::year{y}, date::month{m}, date::day{d}};
  if (!day.ok()) return std::nullopt;
  return date::format("%F", date::sys_days{day} + date::days{days}) + value.substr(10);
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_boundary(const Token& t) { return t.clause_edge; }  // set by tokenize()

// Whether `text` opens with `word` (ASCII case aside) and a space: a label that starts with its
// event's own verb.
bool opens_with_word(std::string_view text, std::string_view word) {
  return text.size() > word.size() && text[word.size()] == ' ' &&
         std::equal(word.begin(), word.end(), text.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// How far a duration may stand from the event it measures ("talks ... lasting for more than 12 hours").
constexpr std::size_t kDurationReach = 16;

// The length of the unit in "the day (night, week, month) before/after" an event: how far apart
// the two are ("bought a ticket the day before his arrest"); none for other words.
std::optional<Minutes> counted_unit(std::string_view w) {
  if (w == "day" || w == "night") return 1440;
  if (w == "week") return 10080;
  if (w == "month") return 43200;
  return std::nullopt;
}

// The modality a bare verb at `first` takes from the verb group it is joined to by "and" / "and
// then" / "or": the nearest modal cue before the joining words in their clause ("would draw up
// a list of depots together and then close them": would), else the
// infinitive it continues ("to identify ... and approve": plan, unless a factive verb keeps it a
// fact). Empty when it is joined to nothing or its clause has no cue.
std::string coordinated_modality(const std::vector<Token>& toks, std::size_t first, const Lexicon& lex) {
  std::size_t conj = first;
  while (conj > 0 && first - conj < 2 && lex.coordinators.count(toks[conj - 1].lower)) --conj;
  if (conj == first || conj == 0) return {};
  std::string infinitive;
  for (std::size_t j = conj; j-- > 0 && conj - j <= lex.coordination_window;) {
    if (toks[j].quoted != toks[first].quoted || is_boundary(toks[j]) || lex.coordination_stops.count(toks[j].lower)) break;
    if (auto [len, cue] = lex.cues.match(toks, j); len && j + len <= conj) {
      if (cue->negation) return {};  // "did not stop and talk": negation is not lent
      return cue->value;
    }
    if (infinitive.empty() && toks[j].lower == lex.infinitive_marker && j + 1 < conj)
      infinitive = j > 0 && lex.factives.count(toks[j - 1].lower) ? std::string("-") : lex.infinitive_modality;
  }
  return infinitive == "-" ? std::string() : infinitive;
}

struct Candidate {
  std::size_t first = 0, last = 0;  // tokens [first, last)
  const Trigger* trigger = nullptr;
  EventClass cls = EventClass::other;
  std::string lemma;
  Pos pos = Pos::verb;
  std::size_t clause = 0;
  bool consumed = false;
  /// Where its label may start when that is before its clause: the subject noun folded into it
  /// ("The first rescue flight, from Tenerife, landed ..."). npos: its clause decides.
  std::size_t label_from = static_cast<std::size_t>(-1);
  /// The aspect verb folded into this noun ("the operation will [continue] until 2 March"): its
  /// cues ("will") are the event's too. npos: none.
  std::size_t aspect_at = static_cast<std::size_t>(-1);
  /// A light verb that took its noun's class ("sent its reply"): its object is a thing.
  bool light = false;
};

struct Header {
  std::size_t paragraph = 0;
  Span span;
  const Timex* timex = nullptr;
  AnchorRelation relation = AnchorRelation::during;
  bool inherited = false;  ///< "Earlier:" takes the time of the header before it, as a bound
};

// The short form of an entity for labels: a person's surname, otherwise the name.
std::string short_name(const EntityRegistry& reg, std::size_t e) {
  const auto& n = reg.name(e);
  if (reg.kind(e) != "person") return n;
  auto sp = n.rfind(' ');
  if (reg.placeholder(e) || sp == std::string::npos) return n;
  // "Muslim Council of Britain", "Department for Work and Pensions": a body's name, whole.
  for (std::string_view joint : {" of ", " for ", " and "})
    if (n.find(joint) != std::string::npos) return n;
  // "Staffan de Mistura" -> "de Mistura"
  auto prev = n.rfind(' ', sp - 1);
  if (prev != std::string::npos && prev + 1 < sp && std::islower(static_cast<unsigned char>(n[prev + 1])))
    return n.substr(prev + 1);
  return n.substr(sp + 1);
}

// The name a label gives the speaker or agent of mention `m`: short_name(), save for a group of
// unnamed holders of a role, which keeps the plural it was written with ("officials said":
// "Officials: ...", "Diplomats played down ...", not "Official", "Diplomat").
std::string agent_name(const EntityRegistry& reg, const EntityMention& m, std::string_view surface) {
  std::string name = short_name(reg, m.entity);
  if (m.pronoun || reg.kind(m.entity) == "person" || name.empty() || surface.size() <= name.size()) return name;
  std::string lower(surface), canonical(name);
  for (auto* w : {&lower, &canonical})
    for (auto& c : *w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view article : {"the ", "some ", "many ", "several "})  // "the officials", "some diplomats"
    if (lower.starts_with(article)) lower.erase(0, article.size());
  const bool plural = lower == canonical + "s" || lower == canonical + "es" ||
                      (canonical.ends_with('y') && lower == canonical.substr(0, canonical.size() - 1) + "ies") ||
                      (canonical.ends_with("man") && lower == canonical.substr(0, canonical.size() - 3) + "men");
  if (!plural) return name;
  std::string out = std::string(surface.substr(surface.size() - lower.size()));
  out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

// "Steinmeier stressed that ..., adding that ...": the participle continues the same act of
// speaking, so a timeline shows one statement, not two. Folded when it has the same speaker,
// polarity and modality as a statement before it in the sentence and no time of its own; its
// lengths go to that statement. Later events of the sentence take the freed numbers, so ids stay
// dense.
void fold_continued_statements(const Document& doc, std::vector<EventMention>& out, std::size_t first, std::size_t& counter) {
  auto agent_of = [](const EventMention& m) -> const std::string* {
    for (const auto& p : m.participants)
      if (p.role == "agent") return &p.entity;
    return nullptr;
  };
  for (std::size_t i = first + 1; i < out.size(); ++i) {
    EventMention& m = out[i];
    std::string_view trig = doc.text(m.trigger);
    if (m.cls != EventClass::statement || m.nominal || !(trig.size() > 3 && trig.ends_with("ing"))) continue;
    const std::string* speaker = agent_of(m);
    if (!speaker) continue;
    std::size_t j = i;
    while (j-- > first) {
      const EventMention& s = out[j];
      if (s.cls == EventClass::statement && !s.nominal) break;
    }
    if (j == static_cast<std::size_t>(-1) || j < first) continue;
    EventMention& said = out[j];
    const std::string* said_by = agent_of(said);
    if (!said_by || *said_by != *speaker || said.negated != m.negated || said.modality != m.modality) continue;
    // Its own time ("..., adding on Saturday that") makes it another act; the time it shares with
    // the statement (copied from it above) does not.
    if (m.anchor && m.anchor->source == AnchorSource::timex &&
        !(said.anchor && said.anchor->evidence.begin == m.anchor->evidence.begin && said.anchor->evidence.end == m.anchor->evidence.end))
      continue;
    for (auto& d : m.durations) said.durations.push_back(std::move(d));
    std::vector<std::string> ids;
    for (std::size_t k = i; k < out.size(); ++k) ids.push_back(std::move(out[k].id));
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
    for (std::size_t k = i; k < out.size(); ++k) out[k].id = std::move(ids[k - i]);
    --counter;
    --i;
  }
}

// The zone of the longest listed place name of up to three capitalised words in `toks` ("off
// the Sea of Japan coast"), the first found; "" when none is listed (parsers/data/place_zones.tsv).
std::string listed_place_zone(const std::vector<Token>& toks) {
  const std::size_t n = toks.size();
  for (std::size_t k = 0; k < n; ++k)
    if (toks[k].capitalized && !toks[k].quoted) {
      std::string name(toks[k].text);
      std::string found;
      for (std::size_t j = k + 1; j < n && j < k + 3 && toks[j].capitalized; ++j)
        if (auto z = place_zone(name += " " + std::string(toks[j].text)); !z.empty()) found = z;
      if (found.empty()) found = place_zone(toks[k].text);
      if (!found.empty()) return found;
    }
  return {};
}

// The fixed zone a conversion shows: "9.05pm local time (12:05 GMT)" is +09:00, Etc/GMT-9.
std::string offset_zone(std::string_view local_value, const Bounds& converted) {
  if (local_value.size() < 16 || local_value[13] != ':') return {};
  int hh = 0, mm = 0;
  std::from_chars(local_value.data() + 11, local_value.data() + 13, hh);
  std::from_chars(local_value.data() + 14, local_value.data() + 16, mm);
  const long long utc = ((converted.first % 1440) + 1440) % 1440;
  long long offset = hh * 60 + mm - utc;
  if (offset > 14 * 60) offset -= 1440;
  if (offset < -12 * 60) offset += 1440;
  return ::timeline::offset_zone(static_cast<int>(offset));
}

}  // namespace

std::vector<EventMention> find_events(const Document& doc, std::size_t doc_index, const Version& version,
                                      const std::vector<Timex>& timexes, EntityRegistry& entities) {
  const auto& lex = lexicon();
  std::vector<EventMention> out;
  std::string_view bytes = doc.bytes;
  // Once a report gives a time "local time" of a place ("at about 9pm local time" in New South
  // Wales), its later bare clock times are that place's too ("a warning at 2pm").
  std::string local_frame_zone;
  // ... and once a time is given with its conversion ("2.17am (17:17 GMT on Wednesday)"), the day
  // there of that time is the day of the later bare clock times (2.17am was Thursday in Japan).
  std::optional<date::year_month_day> local_frame_day;
  std::vector<std::string> named_zones;  // zones of places named in sentences [0, named_upto), in order
  std::size_t named_upto = 0;

  std::vector<Span> paragraph_spans;
  for (const auto& p : version.paragraphs) paragraph_spans.push_back(p.span);
  auto quoted = quoted_ranges(bytes, paragraph_spans);

  // Tokens of every sentence, and the words this version writes in lower case (so that a
  // capitalised sentence opener like "Meanwhile" is not taken for a name).
  std::vector<std::vector<Token>> sentence_tokens;
  StringSet lower_words, capitalized_words;
  for (const auto& s : version.sentences) {
    auto toks = tokenize(bytes, s.span);
    mark_quoted(toks, quoted);
    for (const auto& t : toks)
      if (t.word) (t.capitalized ? capitalized_words : lower_words).emplace(t.capitalized ? std::string_view(t.text) : std::string_view(t.lower));
    sentence_tokens.push_back(std::move(toks));
  }
  auto common = [&](const std::string& w) { return lower_words.count(w) > 0 || lex.words.count(w) > 0; };

  // The previous version's text, for new_in_version.
  const Version* previous = nullptr;
  for (std::size_t k = 1; k < doc.versions.size(); ++k)
    if (&doc.versions[k] == &version || doc.versions[k].index == version.index) previous = &doc.versions[k - 1];
  std::string previous_text;
  if (previous)
    for (const auto& p : previous->paragraphs) previous_text += normalize_space(doc.text(p.span)) + "\n";

  // Version time: the first version's DCT plus this version's delay.
  std::optional<Bounds> version_bounds;
  std::string version_iso;
  if (doc.dct && previous && version.delay_minutes) {
    version_bounds = publication_bounds(*doc.dct, *version.delay_minutes);
    version_iso = shifted_iso(*doc.dct, *version.delay_minutes);
  }

  // Paragraph headers ("Update 9pm:", "Earlier:").
  auto paragraph_of = [&](Span s) {
    for (std::size_t p = 0; p < version.paragraphs.size(); ++p)
      if (s.begin >= version.paragraphs[p].span.begin && s.begin < version.paragraphs[p].span.end) return p;
    return version.paragraphs.size();
  };
  std::vector<Header> headers;
  std::vector<std::size_t> sentence_paragraph;
  for (std::size_t si = 0; si < version.sentences.size(); ++si) {
    std::size_t p = paragraph_of(version.sentences[si].span);
    sentence_paragraph.push_back(p);
    if (p >= version.paragraphs.size() || version.paragraphs[p].span.begin != version.sentences[si].span.begin) continue;
    const auto& toks = sentence_tokens[si];
    std::size_t words = 0;
    for (std::size_t k = 0; k < toks.size() && words <= 6; ++k) {
      if (toks[k].word) { ++words; continue; }
      if (toks[k].text != ":" || k == 0) continue;
      Header h;
      h.paragraph = p;
      h.span = {toks[0].span.begin, toks[k].span.end};
      for (const auto& t : timexes)
        if (t.span.begin >= h.span.begin && t.span.end <= h.span.end &&
            (t.type == TimexType::date || t.type == TimexType::time))
          h.timex = &t;
      auto cue = lex.headers.find(toks[0].lower);
      if (cue != lex.headers.end()) h.relation = cue->second;
      // "Earlier:" after "Update 9pm:" in a live report means before 9pm, not before the day.
      if (!h.timex && h.relation == AnchorRelation::before)
        for (auto prev = headers.rbegin(); prev != headers.rend(); ++prev)
          if (prev->timex) { h.timex = prev->timex; h.inherited = true; break; }
      if (cue != lex.headers.end() || h.timex) headers.push_back(h);
      break;
    }
  }
  auto header_for = [&](std::size_t p) -> const Header* {
    const Header* h = nullptr;
    for (const auto& x : headers)
      if (x.paragraph <= p) h = &x;
    return h;
  };

  MentionContext context;
  context.capitalized_words = &capitalized_words;
  PronounResolver pronouns;  // who "he", "she", "they" of each sentence stand for
  std::size_t counter = 0;
  // Whether a time begins after the report was published ("tomorrow", "next week"). With no zone
  // known both windows are 28 hours wider, by the same amount: compare them unwidened.
  auto later_than_publication = [&](const std::string& value) {
    if (!doc.dct) return false;
    // A clock time of the report's local frame is local time there ("2.17am" on Thursday in
    // Japan was before a London report of 23:50 on Wednesday).
    std::optional<PublicationTime> reference = doc.dct;
    if (!local_frame_zone.empty() && value.size() > 11 && value[10] == 'T' && !zone_known(value, std::nullopt))
      if (auto there = in_zone(*doc.dct, local_frame_zone)) reference = there;
    auto b = timex_bounds(value, reference);
    if (!b) return false;
    Minutes slack = zone_known(value, reference) ? 0 : 2 * kUnknownOffsetWidening;
    // A later version was published later ("about 2 hours later"): its "at 9pm" may be past.
    // (A day's publication stays that day: minutes move no date.)
    const Minutes delay = doc.dct->time_of_day && version.delay_minutes && *version.delay_minutes > 0 ? *version.delay_minutes : 0;
    return b->first >= publication_bounds(*doc.dct, delay).second - slack;
  };
  // A verb group in the simple past ("ordered", "were injured", "met"), from the trigger's form and
  // the auxiliary before it.
  auto told_in_past = [&](const std::vector<Token>& toks, const Candidate& cd) {
    if (!past_form(toks[cd.first].lower)) return false;
    for (std::size_t j = cd.first; j-- > 0 && cd.first - j <= 2;) {
      const std::string& w = toks[j].lower;
      if (w == "was" || w == "were" || w == "had" || w == "been") return true;
      if (w == "is" || w == "are" || w == "am" || w == "be" || w == "being" || w == "to" || w == "'s" || w == "will" ||
          w == "'ll" || w == "has" || w == "have" || w == "'ve")
        return false;
      if (!toks[j].word) break;
    }
    return true;
  };
  std::size_t last_statement = static_cast<std::size_t>(-1);  // in `out`: the statement a quotation goes on with
  // A lede that describes its subject ("A former finance director of a charity has been found
  // guilty ...") and names him in a sentence right after, in apposition ("Martin Kessel, 54, of
  // Guildford, ..."): the news convention of a delayed identification. One person.
  std::size_t lede_description = EntityRegistry::npos, lede_sentence = 0;
  bool lede_seen = false;
  // The entities named in the sentences before this one (and those of the sentence before, still
  // to be added): a name the story already used, not a capitalised word opening a sentence.
  std::unordered_set<std::size_t> story_names;
  std::vector<std::size_t> named_last;

  // Time expressions of a sentence, as token ranges.
  struct TimexAt {
    const Timex* timex;
    std::size_t first, last;
  };
  // Each sentence's working arrays, declared once so that their memory serves every sentence (a
  // dozen allocations a sentence were a tenth of extraction's calls to malloc).
  std::vector<TimexAt> times;
  std::vector<char> in_timex, in_header, in_duration, in_mention, subject_stop;
  std::vector<std::size_t> clause, run_start, run_end, trigger_tokens, told_by, event_index;
  std::vector<const Candidate*> statement_gerund_at;
  std::vector<std::pair<std::size_t, std::size_t>> closing_statements;
  std::unordered_map<std::size_t, const EntityMention*> statement_agent, verb_agent;

  for (std::size_t si = 0; si < version.sentences.size(); ++si) {
    const Span sspan = version.sentences[si].span;
    const auto& toks = sentence_tokens[si];
    const std::size_t n = toks.size();
    if (n == 0) continue;
    const Header* header = header_for(sentence_paragraph[si]);
    const bool own_header = header && header->span.begin == sspan.begin;

    // Time expressions of this sentence, as token ranges.
    times.clear();
    in_timex.assign(n, 0), in_header.assign(n, 0), in_duration.assign(n, 0);
    for (const auto& t : timexes) {
      if (t.span.begin < sspan.begin || t.span.end > sspan.end || t.span.empty()) continue;
      TimexAt at{&t, n, 0};
      auto from = std::lower_bound(toks.begin(), toks.end(), t.span.begin,
                                   [](const Token& tk, std::size_t b) { return tk.span.begin < b; });
      for (auto k = static_cast<std::size_t>(from - toks.begin()); k < n && toks[k].span.begin < t.span.end; ++k)
        if (toks[k].span.end <= t.span.end) {
          at.first = std::min(at.first, k);
          at.last = k + 1;
          in_timex[k] = 1;
          if (t.type == TimexType::duration) in_duration[k] = 1;
        }
      if (at.first < at.last) times.push_back(at);
    }
    if (own_header)
      for (std::size_t k = 0; k < n; ++k) in_header[k] = toks[k].span.end <= header->span.end;

    // Clauses.
    clause.assign(n, 0);
    std::size_t c = 0;
    for (std::size_t k = 0; k < n; ++k) {
      // "and" joins clauses when a subject pronoun follows: "Harlow's meeting with Moller is their
      // second and they have spoken twice by telephone" (the meeting is no topic of it).
      const bool and_clause = toks[k].lower == "and" && k + 1 < n && subject_pronouns().count(toks[k + 1].lower);
      if (is_boundary(toks[k]) || and_clause || (k > 0 && toks[k].quoted != toks[k - 1].quoted)) ++c;
      clause[k] = c;
    }
    // An aside ("The talks, officials said, ended at midnight"): the clause it splits goes on
    // across it; the aside is a clause of its own. `aside_open` is its first comma, `aside_close`
    // its last; n when none.
    std::size_t aside_open = n, aside_close = n;
    if (const auto aside = find_aside(toks, in_timex, lex, kReach)) {
      aside_open = aside->open, aside_close = aside->close;
      const std::size_t resumed = clause[aside_open - 1], shift = clause[aside_close + 1] - resumed;
      for (std::size_t k = aside_open; k <= aside_close; ++k) clause[k] = n + clause[k];  // ids of their own
      for (std::size_t k = aside_close + 1; k < n; ++k) clause[k] -= shift;
    }

    // Participants.
    auto mentions = entities.find_mentions(
        toks, context, [&](std::size_t k) { return in_timex[k] || in_header[k]; }, common);
    story_names.insert(named_last.begin(), named_last.end());
    named_last.clear();
    for (const auto& m : mentions)
      if (!m.pronoun && m.entity != EntityRegistry::npos) named_last.push_back(m.entity);
    if (!version.sentences[si].heading && !own_header) {
      if (!lede_seen) {
        lede_seen = true;
        for (const auto& m : mentions) {
          if (m.pronoun) continue;
          if (m.description && m.first <= 1) lede_description = m.entity, lede_sentence = si;
          break;
        }
      } else if (lede_description != EntityRegistry::npos) {
        if (si > lede_sentence + 2) {
          lede_description = EntityRegistry::npos;
        } else if (!mentions.empty()) {
          const auto& m = mentions.front();
          const bool named = !m.pronoun && !m.description && m.kind == "person" && m.entity != EntityRegistry::npos &&
                             !entities.placeholder(m.entity) && m.first == 0;
          // "<Name>, 54," or "<Name>, of <Place>,": the apposition that introduces someone.
          const bool apposition = m.last + 1 < n && toks[m.last].text == "," &&
                                  (all_digits(toks[m.last + 1].text) || toks[m.last + 1].lower == "of");
          if (named && apposition) {
            entities.identify(lede_description, m.entity);
            lede_description = EntityRegistry::npos;
          }
        }
      }
    }
    in_mention.assign(n, 0);
    for (const auto& m : mentions)
      for (std::size_t k = m.first; k < m.last; ++k) in_mention[k] = 1;
    pronouns.resolve(
        mentions, toks, entities,
        [&](std::size_t k) {
          return lex.triggers.match(toks, k).first || prepositions().count(toks[k].lower) ||
                 (toks[k].lower.size() > 4 && toks[k].lower.ends_with("ing"));
        },
        [&](std::size_t k) { return closing_attribution(toks, k, in_timex, lex); });

    // The zone of a place the sentence names: a place mention, else the longest listed name of
    // up to three capitalised words ("off the Sea of Japan coast"); "" when none is listed.
    auto sentence_zone = [&]() -> std::string {
      for (const auto& m : mentions)
        if (m.kind == "place" && m.entity != EntityRegistry::npos)
          if (auto z = place_zone(entities.name(m.entity)); !z.empty()) return z;
      return listed_place_zone(toks);
    };
    // "at 2.17am (17:17 GMT on Wednesday)": the time in brackets right after a clock time, in a
    // zone of its own, is its conversion; nullptr when there is none.
    auto conversion_of = [&](const Timex& clock) -> const Timex* {
      std::size_t k = clock.span.end;
      while (k < bytes.size() && bytes[k] == ' ') ++k;
      if (k >= bytes.size() || bytes[k] != '(') return nullptr;
      for (const auto& t : times)
        if (t.timex->span.begin == k + 1 && t.timex->type == TimexType::time && zone_known(t.timex->value, std::nullopt))
          return t.timex;
      return nullptr;
    };
    // A clock time given with its conversion sets the report's local frame, whatever event (if
    // any) it dates: when read in the zone of a place of the sentence, on the converted time's day
    // there, it is the converted instant ("2.17am" in Japan is 17:17 GMT the day before).
    for (const auto& t : times) {
      if (!doc.dct || t.timex->type != TimexType::time || t.timex->value.size() < 16 || zone_known(t.timex->value, std::nullopt))
        continue;
      const Timex* conversion = conversion_of(*t.timex);
      if (!conversion) continue;
      auto utc = parse_iso_time(conversion->value);
      auto converted = timex_bounds(conversion->value, std::nullopt);
      if (!utc || !converted) continue;
      // Whose local time: a place of the sentence, else the latest place of the report whose
      // offset fits ("... in Yokohama" in the headline), else the report's own zone if it fits,
      // else the offset the conversion shows.
      // The earlier sentences' places are read once, when a conversion first needs them.
      for (; named_upto < si; ++named_upto)
        if (auto z = listed_place_zone(sentence_tokens[named_upto]); !z.empty() && (named_zones.empty() || named_zones.back() != z))
          named_zones.push_back(std::move(z));
      std::vector<std::string> zones{sentence_zone()};
      for (std::size_t k = named_zones.size(); k-- > 0 && zones.size() <= 8;)  // the latest few places
        if (std::find(zones.begin(), zones.end(), named_zones[k]) == zones.end()) zones.push_back(named_zones[k]);
      zones.push_back(doc.dct->zone);
      zones.push_back(offset_zone(t.timex->value, *converted));
      for (const auto& z : zones) {
        if (z.empty()) continue;
        auto local = in_zone(*utc, z);
        auto there = local ? in_zone(*doc.dct, z) : std::nullopt;
        if (!there) continue;
        auto reading = timex_bounds(local->iso().substr(0, 10) + t.timex->value.substr(10), *there);
        if (reading && reading->first == converted->first) {
          local_frame_zone = z;
          local_frame_day = local->day;
          break;
        }
      }
    }

    // Triggers (not in quotations, names, time expressions or headers).
    std::vector<Candidate> cands;
    for (std::size_t k = 0; k < n;) {
      if (toks[k].quoted || !toks[k].word || in_mention[k] || in_timex[k] || in_header[k]) { ++k; continue; }
      auto [len, trig] = lex.triggers.match(toks, k);
      if (!len) { ++k; continue; }
      Candidate cd;
      cd.first = k;
      cd.last = k + len;
      cd.trigger = trig;
      cd.cls = trig->cls;
      cd.lemma = trig->lemma;
      cd.pos = trig->pos;
      cd.clause = clause[k];
      // A verb form right after a determiner is a noun ("an end to", "the wait"); a past form there
      // names people or a side, no event ("the accused", "the injured", "a cross from the left").
      if (cd.pos != Pos::noun && k > 0 && determiners().count(toks[k - 1].lower)) {
        cd.pos = Pos::noun;
        if (len == 1 && past_form(toks[k].lower)) cd.consumed = true;
        // ... and some such nouns mean no act at all ("in a sign that", "a decline in exports").
        // Not a gerund of its act: "the signing of the deal" is one.
        const bool act_gerund = toks[k].lower.ends_with("ing") && k + 1 < n && toks[k + 1].lower == "of";
        // Nor after the "A" of a name ("England A beat France A").
        const bool name_letter = toks[k - 1].text == "A" && k > 1 && toks[k - 2].capitalized;
        if (lex.noun_no_event.count(cd.lemma) && !act_gerund && !name_letter) cd.consumed = true;
      }
      // ... and so is one right after a preposition ("after reports of helicopters dropping
      // barrel bombs", "amid claims"), but for a gerund ("after waiting") and an infinitive.
      // A statement word there is the source of what follows ("after reports of helicopters
      // dropping barrel bombs"), like "according to": no event of its own.
      if (cd.pos == Pos::verb && len == 1 && k > 0 && toks[k - 1].lower != "to" && prepositions().count(toks[k - 1].lower) &&
          !toks[k].lower.ends_with("ing")) {
        cd.pos = Pos::noun;
        if (cd.cls == EventClass::statement) cd.consumed = true;
        // A participle there modifies the noun after it ("behind closed doors", "for detained
        // protesters"): an adjective, no event.
        if (toks[k].lower.ends_with("ed") && k + 1 < n && toks[k + 1].word) cd.consumed = true;
      }
      // ... and so is a base form after a determiner and a participle or an adjective of time
      // ("the scheduled start", "a late start"): "the accused denied" keeps its past verb.
      if (cd.pos != Pos::noun && len == 1 && k > 1 && !past_form(toks[k].lower) && !toks[k].lower.ends_with("ing") &&
          determiners().count(toks[k - 2].lower) && !toks[k - 1].capitalized &&
          ((toks[k - 1].lower.size() > 4 && toks[k - 1].lower.ends_with("ed")) || time_adjectives().count(toks[k - 1].lower)))
        cd.pos = Pos::noun;
      // ... and so is an "-ing" form after a determiner and a modifier ("a tsunami warning").
      if (cd.pos != Pos::noun && len == 1 && toks[k].lower.ends_with("ing") && k > 1 && toks[k - 1].word &&
          !toks[k - 1].capitalized && !verb_group_words().count(toks[k - 1].lower) && determiners().count(toks[k - 2].lower))
        cd.pos = Pos::noun;
      // `"We will be back," declared Okafor`, `"...," he agreed`: a verb right after a quotation
      // (and its pronoun) reports it, whatever it names elsewhere.
      if (cd.pos == Pos::verb && cd.cls != EventClass::statement && len == 1 && k > 1 && !toks[k].lower.ends_with("ing")) {
        std::size_t q = k - 1;
        if (pronouns_subject().count(toks[q].lower) && q > 1) --q;
        if (is_quote_mark(toks[q]) && (toks[q - 1].text == "," || toks[q - 1].text == "!" || toks[q - 1].text == "?"))
          cd.cls = EventClass::statement;
      }
      // "with ten minutes left", "two games left": what remains, no departure.
      if (cd.pos == Pos::verb && len == 1 && toks[k].lower == "left" && k > 0 &&
          (in_timex[k - 1] || lex.remaining_nouns.count(toks[k - 1].lower)))
        cd.consumed = true;
      // "they have spoken several times by telephone": a conversation, not a statement.
      if (cd.pos == Pos::verb && lex.converse.count(cd.lemma))
        for (std::size_t j = cd.last; j < n && j <= cd.last + lex.medium_window && clause[j] == cd.clause && !toks[j].quoted; ++j)
          if (auto [mlen, lemma] = lex.media.match(toks, j); mlen) {
            cd.cls = EventClass::meeting;
            cd.lemma = *lemma;
            break;
          }
      cands.push_back(std::move(cd));
      k += len;
    }
    // "Speaking in Porto, Mr Okafor said: ...", "Commenting, Ms Harlow said ...": a participle
    // opening the sentence is how the saying after it was made, no statement of its own.
    if (cands.size() > 1 && cands[0].first == 0 && cands[0].cls == EventClass::statement && cands[0].pos == Pos::verb &&
        toks[0].lower.ends_with("ing") && cands[0].lemma != "according to")
      for (std::size_t k = 1; k < cands.size(); ++k)
        if (cands[k].cls == EventClass::statement && cands[k].pos == Pos::verb && !cands[k].consumed &&
            !toks[cands[k].first].lower.ends_with("ing")) {
          cands[0].consumed = true;
          break;
        }
    // A state told by its start: "Halm has been prime minister since 2016", "a spacecraft that
    // has been in orbit since 2011". With no event word between "been" and "since", "been" is
    // the event, a state_change that begins at the time (a noun there is the event itself: "has
    // been under discussion since July").
    for (std::size_t k = 1; k + 2 < n; ++k) {
      if (toks[k].lower != "been" || toks[k].quoted || in_header[k]) continue;
      std::size_t aux = k - 1;
      if (!perfect_auxiliary(toks[aux]) && aux > 0 && verb_group_words().count(toks[aux].lower)) --aux;  // "has also been"
      if (!perfect_auxiliary(toks[aux])) continue;
      std::size_t since = k + 1;
      while (since < n && since - k <= 6 && toks[since].lower != "since" && clause[since] == clause[k] && !in_timex[since] &&
             !is_boundary(toks[since]))
        ++since;
      if (since + 1 >= n || toks[since].lower != "since" || !in_timex[since + 1]) continue;
      std::size_t after = since + 1;
      while (after < n && in_timex[after]) ++after;
      if (after < n && toks[after].lower == "'s") continue;  // "since last summer's deal": the deal's time
      // "had been rewritten five times since the summer": a passive act (done after it), no state.
      const std::string& next = toks[k + 1].lower;
      if (next.size() > 3 && (next.ends_with("ed") || next.ends_with("en"))) continue;
      bool other = false;
      for (const auto& o : cands) other = other || (o.first > aux && o.first < since);
      if (other) continue;
      Candidate cd;
      cd.first = k;
      cd.last = k + 1;
      cd.cls = EventClass::state_change;
      cd.lemma = "be";
      cd.pos = Pos::verb;
      cd.clause = clause[k];
      auto at = std::find_if(cands.begin(), cands.end(), [&](const Candidate& o) { return o.first > k; });
      cands.insert(at, std::move(cd));
    }
    // Folding: aspect verbs take over the noun they are about; nouns in a clause with a verbal
    // event are its object or topic; compounds keep one noun; at most one noun event per clause.
    std::unordered_set<std::size_t> verbal_clauses;
    // "Reporters waiting in the hotel lobby were told ...", "A senior official travelling with him
    // said ...": a participle right after its clause's opening noun phrase, with the clause's own
    // verb after it, says who the subject is, not what happened: no event of its own. So does a
    // past participle with "to" or "by" after it when that verb has its auxiliary ("the residents
    // told to evacuate had returned home"; "agreed to talks held in Geneva" keeps its verb).
    for (std::size_t self = 0; self < cands.size(); ++self) {
      Candidate& cd = cands[self];
      if (cd.pos != Pos::verb || cd.consumed || cd.first == 0) continue;
      const std::string& form = toks[cd.last - 1].lower;
      const bool passive_participle = !form.ends_with("ing") && form != cd.lemma && cd.last < n &&
                                      (toks[cd.last].lower == "to" || toks[cd.last].lower == "by");
      if (!form.ends_with("ing") && !passive_participle) continue;
      std::size_t open = cd.first;
      while (open > 0 && clause[open - 1] == cd.clause) --open;
      bool subject = open < cd.first && cd.first - open <= 6;
      for (std::size_t j = open; j < cd.first && subject; ++j)
        subject = toks[j].word && !toks[j].quoted && !toks[j].clause_edge && !in_timex[j] &&
                  (!prepositions().count(toks[j].lower) || toks[j].lower == "of") &&  // "most of the residents"
                  !verb_group_words().count(toks[j].lower) && toks[j].lower != "to" && !pronouns_subject().count(toks[j].lower);
      for (std::size_t k = 0; k < self && subject; ++k)  // no event word in that noun phrase
        subject = cands[k].consumed || cands[k].last <= open || cands[k].pos == Pos::noun;
      if (!subject || determiners().count(toks[cd.first - 1].lower)) continue;  // "the remaining"
      for (std::size_t k = self + 1; k < cands.size() && cands[k].clause == cd.clause && cands[k].first - cd.last <= 16; ++k) {
        const Candidate& v = cands[k];
        if (v.consumed || v.pos == Pos::noun || toks[v.first - 1].lower == "to") continue;  // "waiting to board ... were told"
        const std::string& w = toks[v.last - 1].lower;
        const std::string& before = toks[v.first - 1].lower;
        const bool auxiliary = finite_auxiliaries().count(before) || passive_auxiliary(before);
        if (!w.ends_with("ing") && before != "and" && before != "or" && (!passive_participle || auxiliary)) cd.consumed = true;
        break;
      }
    }
    // "Residents began returning to the town": a verb of beginning right before the verb it
    // begins (a gerund, or "to" and a verb) is that event's start, not an event of its own.
    for (std::size_t self = 0; self + 1 < cands.size(); ++self) {
      Candidate& cd = cands[self];
      const Candidate& next = cands[self + 1];
      if (cd.consumed || cd.pos != Pos::verb || (cd.lemma != "begin" && cd.lemma != "start") || next.pos != Pos::verb) continue;
      const bool gerund = next.first == cd.last && toks[next.last - 1].lower.ends_with("ing");
      const bool infinitive = next.first == cd.last + 1 && toks[cd.last].lower == "to";
      // "a terrible start to beat ...": a noun after an article, no verb
      const bool base = toks[cd.last - 1].lower == cd.lemma;  // "start" may be a noun, "started" is not
      const bool noun = (cd.first > 0 && determiners().count(toks[cd.first - 1].lower)) ||
                        (base && cd.first > 1 && determiners().count(toks[cd.first - 2].lower) && !toks[cd.first - 1].lower.ends_with("ly"));
      if ((gerund || infinitive) && !noun) cd.consumed = true;
    }
    // Light verbs: "reached a deal" is an agreement, "a deal was reached" too; "the fire reached
    // the town" is an event of the verb's own class. The verb stays the trigger (its tense and
    // time are the event's); the noun lends its class and lemma and is no event of its own.
    for (std::size_t self = 0; self < cands.size(); ++self) {
      auto& cd = cands[self];
      if (cd.pos != Pos::light) continue;
      cd.pos = Pos::verb;
      Candidate* noun = nullptr;
      for (std::size_t k = self + 1; k < cands.size() && cands[k].clause == cd.clause && cands[k].first - cd.last <= 3 && !noun; ++k)
        if (cands[k].pos == Pos::noun && !cands[k].consumed) noun = &cands[k];
      const bool passive = cd.first > 0 && passive_auxiliary(toks[cd.first - 1].lower);
      for (std::size_t k = self; passive && k-- > 0 && cands[k].clause == cd.clause && cd.first - cands[k].last <= 6 && !noun;)
        if (cands[k].pos == Pos::noun && !cands[k].consumed) noun = &cands[k];
      if (!noun) continue;
      noun->consumed = true;
      cd.cls = noun->cls;
      cd.lemma = noun->lemma;
      cd.light = true;
    }
    for (auto& cd : cands) {
      if (cd.pos != Pos::aspect) {
        if (cd.pos == Pos::verb) verbal_clauses.insert(cd.clause);
        continue;
      }
      // The noun it is about: its subject ("talks continued"), else its object ("continuing
      // their discussions"). With neither, it names no event of its own.
      Candidate* about = nullptr;
      std::size_t self = static_cast<std::size_t>(&cd - cands.data());
      for (std::size_t k = self; k-- > 0 && self - k <= 8 && !about;) {
        if (aside_open < cands[k].first && cands[k].last <= aside_close) continue;  // "talks, officials said, ended"
        if (cands[k].clause != cd.clause) break;
        if (cands[k].pos == Pos::noun && !cands[k].consumed) about = &cands[k];
      }
      // "The session, brokered by the UN envoy, has now lasted more than 12 hours and is the
      // fourth meeting": a clause that opens with the aspect's verb group after an appositive
      // between commas is about the noun before the appositive. The aspect stays the trigger;
      // the label reads the noun before its verb group.
      bool across = false;
      if (!about) {
        std::size_t open = cd.first;
        while (open > 0 && clause[open - 1] == cd.clause) --open;
        bool verb_group = toks[open].text == ",";
        for (std::size_t j = open + 1; j < cd.first && verb_group; ++j) verb_group = verb_group_words().count(toks[j].lower) > 0;
        std::size_t p = open;
        while (verb_group && p > 0 && open - p < 9 && toks[p - 1].word && !is_boundary(toks[p - 1])) --p;
        if (verb_group && p > 1 && p < open && toks[p - 1].text == ",")
          for (std::size_t k = self; k-- > 0 && !about;)
            if (cands[k].pos == Pos::noun && !cands[k].consumed && cands[k].last == p - 1) about = &cands[k], across = true;
      }
      for (std::size_t k = self + 1; k < cands.size() && cands[k].clause == cd.clause && k - self <= 8 && !about; ++k)
        if (cands[k].pos == Pos::noun && !cands[k].consumed) about = &cands[k];
      if (!about) {
        cd.consumed = true;
        continue;
      }
      if (across) {
        about->consumed = true;
        cd.cls = about->cls;
        cd.lemma = about->lemma;
        cd.pos = Pos::verb;
        verbal_clauses.insert(cd.clause);
        continue;
      }
      about->consumed = true;
      cd.cls = about->cls;
      cd.lemma = about->lemma;
      if (about->first < cd.first) cd.aspect_at = cd.first;
      cd.first = about->first;
      cd.last = about->last;
      cd.pos = Pos::verb;
      verbal_clauses.insert(cd.clause);
    }
    // "The agency said the magnitude 7.1 quake hit at 2.17am": a noun after a statement verb and
    // right before its own verb (a past form) is the subject of the clause said, an event of its
    // own, not the object of the saying.
    auto reported_subject = [&](const Candidate& cd) {
      if (cd.cls == EventClass::statement || cd.last >= n || !toks[cd.last].word) return false;
      // Only the listed verbs: a participle after a noun is as often a modifier ("an exit poll
      // published as voting ended"). A perfect may come between ("a tremor had shaken ...").
      std::size_t verb = cd.last;
      if (perfect_auxiliary(toks[verb]) && verb + 1 < n && toks[verb + 1].word) ++verb;
      if (!lex.reported_predicates.contains(toks[verb].lower)) return false;
      for (const auto& v : cands)
        if (v.pos == Pos::verb && !v.consumed && v.cls == EventClass::statement && v.clause == cd.clause && v.last <= cd.first)
          return true;
      return false;
    };
    // "issued minutes after the quake", "before the talks": the noun a temporal connective takes
    // is the other event of a link (below), not the clause verb's object.
    // Only a definite one, an event the story knows ("after a trial in which ..." introduces one).
    // Nor one that has a past verb of its own there ("ceased trading after last-ditch talks with
    // investors failed": the talks' failure is a clause of its own).
    auto own_past_verb = [&](const Candidate& cd) {
      std::size_t j = cd.last;
      if (j + 1 < n && prepositions().count(toks[j].lower) && toks[j + 1].word) j += 2;  // "with investors"
      return j < n && toks[j].word && !toks[j].capitalized && past_form(toks[j].lower) && !is_boundary(toks[j]) &&
             !finite_auxiliaries().count(toks[j].lower);  // "after the warning was lifted": the lifting is the event
    };
    auto after_connective = [&](const Candidate& cd) {
      bool definite = false, adjective = false;
      for (std::size_t j = cd.first, skipped = 0; j-- > 0 && skipped <= 2; ++skipped) {
        const std::string& w = toks[j].lower;
        if (w == "after" || w == "before" || w == "following") return adjective ? own_past_verb(cd) : definite || own_past_verb(cd);
        if (w == "the" || w == "'s" || w == "his" || w == "her" || w == "their" || w == "its") definite = true;
        else if (determiners().count(w)) continue;
        else if (adjective || !toks[j].word || toks[j].capitalized) return false;
        else adjective = true;  // one word before the noun: "after last-ditch talks ... failed"
      }
      return false;
    };
    std::unordered_set<std::size_t> noun_clauses;
    for (std::size_t k = 0; k < cands.size(); ++k) {
      auto& cd = cands[k];
      if (cd.pos != Pos::noun || cd.consumed) continue;
      if (verbal_clauses.count(cd.clause) && !reported_subject(cd) && !after_connective(cd)) { cd.consumed = true; continue; }
      // "ceasefire talks": the head is the second; "sessions of discussions": the first.
      if (k + 1 < cands.size() && cands[k + 1].pos == Pos::noun && cands[k + 1].first == cd.last) { cd.consumed = true; continue; }
      if (noun_clauses.count(cd.clause)) { cd.consumed = true; continue; }
      noun_clauses.insert(cd.clause);
    }
    // "The first rescue flight, from Tenerife, landed at Gatwick at 10.20am": a noun set off from
    // a verb of its own class only by an appositive between commas is that verb's subject, the
    // same event told once; the verb (its tense and time) is the event.
    for (std::size_t k = 0; k + 1 < cands.size(); ++k) {
      auto& cd = cands[k];
      auto& verb = cands[k + 1];
      if (cd.pos != Pos::noun || cd.consumed || verb.pos != Pos::verb || verb.consumed || verb.cls != cd.cls) continue;
      if (verb.clause == cd.clause || verb.first - cd.last > 8 || toks[cd.last].text != ",") continue;
      bool appositive = toks[verb.first - 1].text == ",";
      for (std::size_t j = cd.last + 1; j + 1 < verb.first && appositive; ++j)
        appositive = toks[j].word && !is_clause_word(toks[j].lower) && toks[j].lower != "and" && toks[j].lower != "but";
      if (!appositive) continue;
      cd.consumed = true;
      std::size_t from = cd.first;
      while (from > 0 && clause[from - 1] == cd.clause) --from;
      verb.label_from = from;
    }
    // "Steinmeier said that ..., an RT correspondent reports (from the scene).": a closing clause
    // that only names who relays the sentence is its source, not a second statement of the story.
    std::size_t label_end = n;  // labels end before such a closing source clause
    for (std::size_t k = 1; k < cands.size(); ++k) {
      auto& cd = cands[k];
      if (cd.consumed || cd.pos != Pos::verb || cd.cls != EventClass::statement) continue;
      bool earlier_statement = false;
      for (std::size_t j = 0; j < k; ++j)
        if (!cands[j].consumed && cands[j].pos == Pos::verb && cands[j].cls == EventClass::statement) earlier_statement = true;
      if (!earlier_statement) continue;
      std::size_t open = cd.first;  // the clause's first token: the boundary that opened it
      while (open > 0 && clause[open - 1] == cd.clause) --open;
      if (toks[open].text != ",") continue;
      bool tail_is_source = true;  // nothing after the verb but the place it reports from
      for (std::size_t j = cd.last; j < n; ++j)
        if (clause[j] != cd.clause || toks[j].quoted || toks[j].lower == "that") tail_is_source = false;
      // ... a few words after a preposition ("reports from Geneva"), not a clause said ("Speaking
      // at noon, Endo said his players had warmed up").
      std::size_t tail_words = 0;
      for (std::size_t j = cd.last; j < n; ++j) tail_words += toks[j].word ? 1 : 0;
      if (tail_words > 0 && (tail_words > 6 || !prepositions().count(toks[cd.last].lower))) tail_is_source = false;
      for (std::size_t j = k + 1; j < cands.size(); ++j)
        if (!cands[j].consumed) tail_is_source = false;
      if (tail_is_source) {
        cd.consumed = true;
        label_end = open;
      }
    }
    // "anger at what she said was a two-hour delay", "what she called a betrayal": a
    // statement verb in a free relative hedges a word of the sentence; it is no statement of its own.
    // So with a noun subject: "after what passengers described as a five-hour wait".
    for (auto& cd : cands) {
      if (cd.consumed || cd.pos != Pos::verb || cd.cls != EventClass::statement) continue;
      for (std::size_t j = cd.first; j-- > 0 && cd.first - j <= 4;) {
        if (toks[j].lower == "what") {
          cd.consumed = true;
          break;
        }
        if (!toks[j].word || is_boundary(toks[j]) || verb_group_words().count(toks[j].lower)) break;
      }
    }
    // "She lifted the lid on the accounts by saying that ...": a verb whose object is followed by "by" and a
    // statement's gerund (event_cues.tsv `means`) tells how the statement was made; the saying is
    // the event, the verb none of its own.
    {
      statement_gerund_at.assign(n, nullptr);  // by first token: no scan per verb
      for (const auto& o : cands)
        if (!o.consumed && o.pos == Pos::verb && o.cls == EventClass::statement && toks[o.last - 1].lower.ends_with("ing"))
          statement_gerund_at[o.first] = &o;
      for (auto& cd : cands) {
        if (cd.consumed || cd.pos != Pos::verb || cd.cls == EventClass::statement) continue;
        for (std::size_t j = cd.last; j + 1 < n && j < cd.last + lex.means_window; ++j) {
          if (!toks[j].word || toks[j].quoted || is_boundary(toks[j])) break;
          if (!lex.means.count(toks[j].lower)) continue;
          if (statement_gerund_at[j + 1]) cd.consumed = true;
          break;
        }
      }
    }
    // "Port strike: unions, owners hold all-night talks": a short label opening the sentence
    // before a colon names the topic of what follows; the events are after it.
    for (std::size_t k = 0; k < cands.size(); ++k) {
      auto& cd = cands[k];
      if (cd.consumed || cd.pos != Pos::noun) continue;
      std::size_t colon = cd.last;
      while (colon < n && colon < 5 && toks[colon].text != ":" && clause[colon] == cd.clause) ++colon;
      if (colon >= n || colon >= 5 || toks[colon].text != ":" || clause[0] != cd.clause) break;
      for (std::size_t j = k + 1; j < cands.size(); ++j)
        if (!cands[j].consumed && cands[j].first > colon) {
          cd.consumed = true;
          break;
        }
      break;
    }
    // "Speaking in Tokyo at 6am, the prime minister said ...": a participle opening the sentence
    // frames the statement that follows; it is that statement, not a second one.
    if (!cands.empty() && cands[0].first == 0 && !cands[0].consumed && cands[0].pos == Pos::verb &&
        cands[0].cls == EventClass::statement && toks[cands[0].last - 1].lower.ends_with("ing"))
      for (std::size_t k = 1; k < cands.size(); ++k)
        if (!cands[k].consumed && cands[k].pos == Pos::verb && cands[k].cls == EventClass::statement &&
            cands[k].clause != cands[0].clause) {
          cands[0].consumed = true;
          break;
        }
    // "In a speech this week in Britain, Ash Carter accused Russia of ...", "told reporters at a
    // news conference on Friday that ...": a speech named by the preposition that frames a
    // statement verb of the sentence is where the statement was made, one event with it.
    for (std::size_t k = 0; k < cands.size(); ++k) {
      auto& cd = cands[k];
      if (cd.consumed || cd.pos != Pos::noun || cd.cls != EventClass::speech || cd.first < 2) continue;
      static const StringSet frames{"in", "at", "during"};
      std::size_t p = cd.first - 1;
      if (determiners().count(toks[p].lower) && p > 0) --p;
      if (!frames.count(toks[p].lower)) continue;
      for (std::size_t j = 0; j < cands.size(); ++j)
        if (j != k && !cands[j].consumed && cands[j].pos == Pos::verb && cands[j].cls == EventClass::statement &&
            (cands[j].first > cd.last ? cands[j].first - cd.last : cd.first - cands[j].last) <= 12) {
          cd.consumed = true;
          break;
        }
    }
    // "Harlow has been locked in negotiations with Moller for ten hours, the longest of all their
    // talks": a second noun of the same act (event_acts.tsv)
    // in one sentence, with no time of its own and no "previous" or "second" before it
    // (occurrence_words.tsv), is the same event named again.
    for (std::size_t k = 1; k < cands.size(); ++k) {
      auto& cd = cands[k];
      if (cd.consumed || cd.pos != Pos::noun || !act_listed(cd.lemma)) continue;
      bool earlier = false;
      for (std::size_t j = 0; j < k && !earlier; ++j)
        earlier = !cands[j].consumed && cands[j].cls == cd.cls && act_of(cands[j].lemma) == act_of(cd.lemma);
      if (!earlier) continue;
      bool own = false;
      for (std::size_t j = cd.first; j-- > 0 && cd.first - j <= 3 && !own;) own = !occurrence_word(toks[j].lower, true).empty();
      for (std::size_t j = 0; j < n && !own; ++j) own = in_timex[j] && clause[j] == cd.clause;
      if (!own) cd.consumed = true;
    }
    // Runs of quoted tokens: where each token's quotation starts and ends.
    run_start.assign(n, 0), run_end.assign(n, 0);
    for (std::size_t k = 0; k < n;) {
      std::size_t e = k + 1;
      if (toks[k].quoted)
        while (e < n && toks[e].quoted) ++e;
      for (std::size_t j = k; j < e; ++j) { run_start[j] = k; run_end[j] = e; }
      k = e;
    }
    trigger_tokens.assign(n, 0);  // 1 + candidate index, for scope searches
    for (std::size_t k = 0; k < cands.size(); ++k)
      if (!cands[k].consumed)
        for (std::size_t j = cands[k].first; j < cands[k].last; ++j) trigger_tokens[j] = k + 1;
    // Whether token j belongs to a verbal event: what ends a subject search or a clause's verb run.
    auto verb_at = [&](std::size_t j) { return trigger_tokens[j] && cands[trigger_tokens[j] - 1].pos == Pos::verb; };
    // The verbal event that opens right after the word at j ("and" [later] "finished"): its index
    // in cands plus one; 0 when none.
    auto verb_after = [&](std::size_t j) -> std::size_t {
      std::size_t v = j + 1;
      if (v < n && !trigger_tokens[v] && toks[v].lower.ends_with("ly")) ++v;  // "and then", "and later" are adverbs too
      return v < n && verb_at(v) && cands[trigger_tokens[v] - 1].first == v ? trigger_tokens[v] : 0;
    };
    // "fled the New South Wales town ... as a bushfire driven by strong winds reached its
    // outskirts": "as" with a noun phrase and then a finite verb of its own opens a clause whose
    // subject is that noun phrase, so no subject search crosses it (the fire reached, not New
    // South Wales). Its time still dates the main clause ("fled as the fire reached it at 9pm").
    // "served as a minister" and "as a pretext to bomb" have no finite verb of their own.
    subject_stop.assign(n, 0);
    for (std::size_t k = 0; k + 2 < n; ++k) {
      // "as a bushfire ... reached", "as Foreign Minister Ines Harlow opened".
      // "as voting ended", "as prices rose": a bare noun with its verb right after it.
      // So do "since", "until" and "once" with a noun phrase: "making it the longest meeting since
      // the talks began last summer" (the talks began, not "making it ...").
      if (toks[k].lower != "as") {
        const auto& w = toks[k].lower;  // compared in place: this runs on every token
        const bool opener = w == "since" || w == "until" || w == "till" || w == "once" || w == "after" || w == "before";
        if (!opener || in_timex[k + 1] || !determiners().count(toks[k + 1].lower)) continue;
        std::size_t j = k + 2;
        while (j < n && j < k + 8 && !is_boundary(toks[j]) && !verb_at(j) && !lex.coordinators.count(toks[j].lower)) ++j;
        // "a warning issued minutes after the quake was lifted about 3 hours later": after a
        // length, an event noun with an auxiliary after it is the other event of a link, as the
        // links read it, and the verb group is the noun phrase's before it ("days after the
        // campaign was suspended" names no event: the campaign's clause).
        const bool link_noun = (w == "after" || w == "before") && k > 0 && in_timex[k - 1] && j < n && j > k + 3 &&
                               (finite_auxiliaries().count(toks[j - 1].lower) || passive_auxiliary(toks[j - 1].lower)) &&
                               trigger_tokens[j - 2] && cands[trigger_tokens[j - 2] - 1].pos == Pos::noun;
        if (j < n && j < k + 8 && verb_at(j) && clause[j] == clause[k] && toks[j - 1].lower != "to" && !link_noun) subject_stop[k] = 1;
        continue;  // not "since its launch and prices have fallen": a noun, and another clause
      }
      static const StringSet not_subject{"well", "soon", "long", "much", "far", "many", "such", "if", "though",
                                         "part", "usual", "expected", "planned", "promised", "it", "they"};
      // "as nothing specific has been said": an indefinite pronoun is a noun phrase of its own.
      static const StringSet indefinite{"nothing", "nobody", "none", "everything", "everyone", "everybody",
                                        "something", "someone", "somebody", "anything", "anyone", "anybody"};
      const bool phrase = determiners().count(toks[k + 1].lower) || toks[k + 1].capitalized || indefinite.count(toks[k + 1].lower);
      const bool bare = !phrase && toks[k + 1].word && !toks[k + 1].quoted && !not_subject.count(toks[k + 1].lower) &&
                        !(k > 0 && (not_subject.count(toks[k - 1].lower) || toks[k - 1].lower == "same" || toks[k - 1].lower == "as"));
      if (!phrase && !bare) continue;
      // ... after a verb or a comma: "published as voting ended", not "his term as president ends".
      if (bare && !(k > 0 && (toks[k - 1].text == "," || verb_at(k - 1) || toks[k - 1].lower.ends_with("ed")))) continue;
      const std::size_t window = phrase ? 12 : 3;
      std::size_t j = k + 2;
      while (j < n && j < k + window && !is_boundary(toks[j]) && !verb_at(j)) ++j;
      if (j < n && j < k + window && verb_at(j) && clause[j] == clause[k] && toks[j - 1].lower != "to") subject_stop[k] = 1;
    }

    // A mention after a preposition is not a subject, except after a quantifier ("some of the
    // journalists", "one of the officials").
    // A mention opened by a role word in lower case ("manager Lars Berg", "spokesman John Kirby").
    auto role_first = [&](const EntityMention& m) {
      return !toks[m.first].capitalized && toks[m.first].word && !determiners().count(toks[m.first].lower) &&
             !pronouns_subject().count(toks[m.first].lower);
    };
    // ... and then a name ("manager Lars Berg", not "reporters").
    auto titled_name = [&](const EntityMention& m) { return role_first(m) && toks[m.last - 1].capitalized; };
    auto after_preposition = [&](const EntityMention& m) {
      std::size_t k = m.first;
      if (k > 0 && determiners().count(toks[k - 1].lower)) --k;  // "of the U.S. State Department"
      // The object of a participle ("officials accompanying Mr Kerry", "officials briefing
      // reporters") is no subject either; an "-ing" noun before a role in lower case and a name is
      // its modifier ("marketing manager Simon Blake").
      const bool role_opens = k == m.first && titled_name(m);
      if (k > 0 && !role_opens && toks[k - 1].word && !toks[k - 1].capitalized && toks[k - 1].lower.size() > 4 &&
          toks[k - 1].lower.ends_with("ing"))
        return true;
      if (k == 0 || !prepositions().count(toks[k - 1].lower)) return false;
      // ... but "one of Britain's largest charities" is about the charities, not Britain.
      const bool possessor = m.last < toks.size() && toks[m.last].lower == "'s";
      return !(toks[k - 1].lower == "of" && k >= 2 && quantifiers().count(toks[k - 2].lower) && !possessor);
    };

    // Mentions sorted by position: the index of the first one starting at or after token k.
    auto mention_from = [&](std::size_t k) {
      return static_cast<std::size_t>(
          std::lower_bound(mentions.begin(), mentions.end(), k,
                           [](const EntityMention& m, std::size_t x) { return m.first < x; }) -
          mentions.begin());
    };
    // Whether a verb group opens at token j: a verbal event, else an auxiliary, or an adverb
    // ("never", "also", "-ly") and a verbal event: ", told the jury", ", has said", ", never made".
    auto main_verb_resumes = [&](std::size_t j) {
      auto finite_verb = [&](std::size_t k) { return verb_at(k) && !toks[k].lower.ends_with("ing"); };  // ", confirming": no
      if (j >= n) return false;
      if (finite_verb(j) || finite_auxiliaries().count(toks[j].lower)) return true;
      const bool adverb = toks[j].lower == "never" || toks[j].lower == "also" || toks[j].lower.ends_with("ly");
      return adverb && j + 1 < n && finite_verb(j + 1);
    };
    // Where a relative clause set off by commas ends in [from, to): the comma its main clause's
    // verb group follows ("Kessel, who denied the charges, told the jury"); `to` when none does.
    auto relative_clause_end = [&](std::size_t from, std::size_t to) {
      for (std::size_t j = from; j + 1 < to; ++j)
        if (toks[j].text == "," && main_verb_resumes(j + 1)) return j;
      return to;
    };
    // Where what the statement verb `st` reports opens: after its "that" within four words ("said
    // on Friday that"), or after that of its addressee's place and time ("told reporters outside
    // the conference room at the Hotel Beau-Lac that"); else right after the verb.
    // Where what was said opens after token `from` (right after the verb, or its addressee):
    // after a "that" within four words, else after the place and time before a "that" ("told a
    // jury in New York on Wednesday that"), else, when `plain_addressee` (an addressee verb with
    // no name after it), after "the jury" of "told the jury he ..."; else `from`.
    auto said_after = [&](std::size_t from, bool plain_addressee) {
      for (std::size_t k = from; k < n && k < from + 4; ++k)
        if (opens_that_clause(toks, k, in_timex)) return k + 1;
      if (const std::size_t that = that_after_setting(toks, from, in_timex, trigger_tokens, verb_at, plain_addressee, lex);
          that > from)
        return that;
      return plain_addressee ? after_plain_addressee(toks, from, in_timex, trigger_tokens) : from;
    };
    auto reported_start = [&](const Candidate& st) {
      const std::size_t from = st.last;
      const bool addressed = lex.addressee_verbs.count(st.lemma) > 0;
      if (auto k = mention_from(from); addressed && k < mentions.size() && mentions[k].first == from && !mentions[k].pronoun) {
        for (std::size_t j = from; j < n && j < from + 4; ++j)  // "told reporters that"
          if (opens_that_clause(toks, j, in_timex)) return j + 1;
        const std::size_t after = said_after(mentions[k].last, false);
        return after > mentions[k].last ? after : from;
      }
      return said_after(from, addressed);
    };
    // "from the United States and Russia": the second of a pair after a preposition.
    auto in_prepositional_pair = [&](const EntityMention& m) {
      if (m.first == 0 || (toks[m.first - 1].lower != "and" && toks[m.first - 1].lower != "or")) return false;
      for (std::size_t k = mention_from(m.first > kReach ? m.first - kReach : 0); k < mentions.size() && mentions[k].first < m.first; ++k)
        // Not a place and a role: "the defeat at Porto and manager Lars Berg said" starts a clause.
        if (mentions[k].last + 1 == m.first)
          return after_preposition(mentions[k]) && !(mentions[k].kind == "place" && role_first(m));
      return false;
    };
    // "Martin Kessel, 54, was convicted", "Kessel, of Merrow, was found guilty", "Kessel, 54, of
    // Guildford, Surrey, showed no reaction": a subject set off from its verb by short appositives
    // between commas. The verb's clause starts at the last comma with at most an auxiliary or two
    // before the verb, and the name ends at the first comma.
    constexpr std::size_t kAppositive = 8;  // tokens of one appositive, at most
    constexpr int kAppositives = 3;         // appositives in a row, at most
    auto appositive_subject = [&](std::size_t verb, std::size_t verb_clause) -> const EntityMention* {
      std::size_t comma = verb;
      while (comma > 0 && clause[comma - 1] == verb_clause) --comma;
      if (toks[comma].text != "," || verb - comma > 3) return nullptr;
      for (std::size_t j = comma + 1; j < verb; ++j)
        if (!toks[j].word || toks[j].capitalized) return nullptr;  // only "was", "has been", "later"...
      // "the prime minister, Andrej Halm, conceded": the mention spans the role and the name. With
      // a verb right after it, a word such as "after" before it opens a clause, not a phrase.
      static const StringSet subordinators{"after", "before", "until", "since", "as", "when", "because", "while", "once"};
      for (std::size_t k = mention_from(comma > kReach ? comma - kReach : 0); k < mentions.size() && mentions[k].first < comma; ++k) {
        const EntityMention& m = mentions[k];
        if (m.last != comma || m.entity == EntityRegistry::npos || (m.kind != "person" && m.kind != "organisation")) continue;
        bool apposed = false;
        for (std::size_t j = m.first; j < m.last && !apposed; ++j) apposed = toks[j].text == ",";
        std::size_t q = m.first;
        if (q > 0 && determiners().count(toks[q - 1].lower)) --q;
        if (apposed && (!after_preposition(m) || (q > 0 && subordinators.count(toks[q - 1].lower)))) return &m;
      }
      for (int apposed = 0; apposed < kAppositives; ++apposed) {
        std::size_t first = comma;  // the appositive is [first, comma)
        while (first > 0 && comma - first <= kAppositive && toks[first - 1].text != ",") --first;
        if (first == 0 || toks[first - 1].text != "," || comma - first > kAppositive || comma == first) return nullptr;
        // A relative clause may be one of them ("Kessel, who denied the charges, was jailed"), but
        // only as a whole: "who" or "which" opens it.
        for (std::size_t j = first; j < comma; ++j)
          if (toks[j].quoted || toks[j].lower == "and" || (j > first && (toks[j].lower == "who" || toks[j].lower == "which")))
            return nullptr;
        // "The premier, Michael Darby, arrived": a person's name as the whole appositive of a
        // noun phrase with an article that opens the sentence names that subject.
        if (apposed == 0 && first >= 3 && determiners().count(toks[0].lower)) {
          bool plain = true;  // the noun phrase before it: words only
          for (std::size_t j = 1; j + 1 < first && plain; ++j) plain = toks[j].word && !verb_at(j) && !prepositions().count(toks[j].lower);
          for (std::size_t k = mention_from(first); plain && first - 1 <= 6 && k < mentions.size() && mentions[k].first == first; ++k)
            if (mentions[k].last == comma && mentions[k].kind == "person" && mentions[k].entity != EntityRegistry::npos &&
                !mentions[k].pronoun)
              return &mentions[k];
        }
        comma = first - 1;
        for (std::size_t k = mention_from(comma > kReach ? comma - kReach : 0); k < mentions.size() && mentions[k].first < comma; ++k) {
          const EntityMention& m = mentions[k];
          // A person or a firm ("Rosneft, meanwhile, has agreed", "DaimlerChrysler, a 30% shareholder ..., decided").
          if (m.last == comma && m.entity != EntityRegistry::npos && (m.kind == "person" || m.kind == "organisation") &&
              !after_preposition(m))
            return &m;
        }
      }
      return nullptr;
    };
    // Relative clauses: "A former finance director who stole £2.3m ... was jailed". The clause that
    // "who" or "which" opens has the noun before it (across a comma) as the subject of its first
    // verb, and, when a finite auxiliary then opens a second verb of the same clause, of that one
    // too: the relative clause ended there. Both verbs are cut off from the noun by the clause
    // boundary and by each other, so the subject search alone finds neither.
    // Where the main verb resumes also bounds the clause whatever the noun before "who" (a name
    // or not): "A former finance director who stole £2.3m ... was jailed ... on Friday" -- "on
    // Friday" dates the jailing, not the theft.
    struct Relative {
      const EntityMention* antecedent = nullptr;  // the named noun before "who", when there is one
      std::size_t who = 0;  // "who"/"which"
      std::size_t end = 0;  // the main verb's auxiliary, or 0 when the clause holds no main verb
    };
    std::unordered_map<std::size_t, Relative> relatives;  // by clause
    for (std::size_t k = 1; k < n; ++k) {
      if (toks[k].lower != "who" && toks[k].lower != "which") continue;
      if (k == 0 || clause[k] == clause[k - 1]) continue;
      Relative r{nullptr, k, 0};
      bool verb_seen = false;
      for (std::size_t j = k + 1; j < n && clause[j] == clause[k]; ++j) {
        if (verb_at(j) && !verb_seen) {
          verb_seen = true;
          j = cands[trigger_tokens[j] - 1].last - 1;
          continue;
        }
        if (verb_seen && finite_auxiliaries().count(toks[j].lower)) {
          r.end = j;
          break;
        }
      }
      std::size_t before = toks[k - 1].text == "," ? k - 1 : k;
      for (std::size_t q = mention_from(before > kReach ? before - kReach : 0); q < mentions.size() && mentions[q].first < before; ++q)
        if (mentions[q].last == before && mentions[q].entity != EntityRegistry::npos) r.antecedent = &mentions[q];
      // "the plan for Gdansk, which is being discussed": a name after a preposition is inside the
      // noun phrase the clause is about, not that noun phrase. "who" is said of a person, the one
      // named there: "a message repeated by Home Secretary Charles Clarke who said ..." (or a body:
      // "overturned by the Court of Appeal who said ...").
      if (r.antecedent && after_preposition(*r.antecedent) && !(toks[k].lower == "who" && (r.antecedent->kind == "person" || r.antecedent->kind == "organisation")))
        r.antecedent = nullptr;
      if (r.antecedent || r.end) relatives[clause[k]] = r;
    }
    // The subject a relative clause gives the verb `cd`, or nullptr.
    auto relative_subject = [&](const Candidate& cd) -> const EntityMention* {
      auto it = relatives.find(cd.clause);
      if (it == relatives.end() || !it->second.antecedent || cd.pos != Pos::verb) return nullptr;
      const Relative& r = it->second;
      if (r.end && cd.first > r.end) {
        for (std::size_t j = r.end; j < cd.first; ++j)
          if (verb_at(j)) return nullptr;
        return cd.first - r.end <= 3 ? r.antecedent : nullptr;
      }
      for (std::size_t j = r.antecedent->last; j < cd.first; ++j)
        if (verb_at(j)) return nullptr;  // not its first verb
      return r.antecedent;
    };
    event_index.clear();  // candidate -> index in `out`, for durations
    // What a statement of the sentence tells: "Mr Toner said [internal US discussions were
    // continuing]", "[barrel bombs killed nine], a group said". Candidate -> its statement.
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    told_by.assign(cands.size(), kNone);
    closing_statements.clear();  // (statement, first token after what it tells)
    const std::size_t sentence_first_event = out.size();
    statement_agent.clear();  // candidate -> its speaker
    verb_agent.clear();       // candidate (a verb) -> its first agent
    // "Kerry addressed the journalists and asked ...": a mention that is the object of an earlier
    // verb, joined to this one by "and"/"but", is no subject: the earlier verb's agent is.
    auto coordinated_object = [&](const EntityMention& m, std::size_t until) -> std::optional<const EntityMention*> {
      for (std::size_t j = m.last; j < until; ++j)
        if (toks[j].lower != "and" && toks[j].lower != "but" && toks[j].text != ",") return std::nullopt;
      if (m.last == until) return std::nullopt;
      std::size_t q = m.first;
      while (q > 0 && determiners().count(toks[q - 1].lower)) --q;
      if (q == 0 || !trigger_tokens[q - 1]) return std::nullopt;
      std::size_t v = trigger_tokens[q - 1] - 1;
      if (cands[v].pos != Pos::verb) return std::nullopt;
      auto it = verb_agent.find(v);
      return it == verb_agent.end() ? nullptr : it->second;
    };
    auto form_of = [&](const Candidate& cd) -> const std::string& { return toks[cd.last - 1].lower; };
    const TimexAt* said_future = nullptr;  // a later time a statement's words name (see below)
    // A clock time that names no day in a clause told in the past perfect ("had sent its reply
    // shortly after 7pm"): it had come by the time of the report.
    auto past_perfect_clock_at = [&](const Timex& timex, std::size_t first) {
      const std::string& v = timex.value;
      if (names_a_day(timex.rule) || v.size() < 16 || v[10] != 'T' || !std::isdigit(static_cast<unsigned char>(v[11])))
        return false;
      for (std::size_t j = first; j-- > 0 && first - j <= 10;) {
        if (toks[j].lower == "had") return true;
        if (toks[j].text == ";" || toks[j].lower == "will" || toks[j].lower == "would") return false;
      }
      return false;
    };
    auto past_perfect_clock = [&](const TimexAt& t) { return past_perfect_clock_at(*t.timex, t.first); };
    for (std::size_t ci = 0; ci < cands.size(); ++ci) {
      const auto& cd = cands[ci];
      if (cd.consumed) continue;
      EventMention ev;
      ev.id = doc.id + "#v" + std::to_string(version.index) + "#" + std::to_string(counter++);
      ev.document = doc_index;
      ev.version = version.index;
      ev.sentence = si;
      ev.trigger = {toks[cd.first].span.begin, toks[cd.last - 1].span.end};
      ev.cls = cd.cls;
      ev.lemma = cd.lemma;
      ev.nominal = cd.pos == Pos::noun;

      // Negation and modality: cues before the trigger in its clause.
      for (std::size_t j = cd.first; j-- > 0;) {
        if (trigger_tokens[j] && trigger_tokens[j] != ci + 1) break;
        if (toks[j].quoted != toks[cd.first].quoted) break;
        auto [len, cue] = lex.cues.match(toks, j);
        if (len && j + len <= cd.first && cd.first - j <= cue->window) {
          if (cue->negation) ev.negated = true;
          else if (ev.modality.empty()) ev.modality = cue->value;
        }
        if (is_boundary(toks[j])) break;
        if (cd.first - j > 10) break;
      }
      // The folded aspect verb's own cues: "the operation [will] continue until 2 March".
      if (cd.aspect_at != static_cast<std::size_t>(-1) && ev.modality.empty() && !ev.negated)
        for (std::size_t j = cd.aspect_at; j-- > cd.last;) {
          auto [len, cue] = lex.cues.match(toks, j);
          if (len && j + len <= cd.aspect_at && cd.aspect_at - j <= cue->window) {
            if (cue->negation) ev.negated = true;
            else ev.modality = cue->value;
            break;
          }
          if (is_boundary(toks[j]) || (trigger_tokens[j] && trigger_tokens[j] != ci + 1)) break;
        }
      // An infinitive is what someone aims at, not what happened ("would have to persuade the
      // rebels to end any fighting", "decided to travel"), unless the verb before it says it
      // happened ("continued to", "managed to").
      if (ev.modality.empty() && !ev.negated && cd.pos == Pos::verb && cd.first >= 2 && !lex.infinitive_marker.empty() &&
          toks[cd.first - 1].lower == lex.infinitive_marker && !lex.factives.count(toks[cd.first - 2].lower))
        ev.modality = lex.infinitive_modality;
      // A bare verb joined by "and" / "and then" / "or" shares the verb group before it: "would
      // work together to identify targets and then approve strikes" approves nothing yet.
      if (ev.modality.empty() && !ev.negated && cd.pos == Pos::verb && toks[cd.first].lower == cd.lemma)
        ev.modality = coordinated_modality(toks, cd.first, lex);

      // Agent.
      std::vector<const EntityMention*> agents;
      std::size_t connective_clause = n;  // "after Halm concedes": where the verb's clause opens after its connective
      const EntityMention* hearer = nullptr;  // the subject of a passive "was told": who heard it
      bool heard = false;                     // a passive "was told": a "by" names the speaker
      bool closing_inversion = false;         // "..., said Mr King": what was said is before the verb
      auto usable = [&](const EntityMention& m) { return m.entity != EntityRegistry::npos; };
      // The speaker named from mention k on: "declared Kasabian's singer Tom Meighan", "said
      // Wallabies coach Eddie Jones", "according to Exhibitor Relations president Paul Danvers":
      // the person after a body's name (or a possessive) and the role words is who spoke. "say
      // analysts Jupiter Research": a name right after a role names who they are.
      auto who_spoke = [&](std::size_t k) -> const EntityMention* {
        // "said the Northbridge manager, Ewan Doyle": a role and a name right after a name.
        if (k + 1 < mentions.size() && mentions[k + 1].first == mentions[k].last && usable(mentions[k + 1]) &&
            !mentions[k + 1].pronoun &&
            (mentions[k].kind == "group" || mentions[k].description ||
             (titled_name(mentions[k + 1]) && mentions[k + 1].kind == "person")))
          return &mentions[k + 1];
        for (std::size_t j = k + 1; j < mentions.size() && mentions[j].first <= mentions[k].last + 3; ++j) {
          const bool possessive = mentions[k].last < n && toks[mentions[k].last].lower == "'s";
          if (!usable(mentions[j]) || mentions[j].kind != "person" || mentions[j].pronoun || mentions[k].pronoun ||
              (mentions[k].kind == "person" && !possessive))
            break;
          bool roles_between = true;
          for (std::size_t t = mentions[k].last; t < mentions[j].first && roles_between; ++t)
            // "said the Northbridge manager, Ewan Doyle.": a comma may set the name off.
            roles_between = (t + 1 == mentions[j].first && t > mentions[k].last && toks[t].text == ",") ||
                            (toks[t].word && !toks[t].capitalized && !toks[t].quoted && !verb_at(t) &&
                             toks[t].lower != "and" && toks[t].lower != "or" &&  // "players and even Federer": two
                             (toks[t].lower == "'s" || !prepositions().count(toks[t].lower)));
          if (roles_between) return &mentions[j];
          break;
        }
        return &mentions[k];
      };
      if (cd.cls == EventClass::statement && cd.lemma == "according to") {
        for (std::size_t k = mention_from(cd.last); k < mentions.size() && mentions[k].first <= cd.last + 2; ++k)
          if (usable(mentions[k])) { agents.push_back(who_spoke(k)); break; }
      } else if (cd.cls == EventClass::statement) {
        // `"...," said Lavrov`: the speaker follows the verb right after a quotation.
        auto quote_end = [&](std::size_t k) { return is_quote_mark(toks[k]) || toks[k].quoted; };
        bool inverted = cd.first > 0 && (quote_end(cd.first - 1) ||
                                         (toks[cd.first - 1].text == "," && cd.first > 1 && quote_end(cd.first - 2)));
        auto right = [&]() -> const EntityMention* {
          for (std::size_t k = mention_from(cd.last); k < mentions.size() && mentions[k].first <= cd.last + 1; ++k)
            if (usable(mentions[k])) return who_spoke(k);
          return nullptr;
        };
        // "..., said Mr King." / "..., said the bank's chief economist, Ann Lee": so does a name
        // right after a verb that follows a comma and ends the sentence or opens an apposition
        // ("..., said Mr King would come" is no inversion: a verb follows the name).
        // Not after "told": "..., told Reuters" names who heard it.
        if (!inverted && cd.pos == Pos::verb && cd.first > 1 && toks[cd.first - 1].text == "," && !lex.addressee_verbs.count(cd.lemma))
          if (auto m = right(); m && !m->pronoun) {
            const std::size_t after = m->last;
            inverted = after >= n || toks[after].text == "," || toks[after].text == "." || toks[after].text == ";" ||
                       toks[after].text == "!" || (after + 1 == n && !toks[after].word);
            // What was said is before it, unless that is only a word or two of an aside ("Then,
            // say analysts, there is ...": what follows).
            std::size_t words_before = 0;
            for (std::size_t j = 0; j + 1 < cd.first; ++j) words_before += toks[j].word ? 1 : 0;
            closing_inversion = inverted && words_before >= 4;
          }
        if (inverted)
          if (auto m = right()) agents.push_back(m);
        // "Passengers ... were told at 11pm that ...": the subject of a passive "told" is who heard
        // it; the speaker, if any, follows "by".
        heard = cd.first > 0 && lex.addressed.count(toks[cd.first].lower) && passive_auxiliary(toks[cd.first - 1].lower);
        if (heard) {
          // Who heard it: the subject right before the verb group, no verb between ("Wass was
          // told", "Owners of some Nokia smartphones are being warned" has none named).
          std::size_t v = cd.first;
          while (v > 0 && verb_group_words().count(toks[v - 1].lower)) --v;
          for (auto it = std::make_reverse_iterator(mentions.begin() + static_cast<std::ptrdiff_t>(mention_from(v)));
               it != mentions.rend(); ++it) {
            if (it->last > v || clause[it->first] != cd.clause || v - it->last > 3) break;
            bool blocked = false;
            for (std::size_t j = it->last; j < v && !blocked; ++j) blocked = verb_at(j) || subject_stop[j] || !toks[j].word;
            if (blocked) break;
            // Not a possessive: "Mr Blake's murder trial was told" was not told to Mr Blake.
            const bool possessive = it->last < n && toks[it->last].lower == "'s";
            if (usable(*it) && !after_preposition(*it) && !in_prepositional_pair(*it) && !possessive) hearer = &*it;
            break;
          }
          // ... or the name opening the clause, with only participles between ("Passengers waiting
          // to board a flight at Kennedy airport were told"; "Reporters waiting in the lobby").
          if (!hearer) {
            std::size_t clause_start = v;
            while (clause_start > 0 && clause[clause_start - 1] == cd.clause) --clause_start;
            const std::size_t k = mention_from(clause_start);
            if (k < mentions.size() && mentions[k].first <= clause_start + 1 && mentions[k].last < v && usable(mentions[k]) &&
                !mentions[k].pronoun && !after_preposition(mentions[k]) && toks[mentions[k].last].lower != "'s") {
              bool finite_between = false;
              for (std::size_t j = mentions[k].last; j < v && !finite_between; ++j)
                finite_between = verb_at(j) && !toks[j].lower.ends_with("ing") && !(j > 0 && toks[j - 1].lower == "to");
              if (!finite_between && v - mentions[k].last <= 16) hearer = &mentions[k];  // "... at John F. Kennedy airport"
            }
          }
          for (std::size_t k = cd.last; k < n && k < cd.last + 6 && !is_boundary(toks[k]); ++k)
            if (toks[k].lower == "by") {
              for (std::size_t m = mention_from(k + 1); m < mentions.size() && mentions[m].first <= k + 3; ++m)
                if (usable(mentions[m])) { agents.push_back(&mentions[m]); break; }
              break;
            }
        }
        // "..., it said": a pronoun right before the verb that names nobody stands for a name
        // ("Boeing apologised - although it claimed ..."), not for a capitalised word opening the
        // sentence that the story never used before ("Steps being considered include ..., it said").
        const bool unnamed_pronoun = cd.first > 0 && pronouns_subject().count(toks[cd.first - 1].lower) && [&] {
          for (std::size_t k = mention_from(cd.first - 1); k < mentions.size() && mentions[k].first < cd.first; ++k)
            if (mentions[k].last == cd.first) return false;
          return true;
        }();
        if (agents.empty() && !heard) {
          for (auto it = std::make_reverse_iterator(mentions.begin() + static_cast<std::ptrdiff_t>(mention_from(cd.first)));
               it != mentions.rend(); ++it) {
            if (it->last > cd.first) continue;
            if (cd.first - it->last > kReach) break;
            bool blocked = false;
            // A participle right after the name modifies it: "A senior official travelling with
            // him said" is the official's statement.
            for (std::size_t j = it->last; j < cd.first && !blocked; ++j)
              blocked = toks[j].lower == "that" || (verb_at(j) && !(j == it->last && toks[j].lower.ends_with("ing"))) ||
                        subject_stop[j] || (toks[j].quoted && !toks[cd.first].quoted);
            if (blocked) break;
            // "..., they say": a pronoun with no antecedent is still the subject; no name further
            // back ("Structural reform ...") speaks instead.
            if (!usable(*it) && it->pronoun && !after_preposition(*it)) break;
            if (!usable(*it) || after_preposition(*it) || in_prepositional_pair(*it) ||
                (it->kind == "place" && clause[it->first] != cd.clause))
              continue;
            if (unnamed_pronoun && !story_names.count(it->entity) && it->kind != "organisation" && it->first == 0 &&
                it->last == 1)
              break;
            if (auto shared = coordinated_object(*it, cd.first)) {
              if (*shared) agents.push_back(*shared);
              break;
            }
            agents.push_back(&*it);
            break;
          }
        }
        if (agents.empty() && cd.first == 0)  // "Said the minister: ..."
          if (auto m = right()) agents.push_back(m);
        if (agents.empty())
          if (const EntityMention* m = relative_subject(cd)) agents.push_back(m);
        if (agents.empty())
          if (const EntityMention* m = appositive_subject(cd.first, cd.clause)) agents.push_back(m);
      } else {
        // The subject: the nearest mention left of the trigger in its clause, not in a
        // prepositional phrase, with no verb between.
        auto subject = [&](std::size_t reach) {
          for (auto it = std::make_reverse_iterator(mentions.begin() + static_cast<std::ptrdiff_t>(mention_from(cd.first)));
               it != mentions.rend(); ++it) {
            if (it->last > cd.first || clause[it->first] != cd.clause) continue;
            if (cd.pos == Pos::noun && it->last == cd.first) continue;  // a modifier: "Geneva talks"
            if (cd.first - it->last > reach) break;
            bool blocked = false;
            for (std::size_t j = it->last; j < cd.first && !blocked; ++j)
              blocked = verb_at(j) || subject_stop[j];
            if (blocked) break;
            // "bonds rally after Halm concedes defeat": after a temporal connective, a mention right
            // before the verb (its auxiliaries aside) is the subject of a clause, no object.
            std::size_t v = cd.first;
            while (v > it->last && verb_group_words().count(toks[v - 1].lower)) --v;
            const bool clause_subject = v == it->last && cd.pos == Pos::verb && it->first > 0 &&
                                        temporal_connectives().count(toks[it->first - 1].lower);
            if (!usable(*it) || (after_preposition(*it) && !clause_subject) || in_prepositional_pair(*it)) continue;
            if (auto shared = coordinated_object(*it, cd.first)) {
              if (*shared) agents.push_back(*shared);
              break;
            }
            agents.push_back(&*it);
            if (after_preposition(*it)) connective_clause = it->first;  // the label opens with this subject
            break;
          }
        };
        if (cd.pos == Pos::noun) {
          // A possessive ("Kerry's flight"); for meetings, speeches and travel also the subject
          // of a light verb ("Kerry and Lavrov held talks").
          for (std::size_t k = mention_from(cd.first > 8 ? cd.first - 8 : 0); k < mentions.size() && mentions[k].first < cd.first; ++k) {
            const auto& m = mentions[k];
            if (usable(m) && m.last < cd.first && toks[m.last].lower == "'s" && cd.first - m.last <= 3) agents.push_back(&m);
          }
          if (agents.empty() && (cd.cls == EventClass::meeting || cd.cls == EventClass::speech || cd.cls == EventClass::travel))
            subject(6);
        } else {
          subject(kReach);
          // "He resigned two days later, on 5 March, and was charged in September 2021": a verb
          // joined by "and"/"but" with no subject of its own shares that of the verb before it.
          if (agents.empty()) {
            std::size_t j = cd.first;
            while (j > 0 && verb_group_words().count(toks[j - 1].lower)) --j;
            if (j > 0 && (toks[j - 1].lower == "and" || toks[j - 1].lower == "but"))
              for (std::size_t k = ci; k-- > 0;)
                if (!cands[k].consumed && cands[k].pos == Pos::verb && cands[k].last <= j) {
                  if (auto it = verb_agent.find(k); it != verb_agent.end()) agents.push_back(it->second);
                  break;
                }
          }
          if (agents.empty())
            if (const EntityMention* m = relative_subject(cd)) agents.push_back(m);
          if (agents.empty())
            if (const EntityMention* m = appositive_subject(cd.first, cd.clause)) agents.push_back(m);
        }
      }
      // "..., adding that": a participle continues the previous statement of its sentence.
      if (agents.empty() && cd.cls == EventClass::statement && form_of(cd).ends_with("ing"))
        for (std::size_t k = ci; k-- > 0 && ci - k <= 8;)
          if (!cands[k].consumed && cands[k].cls == EventClass::statement && statement_agent.count(k)) {
            agents.push_back(statement_agent[k]);
            break;
          }
      // "Ed Blake, director of marketing at Tune Box, told ...": the description in apposition is
      // the person named right before it; the name is the agent.
      if (agents.size() == 1 && agents.front()->description && agents.front()->first >= 2) {
        const EntityMention* a = agents.front();
        const std::size_t k = mention_from(a->first);
        if (k > 0 && mentions[k - 1].entity == a->entity && mentions[k - 1].last + 1 == a->first &&
            toks[mentions[k - 1].last].text == ",")
          agents.front() = &mentions[k - 1];
      }
      // "Peter Nielson, who is UKIP Scotland chairman, said ...": a mention inside a "who" clause
      // that a comma closes right before the verb describes the clause's antecedent, the agent.
      if (agents.size() == 1 && cd.pos == Pos::verb) {
        const EntityMention* a = agents.front();
        auto rel = relatives.find(clause[a->first]);
        std::size_t v = cd.first;
        while (v > 0 && verb_group_words().count(toks[v - 1].lower)) --v;
        if (rel != relatives.end() && rel->second.antecedent && toks[rel->second.who].lower == "who" &&
            rel->second.who < a->first && rel->second.antecedent->last <= rel->second.who && a->last < v && v > 0 &&
            toks[v - 1].text == ",")
          agents.front() = rel->second.antecedent;
      }
      // Coordinated agents: "Kerry and Lavrov met", "neither Lavrov nor Kerry".
      if (agents.size() == 1 && cd.lemma != "according to") {
        const EntityMention* a = agents.front();
        for (auto it = std::make_reverse_iterator(mentions.begin() + static_cast<std::ptrdiff_t>(mention_from(a->first)));
             it != mentions.rend(); ++it) {
          if (it->last + 1 < a->first) break;
          if (it->last + 1 != a->first || !usable(*it)) continue;
          if (after_preposition(*it) && it->kind == "place" && role_first(*a)) break;  // "at Porto and manager Lars Berg said"
          auto conj = toks[a->first - 1].lower;
          // ... and a headline's "Lavrov, Kerry hold talks": two people listed from its start.
          // The verb follows the second name: not an appositive ("Irina Malek, Ostrevia's foreign
          // minister, said" is one person).
          const bool listed = conj == "," && (it->first == 0 || toks[it->first - 1].text == ":") && it->kind == "person" &&
                              a->kind == "person" &&
                              it->entity != a->entity && a->last < n &&
                              toks[a->last].word && !toks[a->last].capitalized && toks[a->last].lower != "'s";
          if (conj == "and" || conj == "nor" || conj == "&" || listed) {
            agents.insert(agents.begin(), &*it);
            a = &*it;
          }
        }
      }
      if (!agents.empty() && cd.cls == EventClass::statement) statement_agent[ci] = agents.front();
      if (!agents.empty() && cd.pos == Pos::verb) verb_agent[ci] = agents.front();
      // "Petts was killed by a falling tree", "Kessel was charged with fraud": the subject of a
      // passive verb is who it befell (patient); a name after "by" is who did it (agent). The
      // subject still counts as the clause's actor for pronouns and coordinated verbs.
      bool passive_verb = false;
      if (cd.pos == Pos::verb && cd.cls != EventClass::statement && cd.aspect_at == static_cast<std::size_t>(-1) &&
          !form_of(cd).ends_with("ing"))
        for (std::size_t j = cd.first; j > 0 && cd.first - j < 4 && verb_group_words().count(toks[j - 1].lower); --j)
          passive_verb = passive_verb || passive_auxiliary(toks[j - 1].lower);
      std::unordered_set<std::size_t> seen;
      for (const auto* a : agents) {
        const char* role = passive_verb ? "patient" : "agent";
        if (seen.insert(a->entity).second) ev.participants.push_back({entities.name(a->entity), role, a->span});
        for (auto other : a->also)
          if (seen.insert(other).second) ev.participants.push_back({entities.name(other), role, a->span});
      }
      if (passive_verb && cd.last + 1 < n && toks[cd.last].lower == "by")
        for (std::size_t k = mention_from(cd.last + 1); k < mentions.size() && mentions[k].first <= cd.last + 3; ++k)
          if (usable(mentions[k]) && seen.insert(mentions[k].entity).second) {
            ev.participants.push_back({entities.name(mentions[k].entity), "agent", mentions[k].span});
            break;
          }
      // Other participants of the trigger's clause.
      std::string location;
      for (std::size_t k = mention_from(cd.first > kReach ? cd.first - kReach : 0);
           k < mentions.size() && mentions[k].first <= cd.last + kReach; ++k) {
        const auto& m = mentions[k];
        if (!usable(m) || clause[m.first] != cd.clause || seen.count(m.entity)) continue;
        if (std::find(agents.begin(), agents.end(), &m) != agents.end()) continue;
        std::string role = "other";
        if (m.kind == "place" && m.first > 0 && location_prepositions().count(toks[m.first - 1].lower)) {
          role = "location";
          // A statement's place is where it was said ("said in Berlin"), not a place it speaks of.
          bool where_said = cd.cls != EventClass::statement ||
                            (m.first < cd.last + 3 && (agents.empty() || m.first >= agents.back()->last));
          if (location.empty() && where_said) location = entities.name(m.entity);
        } else if (m.first >= cd.last && m.first <= cd.last + 1 &&
                   (cd.cls == EventClass::statement || cd.cls == EventClass::attack)) {
          role = "patient";
        }
        seen.insert(m.entity);
        ev.participants.push_back({entities.name(m.entity), role, m.span});
        for (auto other : m.also)
          if (seen.insert(other).second) ev.participants.push_back({entities.name(other), role, m.span});
      }

      // Time anchor: a time expression of the clause, the paragraph header, the version's time
      // for new text, the publication time for present/perfect reporting.
      const TimexAt* best = nullptr;
      std::size_t best_distance = 2 * n + 2;  // another clause's time counts n more (below)
      // "got so tired of waiting that they fell asleep": a result clause happens when its cause
      // did, so the cause's time is its own too (the events of the clause before do not claim it).
      const bool in_result_clause = [&] {
        std::size_t open = cd.first;
        while (open > 0 && clause[open - 1] == cd.clause) --open;
        if (toks[open].lower != "that") return false;
        for (std::size_t j = open; j-- > 0 && open - j <= 6 && !toks[j].clause_edge;)
          if (toks[j].lower == "so" || toks[j].lower == "such") return true;
        return false;
      }();
      said_future = nullptr;
      std::vector<const TimexAt*> usable_times;  // of the trigger's clause, for the narrowest below
      for (const auto& t : times) {
        if (t.timex->type == TimexType::duration || t.timex->type == TimexType::set) continue;
        if (own_header && t.timex->span.end <= header->span.end) continue;
        // "have now met": PRESENT_REF says nothing a report's date does not.
        if (t.timex->value.ends_with("_REF")) continue;
        // A statement was made by the time it was reported: a later time ("will meet next week")
        // belongs to what was said, not to the saying. A statement still to come is dated by it
        // ("She will make a statement to MPs this afternoon").
        // (Not a clock time of a clause told in the past perfect: "said the ministry had sent its
        // reply shortly after 7pm" in a report of the next morning is the evening before.)
        if (cd.cls == EventClass::statement && doc.dct && ev.modality.empty() && !past_perfect_clock(t))
          if (later_than_publication(t.timex->value)) {
            // After the verb, or inside the quotation said ("'..., maybe meeting next week,' he said").
            bool in_words = t.first >= cd.last ? t.first - cd.last <= kReach
                                               : toks[t.first].quoted && cd.first - t.last <= kReach;
            if (in_words && !said_future) said_future = &t;
            continue;
          }
        std::size_t d = t.first >= cd.last ? t.first - cd.last : cd.first - std::min(cd.first, t.last);
        if (d > kReach) continue;
        // "played down a breakthrough from Friday's talks": a possessive time belongs to the noun it
        // modifies, not to the clause's verb.
        if (t.last < n && toks[t.last].lower == "'s" && !(cd.pos == Pos::noun && cd.first > t.last && cd.first - t.last <= 4))
          continue;
        // "ordered a hearing to take place in the autumn": an act told in the past was over when
        // it was reported, so a later time after its infinitive is that of what it set in motion.
        if (cd.pos == Pos::verb && ev.modality.empty() && doc.dct && t.first >= cd.last && told_in_past(toks, cd) &&
            later_than_publication(t.timex->value)) {
          bool infinitive = false;
          for (std::size_t j = cd.last; j < t.first && !infinitive; ++j) infinitive = toks[j].lower == "to";
          if (infinitive) {
            if (!said_future) said_future = &t;  // what it set in motion: an event of its own (below)
            continue;
          }
        }
        // "said the plan had been under discussion since February": a time after an auxiliary of
        // the reported clause dates what was said; the saying stays with the publication.
        if (cd.cls == EventClass::statement && cd.pos == Pos::verb && t.first >= cd.last) {
          bool reported = false;
          for (std::size_t j = cd.last; j < t.first && !reported; ++j)
            reported = lex.complement_auxiliaries.count(toks[j].lower) > 0 ||
                       (lex.reported_predicates.contains(toks[j].lower) && j > 0 && trigger_tokens[j - 1] &&
                        cands[trigger_tokens[j - 1] - 1].pos == Pos::noun);  // "said the quake hit at 2.17am"
          if (reported) continue;
        }
        // "Berg arrived in Geneva at 9pm on Friday, officials said": a time in the content before
        // the attribution dates the event told in the past there; the saying came after it.
        if (cd.cls == EventClass::statement && cd.pos == Pos::verb && t.last <= cd.first && clause[t.first] != cd.clause) {
          bool told_event = false;
          for (std::size_t j = 0; j < n && !told_event; ++j)
            if (clause[j] == clause[t.first] && trigger_tokens[j] && trigger_tokens[j] != ci + 1) {
              const Candidate& other = cands[trigger_tokens[j] - 1];
              told_event = other.pos == Pos::verb && other.cls != EventClass::statement && told_in_past(toks, other);
            }
          if (told_event) continue;
        }
        bool same_clause = clause[t.first] == cd.clause;
        // "The match finished at 11.40pm, more than four hours after it had been due to begin":
        // an event told after "after" or "before" is placed by the link to the other event, not
        // by that event's time.
        // Not across an auxiliary after a noun, as the links read it: in "a warning issued minutes
        // after the quake was lifted about 3 hours later" the lifting is the warning's.
        if (!same_clause) {
          bool linked = false, auxiliary = false;
          for (std::size_t j = cd.first; j-- > 0 && clause[j] == cd.clause && !linked;) {
            if (toks[j].lower == "after" || toks[j].lower == "before")
              linked = !auxiliary || (j + 1 < n && pronouns_subject().count(toks[j + 1].lower));
            auxiliary = auxiliary || finite_auxiliaries().count(toks[j].lower) || toks[j].lower == "been";
          }
          if (linked) continue;
        }
        // The relative clause's verb and a time after the main verb that resumes: two clauses.
        if (same_clause)
          if (auto r = relatives.find(cd.clause); r != relatives.end() && r->second.end && cd.first < r->second.end && t.first > r->second.end)
            same_clause = false;
        // "will take over from Meridian-2, which has been in service since 2011, once checks are
        // complete this summer": a relative clause's time dates what that clause says.
        if (!same_clause) {
          std::size_t open = t.first;
          while (open > 0 && clause[open - 1] == clause[t.first]) --open;
          if (toks[open].lower == "which" || toks[open].lower == "who") continue;
          // And the other way round: "gathered ... on Wednesday evening to remember Graham Petts,
          // the volunteer firefighter who died defending the town": the relative clause tells of
          // the noun, at a time of its own, not at the main clause's.
          // Not "at which", "during which": such a clause happens at the noun's time ("its AGM, at
          // which it will discuss the rescue plan").
          open = cd.first;
          while (open > 0 && clause[open - 1] == cd.clause) --open;
          if ((toks[open].lower == "which" || toks[open].lower == "who") && !(open > 0 && prepositions().count(toks[open - 1].lower)))
            continue;
        }
        // "adjourned sentencing until 10 June and released Kessel on bail": a time between the
        // first of two verbs joined by "and" and the second is the first one's.
        if (same_clause && cd.pos == Pos::verb && t.last < cd.first && cd.first > 0 && toks[cd.first - 1].lower == "and") {
          bool first_verb = false;
          for (std::size_t j = 0; j < t.first && !first_verb; ++j)
            first_verb = trigger_tokens[j] && trigger_tokens[j] != ci + 1 && clause[j] == cd.clause &&
                         cands[trigger_tokens[j] - 1].pos == Pos::verb;
          if (first_verb) continue;
        }
        // ... and a time after the second is the second's: "started an hour and a half late because
        // of a thunderstorm and finished just before midnight" did not start before midnight.
        if (same_clause && cd.pos == Pos::verb && t.first >= cd.last) {
          bool second_verb = false;
          for (std::size_t j = cd.last; j + 1 < t.first && !second_verb; ++j)
            if (toks[j].lower == "and" || toks[j].lower == "but")
              if (const std::size_t v2 = verb_after(j); v2 && v2 != ci + 1 && cands[v2 - 1].first < t.first &&
                                                        clause[cands[v2 - 1].first] == cd.clause)
                second_verb = true;
          if (second_verb) continue;
        }
        // Another event between the trigger and a time expression of another clause claims it.
        bool claimed = false;
        for (std::size_t j = std::min(t.first, cd.first); j < std::max(t.last, cd.last) && !claimed; ++j)
          claimed = trigger_tokens[j] && trigger_tokens[j] != ci + 1 &&
                    (cands[trigger_tokens[j] - 1].lemma != "be" ||  // a state claims the times of its own clause only
                     cands[trigger_tokens[j] - 1].clause == clause[t.first]);
        if (!same_clause && claimed && !(in_result_clause && t.last <= cd.first)) continue;
        if (!same_clause) d += n;  // prefer the clause's own
        else usable_times.push_back(&t);
        if (d < best_distance) { best = &t; best_distance = d; }
      }
      // Two times of one clause that nest ("the negotiations they had in 2016 took place in late
      // August"): both hold, so the narrower says more.
      if (best && clause[best->first] == cd.clause && doc.dct)
        if (auto outer = timex_bounds(best->timex->value, doc.dct))
          for (const auto* t : usable_times) {
            auto inner = timex_bounds(t->timex->value, doc.dct);
            if (t != best && inner && inner->first >= outer->first && inner->second <= outer->second &&
                inner->second - inner->first < outer->second - outer->first)
              best = t, outer = inner;
          }
      // "Two days after the fire reached Koonawarra, residents gathered ... on Wednesday evening":
      // an event in a clause opened by "<length> after" ("before") happened that length before
      // (after) the time of the clause it is tied to: the nearest date or time of another clause,
      // whatever events lie between.
      int lead_days = 0;
      Span lead{};
      // The first "<length> after|before" in tokens [from, to): the signed days it moves an event
      // that comes after the connective ("after": earlier), with its span; 0 days when the first
      // connective there has no whole-day length right before it (within [from, ...)).
      auto length_connective = [&](std::size_t from, std::size_t to) -> std::pair<int, Span> {
        for (std::size_t at = from + 1; at < to; ++at) {
          if (toks[at].lower != "after" && toks[at].lower != "before") continue;
          const Timex* length = nullptr;
          for (const auto& ta : times)
            if (ta.last == at && ta.first >= from && ta.timex->type == TimexType::duration) length = ta.timex;
          const int days = length ? whole_days(length->value) : 0;
          if (days == 0) return {0, {}};
          return {toks[at].lower == "after" ? -days : days, {length->span.begin, toks[at].span.end}};
        }
        return {0, {}};
      };
      if (!best || clause[best->first] != cd.clause) {
        std::size_t open = cd.first;
        while (open > 0 && clause[open - 1] == cd.clause) --open;
        if (auto [days, span] = length_connective(open, cd.first); days != 0) {
          const TimexAt* tied = nullptr;
          std::size_t nearest = n + 1;
          for (const auto& ta : times) {
            if (clause[ta.first] == cd.clause || (ta.timex->type != TimexType::date && ta.timex->type != TimexType::time)) continue;
            const std::size_t d = ta.first > cd.first ? ta.first - cd.first : cd.first - ta.first;
            if (d < nearest) tied = &ta, nearest = d;
          }
          if (tied) {
            best = tied;
            lead_days = days;
            lead = span;
          }
        }
      }
      // "Engineers drained the tanks and the launch team stood down about an hour later": with
      // no time of its own clause, an event whose clause says "<hours or minutes> later" happened
      // that long after the story's last clock time before it (the resolver keeps such a length a
      // DURATION, as TimeML does).
      std::optional<Timex> shifted;
      if (!best || clause[best->first] != cd.clause)
        for (const auto& ta : times) {
          if (clause[ta.first] != cd.clause || ta.timex->type != TimexType::duration) continue;
          const std::string& v = ta.timex->value;
          if (!v.starts_with("PT") || v.find('X') != std::string::npos) continue;
          const std::string_view text = doc.text(ta.timex->span);
          if (!(text.ends_with("later") || (ta.last < n && toks[ta.last].lower == "later"))) continue;
          const auto length = duration_minutes(v);
          if (!length || *length <= 0 || *length > 48 * 60) continue;
          // Its own "later": after the trigger with no other event between ("a warning issued
          // minutes after the quake was lifted about 3 hours later": the lifting's).
          if (ta.first < cd.last) continue;
          bool other_event = false;
          for (std::size_t j = cd.last; j < ta.first && !other_event; ++j) other_event = trigger_tokens[j] && trigger_tokens[j] != ci + 1;
          if (other_event) continue;
          // "about 3 hours later, at 5.20am": the time that follows says it outright.
          bool restated = false;
          for (const auto& tb : times)
            restated = restated || (tb.first >= ta.last && tb.first <= ta.last + 3 &&
                                    (tb.timex->type == TimexType::time || tb.timex->type == TimexType::date));
          if (restated) break;
          const Timex* before = nullptr;  // the last clock time before it in the version
          for (const auto& t : timexes) {
            if (t.span.begin >= ta.timex->span.begin) break;
            // "6.32pm EST (23:32 GMT)": the conversion in brackets restates the time before it.
            const bool conversion = t.span.begin > 0 && doc.bytes[t.span.begin - 1] == '(';
            if ((t.type == TimexType::time || t.type == TimexType::date) && t.value.size() >= 16 && t.value[10] == 'T' &&
                t.value[13] == ':' && !conversion)
              before = &t;
          }
          if (!before) break;
          if (auto clock = parse_iso_time(before->value); clock && clock->time_of_day) {
            Timex x = *before;
            x.value = shifted_iso(*clock, *length);  // its offset kept
            x.type = TimexType::time;
            x.mod = ta.timex->mod == "APPROX" || !before->mod.empty() ? "APPROX" : "";
            x.span = ta.timex->span;
            x.rule = "<length> later";
            shifted = x;
          }
          break;
        }
      // "The launch came two days after an attempt on Tuesday was abandoned": a time after
      // "<length> after" ("before") that follows the trigger dates what that clause tells; the
      // event before it is that length later (earlier).
      if (best && lead_days == 0 && best->first >= cd.last) {
        auto [days, span] = length_connective(cd.last, best->first);
        lead_days = -days;  // the event is before the connective: the other way
        lead = span;
      }
      const bool has_perfect = cd.first >= 1 && [&] {
        for (std::size_t j = cd.first; j-- > 0 && cd.first - j <= 2;)
          if (toks[j].lower == "has" || toks[j].lower == "have" || toks[j].lower == "'ve") return true;
        return false;
      }();
      const std::string& form = toks[cd.first].lower;
      const bool present = cd.last == cd.first + 1 && (form == cd.lemma + "s" || form == cd.lemma + "es" ||
                                                       (form == cd.lemma && cd.first > 0 && toks[cd.first - 1].word &&
                                                        toks[cd.first - 1].lower != "to" && !lex.cues.match(toks, cd.first - 1).first));
      // "are working", "is being negotiated": going on as the report was written; so is the noun
      // an aspect verb is about ("the negotiations ... are continuing").
      const std::size_t tense_at = cd.aspect_at != static_cast<std::size_t>(-1) ? cd.aspect_at : cd.first;
      const bool progressive = tense_at >= 1 && toks[tense_at].lower.ends_with("ing") &&
                               [&] {
                                 for (std::size_t j = tense_at; j-- > 0 && tense_at - j <= 2;)
                                   if (toks[j].lower == "is" || toks[j].lower == "are" || toks[j].lower == "am") return true;
                                 return false;
                               }();
      // "were injured", "killed", "met": told as past, so over by the time it was reported (an
      // event with no tense stays "under way by" its report).
      const bool simple_past = !has_perfect && !present && !progressive && told_in_past(toks, cd);
      // The zone of where it happened: the event's place ("in Geneva"); for a time said to be in
      // local time also a place of its sentence, else a listed country or city written in it
      // ("off the Sea of Japan coast"). "" when none is listed (parsers/data/place_zones.tsv).
      std::string place_after_time;  // "shortly after 7pm in Washington": that place's clock
      auto place_zone_here = [&](bool says_local) -> std::string {
        if (!place_after_time.empty()) return place_after_time;
        if (!location.empty())
          if (auto z = place_zone(location); !z.empty()) return z;
        if (!says_local) return {};  // "waiting for Washington" says nothing of where it happened
        return sentence_zone();
      };
      auto absolute = [&](TimeAnchor& a) {
        // The anchor's time in this sentence (a header's may be in another): what is around it.
        const TimexAt* at = nullptr;
        for (const auto& t : times)
          if (t.timex->span == a.timex.span) at = &t;
        place_after_time.clear();
        if (at && at->last > 0 && toks[at->last - 1].span.end == a.timex.span.end) {
          const std::size_t k = at->last;  // "7pm [in Washington]"
          if (k + 1 < n && toks[k].lower == "in" && toks[k + 1].capitalized) {
            std::string name(toks[k + 1].text);
            place_after_time = place_zone(name);
            if (k + 2 < n && toks[k + 2].capitalized)
              if (auto z = place_zone(name + " " + std::string(toks[k + 2].text)); !z.empty()) place_after_time = z;
          }
        }
        const bool past_perfect_clock_anchor = at && past_perfect_clock_at(a.timex, at->first);
        // "in the early hours of Thursday local time"; or a clock time in a report with no zone:
        // read in the zone of the place it happened, when the sentence names one.
        const std::string v = a.timex.value;
        const bool clock_or_part = v.size() > 11 && v[10] == 'T';
        // "at 2.17am (17:17 GMT on Wednesday)": a clock time given with its conversion to a zone
        // is the local time of where it happened; the conversion checks the reading below.
        const Timex* conversion = conversion_of(a.timex);
        // "Thursday local time" (in the expression) or "9pm local time" (right after it).
        const bool says_local = conversion || [&] {
          if (doc.text(a.timex.span).find("local time") != std::string_view::npos) return true;
          std::string_view after = bytes.substr(std::min(bytes.size(), a.timex.span.end));
          while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
          return after.starts_with("local time");
        }();
        const bool own_offset = zone_known(v, std::nullopt);  // "T10:00Z", "T21:00+01:00"
        // "Update 9pm:" is the publisher's clock, whatever place the paragraph's events are at.
        const bool publisher_clock = a.source == AnchorSource::paragraph_header;
        if (doc.dct && clock_or_part && !own_offset && !publisher_clock &&
            (says_local || !local_frame_zone.empty() || !place_after_time.empty() || !zone_known(v, doc.dct))) {
          std::string z = place_zone_here(says_local);
          if (z.empty() && (!says_local || conversion)) z = local_frame_zone;  // a conversion set it above
          auto there = z.empty() ? std::nullopt : in_zone(*doc.dct, z);
          if (there) {
            // A time with no day of its own ("at 2.17am", "this morning") was on the day of its
            // reference: the publication's day *there*, which may differ from the report's own.
            std::string value = v;
            std::optional<date::year_month_day> day;  // the day there, for a time that names none
            if (local_frame_day && z == local_frame_zone) {  // set by a conversion (the pass above)
              day = local_frame_day;
              // ... unless told in the past it would come after the publication there.
              auto published = publication_bounds(*there, 0);
              if (doc.dct->time_of_day && (has_perfect || simple_past || past_perfect_clock_anchor))
                if (auto b = timex_bounds(date::format("%F", date::sys_days{*day}) + value.substr(10), *there, a.timex.mod);
                    b && b->first > published.second)
                  day = date::year_month_day{date::sys_days{*day} - date::days{1}};
            } else if (there->day != doc.dct->day ||
                       (doc.dct->time_of_day && (has_perfect || simple_past || past_perfect_clock_anchor))) {
              // The publication's day there, or the day before when that puts it after the
              // publication: "lifted the trophy at 11.52pm" in a report published at 00:30 there;
              // "had sent its reply shortly after 7pm in Washington" in a London report of 08:15
              // (3.15am in Washington) is the evening before. A time still to come keeps the day.
              day = there->day;
              auto published = publication_bounds(*there, 0);
              if (auto b = timex_bounds(there->iso().substr(0, 10) + value.substr(10), *there, a.timex.mod);
                  b && b->first > published.second)
                day = date::year_month_day{date::sys_days{there->day} - date::days{1}};
              if (day == doc.dct->day) day.reset();
            }
            if (day && !names_a_day(a.timex.rule) && value.compare(0, 10, doc.dct->iso().substr(0, 10)) == 0) {
              PublicationTime on_day = *there;
              on_day.day = *day;
              value = on_day.iso().substr(0, 10) + value.substr(10);
            }
            auto b = timex_bounds(value, *there, a.timex.mod);
            if (b && conversion)
              if (auto converted = timex_bounds(conversion->value, std::nullopt); !converted || converted->first != b->first) b.reset();
            if (b) {
              if (says_local) local_frame_zone = z;
              a.timex.value = value;
              a.earliest = b->first;
              a.latest = b->second;
              a.zone_unknown = false;
              a.zone = z;
              return;
            }
          }
        }
        // "kicked off at 9.05pm local time (12:05 GMT)" where no listed place says whose local
        // time: the conversion says when it was.
        if (conversion && doc.dct && clock_or_part && !own_offset)
          if (auto converted = timex_bounds(conversion->value, std::nullopt)) {
            a.earliest = converted->first;
            a.latest = converted->second;
            a.zone_unknown = false;
            return;
          }
        if (auto b = timex_bounds(a.timex.value, doc.dct, a.timex.mod)) {
          a.earliest = b->first;
          a.latest = b->second;
          a.zone_unknown = !zone_known(a.timex.value, doc.dct);
        }
      };
      ev.new_in_version = previous && previous_text.find(normalize_space(doc.text(sspan))) == std::string::npos;
      if (shifted && lead_days == 0) best = nullptr;  // its own clause's "later" beats another clause's time
      if (best) {
        TimeAnchor a;
        a.timex = *best->timex;
        a.source = AnchorSource::timex;
        a.relation = AnchorRelation::during;
        // START/MID/END ("late August") name a part of the period: the bounds narrow, the event is in it.
        if (best->timex->mod == "BEFORE") a.relation = AnchorRelation::before;
        if (best->timex->mod == "AFTER") a.relation = AnchorRelation::after;
        std::size_t cue_first = best->first;
        bool cued = false;
        for (std::size_t back = 0; back <= 2 && back <= best->first; ++back) {
          std::size_t j = best->first - back;
          auto [len, rel] = lex.relations.match(toks, j);
          if (len && j + len >= best->first && j + len <= best->last) {
            a.relation = *rel;
            cue_first = j;
            cued = true;
            a.inclusive = *rel == AnchorRelation::before && toks[j].lower == "by";
            // "shortly before 4am": within the hour before it, not any time before.
            if (j > 0 && (*rel == AnchorRelation::before || *rel == AnchorRelation::after) && !a.inclusive)
              if (auto m = lex.near.find(toks[j - 1].lower); m != lex.near.end()) a.within = m->second;
            break;
          }
        }
        // "shortly after 7pm" is one expression (mod AFTER): how close, from its first word.
        if (!cued && (a.relation == AnchorRelation::before || a.relation == AnchorRelation::after))
          if (auto m = lex.near.find(toks[best->first].lower); m != lex.near.end()) a.within = m->second;
        // "have met twice since August 26": a perfect verb after "since" happened after it; only
        // a state ("has been under discussion since July") begins then.
        if (a.relation == AnchorRelation::begins && toks[cue_first].lower == "since" && has_perfect && cd.pos == Pos::verb &&
            !lex.statives.count(cd.lemma))
          a.relation = AnchorRelation::after;
        // "adjourned sentencing until 10 June": the adjourning happened before the time; what
        // ends then is the wait it made, not the act.
        if (a.relation == AnchorRelation::ends)
          if (auto d = lex.deferrals.find(cd.lemma); d != lex.deferrals.end()) a.relation = d->second;
        // "since last summer's Iran nuclear deal": a time in the possessive dates the noun it
        // owns; the cue before it belongs to another event.
        if (cd.pos == Pos::noun && best->last < n && toks[best->last].lower == "'s" && cd.first > best->last &&
            cd.first - best->last <= 4) {
          a.relation = AnchorRelation::during;
          cue_first = best->first;
        }
        a.evidence = {toks[cue_first].span.begin, best->timex->span.end};
        if (lead_days != 0 && a.relation == AnchorRelation::during)
          if (auto moved = moved_by_days(a.timex.value, lead_days)) {
            a.timex.value = *moved;
            a.evidence = {std::min(lead.begin, a.evidence.begin), std::max(lead.end, a.evidence.end)};
          }
        absolute(a);
        ev.anchor = a;
      } else if (shifted) {
        TimeAnchor a;
        a.timex = *shifted;
        a.source = AnchorSource::timex;
        a.relation = AnchorRelation::during;
        a.evidence = shifted->span;
        absolute(a);
        ev.anchor = a;
      } else if (header) {
        TimeAnchor a;
        a.source = AnchorSource::paragraph_header;
        a.relation = header->relation;
        a.evidence = header->span;
        if (header->timex) {
          a.timex = *header->timex;
          absolute(a);
          // "Update 9pm:" reports what happened that day by 9pm (and "Earlier:" after it, before).
          // What it tells in the perfect or present ("Forty days of fighting has killed ...",
          // "They have held a series of calls in recent days") had happened by then, not that day.
          const std::string& v = a.timex.value;
          // (A statement in the perfect is the day's news: "Update 9pm: Lavrov has said ...".)
          const bool by_then = cd.cls != EventClass::statement && (has_perfect || present || progressive);
          if (a.relation == AnchorRelation::before && v.size() > 11 && v[10] == 'T' && a.latest && !by_then)
            if (auto day = timex_bounds(std::string_view(v).substr(0, 10), doc.dct)) {
              a.relation = AnchorRelation::during;
              a.earliest = day->first;
              // Before 9pm is a day, not 9pm.
              if (header->inherited) {
                a.timex.value = v.substr(0, 10);
                a.timex.type = TimexType::date;
              }
            }
        } else if (doc.dct) {
          a.timex.type = doc.dct->time_of_day ? TimexType::time : TimexType::date;
          a.timex.value = version_bounds ? version_iso : doc.dct->iso();
          a.timex.anchor = "dct";
          a.timex.rule = "paragraph_header";
          auto b = version_bounds ? *version_bounds : publication_bounds(*doc.dct, 0);
          a.earliest = b.first;
          a.latest = b.second;
        }
        ev.anchor = a;
      } else if (ev.new_in_version && version_bounds) {
        TimeAnchor a;
        a.source = AnchorSource::version_time;
        a.relation = AnchorRelation::before;
        a.evidence = sspan;
        a.timex.type = doc.dct->time_of_day ? TimexType::time : TimexType::date;
        a.timex.value = version_iso;
        a.timex.anchor = "dct";
        a.timex.rule = "version_time";
        a.earliest = version_bounds->first;
        a.latest = version_bounds->second;
        a.zone_unknown = !zone_known(a.timex.value, doc.dct);
        ev.anchor = a;
      } else if ((cd.cls == EventClass::statement && (has_perfect || present)) ||
                 (cd.pos == Pos::verb && ev.modality.empty() && (present || progressive || simple_past))) {
        TimeAnchor a;
        a.source = AnchorSource::publication_time;
        // Going on as the report was written ("talks are continuing", "are still negotiating"):
        // the event takes in the publication, however long it has lasted (a minute's window of a
        // publication at 15:00 is no window for talks of more than nine hours).
        a.relation = has_perfect || simple_past                   ? AnchorRelation::before
                     : cd.cls != EventClass::statement && progressive ? AnchorRelation::includes
                                                                      : AnchorRelation::during;
        // A headline's present is the news present: "Skylark Atlantic collapses" happened by the
        // time of the report, not at it ("Talks continuing" is still going on).
        if (version.sentences[si].heading && present && !progressive && !has_perfect && cd.cls != EventClass::statement)
          a.relation = AnchorRelation::before;
        a.evidence = ev.trigger;
        if (has_perfect)
          for (std::size_t j = cd.first; j-- > 0 && cd.first - j <= 2;)
            if (toks[j].lower == "has" || toks[j].lower == "have" || toks[j].lower == "'ve") a.evidence.begin = toks[j].span.begin;
        a.timex.anchor = "dct";
        a.timex.rule = "publication_time";
        if (doc.dct) {
          a.timex.type = doc.dct->time_of_day ? TimexType::time : TimexType::date;
          a.timex.value = doc.dct->iso();
          auto b = publication_bounds(*doc.dct, 0);
          a.earliest = b.first;
          a.latest = b.second;
          a.zone_unknown = !zone_known(a.timex.value, doc.dct);
        }
        ev.anchor = a;
      }

      // Label.
      // A label ends on a word that says something: not "... despite misgivings was", "... by
      // saying", "... talks with" (a cut clause leaves its auxiliary, preposition or conjunction).
      // The relation word of a time left out of a label ("on [Friday]"), and a word of nearness
      // before it ("shortly before [4am]"), go with the time.
      auto time_cue_at = [&](std::size_t k) {
        return k + 1 < n && in_timex[k + 1] && !in_duration[k + 1] && lex.relations.match(toks, k).first == 1;
      };
      auto near_cue_at = [&](std::size_t k) { return lex.near.count(toks[k].lower) > 0 && time_cue_at(k + 1); };
      // "that was the time when ...": a "that" right before a finite auxiliary is a pronoun, the
      // clause's subject, not the conjunction labels leave out.
      auto demonstrative_that = [&](std::size_t k) {
        return toks[k].lower == "that" && k + 1 < n && finite_auxiliaries().count(toks[k + 1].lower);
      };
      // "issues that remained unresolved": a "that" right before a past verb is the subject of a
      // relative clause, which reads wrong without it; a participle before a plural noun is an
      // adjective of the clause's subject ("said that armed groups ..."), and that "that" goes.
      auto relative_that = [&](std::size_t k) {
        if (toks[k].lower != "that" || k + 1 >= n || !toks[k + 1].word || toks[k + 1].lower.size() < 5 ||
            !toks[k + 1].lower.ends_with("ed"))
          return false;
        return !(k + 2 < n && toks[k + 2].word && toks[k + 2].lower.size() > 3 && toks[k + 2].lower.ends_with("s") &&
                 !toks[k + 2].lower.ends_with("ss"));
      };
      // A dropped word that stays before some words (label_drop.txt): "a few issues" is not "few issues".
      auto kept_before = [&](std::size_t k) {
        auto it = lex.label_drop_kept.find(toks[k].lower);
        if (it != lex.label_drop_kept.end() && k + 1 < n && toks[k + 1].word && it->second.contains(toks[k + 1].lower))
          return true;
        // ... or after some, an adverb between ("there was also a decline"): "they were a present"
        // is not "they were present".
        auto after = lex.label_drop_kept_after.find(toks[k].lower);
        if (after == lex.label_drop_kept_after.end()) return false;
        std::size_t p = k;
        while (p > 1 && toks[p - 1].word && lex.label_article_adverbs.contains(toks[p - 1].lower)) --p;
        return p > 0 && toks[p - 1].word && after->second.contains(toks[p - 1].lower);
      };
      auto trim_end = [&](std::size_t a, std::size_t b) {
        static const StringSet dangling{"been", "being", "has", "have", "had", "and", "or", "but", "to", "the",
                                        "a", "an", "saying", "that", "which", "who", "as", "than", "its",
                                        "their", "his", "her", "almost", "nearly", "just"};
        b = std::min(b, n);
        // The last word rendered (time expressions and punctuation are not).
        std::size_t last = b;
        auto unrendered = [&](std::size_t k) {
          return !toks[k].word || (in_timex[k] && !in_duration[k]) || in_header[k] || time_cue_at(k) || near_cue_at(k);
        };
        while (last > a && unrendered(last - 1)) --last;
        std::size_t cut = last;
        static const StringSet copulas{"is", "are", "was", "were", "be", "been"};
        // "the car was not his.": a possessive ending its clause stands for a noun, no dangling word.
        static const StringSet possessives{"its", "their", "his", "her"};
        if (last > a + 1 && possessives.count(toks[last - 1].lower) && (last == n || !toks[last].word) &&
            (copulas.count(toks[last - 2].lower) || toks[last - 2].lower == "not"))
          return b;
        while (cut > a + 1 && !toks[cut - 1].quoted && cut - 1 != cd.first &&
               (dangling.count(toks[cut - 1].lower) || prepositions().count(toks[cut - 1].lower)) &&
               !(cut == last && copulas.count(toks[cut - 2].lower) && prepositions().count(toks[cut - 1].lower)))  // "were over"
          --cut;
        return cut == last ? b : cut;  // nothing dangles: keep the closing punctuation
      };
      auto render = [&](std::size_t a, std::size_t b, bool whole = true) {
        if (whole && b > a + 1 && b <= n && !toks[b - 1].quoted) b = trim_end(a, b);
        std::string s;
        bool held_by_opening = false;  // the last token written opens what follows: no space after it
        std::size_t last_written = static_cast<std::size_t>(-1);
        const bool own_aside = aside_open < cd.first && cd.first <= aside_close;
        for (std::size_t k = a; k < b && k < n; ++k) {
          const auto& t = toks[k];
          if (!own_aside && k >= aside_open && k <= aside_close) continue;  // ", officials said," of another event
          // Points in time are left out of labels (the timeline shows them); lengths stay
          // ("talks continued for 11 hours").
          if ((in_timex[k] && !in_duration[k]) || in_header[k] || is_quote_mark(t)) continue;
          if (t.lower == "'s" && k > 0 && in_timex[k - 1] && !in_duration[k - 1]) continue;  // "[Friday]'s talks"
          // The preposition of a time left out goes with it ("killed nine on [Friday]"), not that of
          // a noun the time only modifies ("conceded defeat in [Sunday]'s election").
          if (near_cue_at(k)) continue;
          if (time_cue_at(k)) {
            std::size_t e = k + 1;
            while (e < n && in_timex[e]) ++e;
            if (!(e < n && toks[e].lower == "'s")) continue;
          }
          // A state's own verb group stays: "Halm has been prime minister".
          const bool state_verb = cd.lemma == "be" && k < cd.last && k + 2 >= cd.first;
          // An auxiliary before a negation stays: "has not done" ("not done" is no clause); not before
          // a passive, whose "been" goes ("has not been revealed" reads "not revealed").
          auto negated_perfect = [&] {
            if (!perfect_auxiliary(t) || k + 1 >= n || toks[k + 1].lower != "not") return false;
            std::size_t v = k + 2;
            if (v < n && toks[v].lower == "yet") ++v;
            return v < n && toks[v].lower != "been";
          };
          if (t.word && !t.quoted && !state_verb && lex.label_drop.count(t.lower) &&
              !(k + 1 < n && toks[k + 1].lower == "n't") && !negated_perfect() &&
              !demonstrative_that(k) && !relative_that(k) && !kept_before(k) &&
              !(k > 0 && !toks[k - 1].word && !is_quote_mark(toks[k - 1]) && toks[k - 1].span.end == t.span.begin)) {  // "Q&A"
            // "have" is an auxiliary only before a participle or "been": "the sides have a chance" keeps it.
            // It goes only where the participle reads as a past ("have agreed" -> "agreed"); "have
            // spoken" keeps it ("They spoken" is no English).
            // After "to" or a modal "have" stays: "appeared to have died", "would have agreed".
            static const StringSet keeps_have{"to", "would", "could", "should", "might", "may", "must", "will", "shall", "can"};
            auto kept_have_at = [&](std::size_t h) { return toks[h].lower == "have" && h > 0 && keeps_have.count(toks[h - 1].lower); };
            // ... and so does the "been" after it ("may have been stolen", not "may have stolen").
            const bool kept_have = kept_have_at(k) || (t.lower == "been" && k > 1 && kept_have_at(k - 1));
            // Judged past an adverb: "has yet been reached" is an auxiliary ("No result yet reached",
            // not "No result has yet reached").
            static const StringSet between{"yet", "already", "also", "still", "just", "never", "ever", "long", "since", "recently"};
            std::size_t after = k + 1;
            while (after + 1 < n && between.contains(toks[after].lower)) ++after;
            bool main_have = perfect_auxiliary(t) && after < n && toks[after].word &&
                             toks[after].lower != "been" && !toks[after].lower.ends_with("ed") &&
                             (!lex.cues.match(toks, k + 1).first || toks[k + 1].lower == "no" ||
                              toks[k + 1].lower == "nothing");  // "had no information": a main verb
            if (!main_have && !kept_have) continue;
          }
          // A sign goes against what it was written against ("said:", "killed,"), even a word left out
          // ("the 'download" reads "'download", spaced from the word before).
          bool attach = (!t.word && (k == 0 || toks[k - 1].span.end == t.span.begin)) || t.lower == "'s" || t.lower == "n't" ||
                        t.lower.starts_with("'");
          // An opening bracket, single quote or currency sign ("as ‘real chance’ of", "spend $3.3bn")
          // stands after a space and holds the next word.
          static const StringSet openings{"(", "\xE2\x80\x98", "$", "\xC2\xA3", "\xE2\x82\xAC", "\xC2\xA5"};
          // A straight quote opens when spaced from what is before it and against the word after
          // it ("the 'final' offer").
          const bool opening = openings.contains(t.text) ||
                               (t.text == "'" && (k == 0 || toks[k - 1].span.end != t.span.begin) && k + 1 < n && toks[k + 1].word &&
                                toks[k + 1].span.begin == t.span.end);
          if (opening || t.text == "\xE2\x80\x94") attach = false;
          bool space = !s.empty() && !attach && !held_by_opening;
          // Two tokens written one after the other are spaced as the report spaces them: "US$10.6
          // million", "AT&T", "HIV/Aids", "to 'BB+'" (not "to' BB+'"), "growth of -0.1%".
          if (!s.empty() && k > 0 && last_written == k - 1) space = toks[k - 1].span.end != t.span.begin;
          if (space) s += ' ';
          if (s.empty() && !t.word && !opening) continue;
          s += t.text;
          held_by_opening = opening;
          last_written = k;
          if (s.size() > 2 * kLabelLineBytes) break;  // it is cut to one line anyway
        }
        // "hit at 2.17am (17:17 GMT)" leaves "hit ()" once its times are left out.
        for (std::size_t p; (p = s.find("()")) != std::string::npos;) {
          std::size_t from = p > 0 && s[p - 1] == ' ' ? p - 1 : p;
          s.erase(from, p + 2 - from);
        }
        // "in Washington, [the same night], but" leaves two commas once the time is left out.
        for (std::size_t p; (p = s.find(",,")) != std::string::npos;) s.erase(p, 1);
        while (!s.empty() && (s.back() == ',' || s.back() == ':' || s.back() == ';' || s.back() == ' ')) s.pop_back();
        return s;
      };
      // The same, from the first word that can open a label ("of fighting ..." -> "fighting ...").
      auto render_label = [&](std::size_t a, std::size_t b) {
        while (a < b && a < n && (!toks[a].word || lex.label_openers.count(toks[a].lower) || in_timex[a] || in_header[a])) {
          if (a == cd.first) break;  // never skip the trigger itself
          // ... nor a "that" that is a clause's subject where no noun stands before it for a
          // relative "that" to follow ("That is going to change", "said that was the time").
          if (demonstrative_that(a) && (a == 0 || is_quote_mark(toks[a - 1]) ||
                                        (trigger_tokens[a - 1] && cands[trigger_tokens[a - 1] - 1].cls == EventClass::statement)))
            break;
          if (lex.opener_phrases.match(toks, a).first) break;  // "at least nine people"
          ++a;
        }
        // A window cut inside its clause ends on a whole phrase: "Kerry returned to Geneva despite
        // misgivings was" loses its "was"; "asked how they are" stays (without "are" it would end
        // on "they", without that on "how").
        if (b > a + 2 && b > cd.last + 1 && b < n && toks[b - 1].word && lex.label_enders.contains(toks[b - 1].lower) &&
            toks[b - 2].word && !lex.label_enders.contains(toks[b - 2].lower))
          --b;
        return render(a, b);
      };
      // Whether a subject's noun phrase ends at token k: what follows is a comma, a preposition,
      // "who"/"which" or the verb group ("Geneva talks ..." goes on: "Geneva" is no subject there).
      auto subject_ends = [&](std::size_t k) {
        return k < n && (!toks[k].word || prepositions().count(toks[k].lower) || toks[k].lower == "who" ||
                         toks[k].lower == "which" || verb_group_words().count(toks[k].lower));
      };
      // A finite verb or a participle after its auxiliary, not "without agreeing" or "to meet".
      auto finite = [&](const Candidate& verb) {
        std::size_t v = verb.first;
        while (v > 0 && verb_group_words().count(toks[v - 1].lower)) --v;
        if (v < verb.first) return true;
        if (v > 0 && (prepositions().count(toks[v - 1].lower) || toks[v - 1].lower == "to" || toks[v - 1].lower == "without"))
          return false;
        return !form_of(verb).ends_with("ing");
      };
      std::string label;
      std::string speaker = agents.empty() ? "" : agent_name(entities, *agents.front(), doc.text(agents.front()->span));
      if (agents.size() > 1 && (cd.cls != EventClass::statement || cd.lemma == "agree that"))  // "Moscow and Washington agree that"
        speaker += " and " + short_name(entities, agents.back()->entity);
      if (cd.cls == EventClass::statement) {
        // The gist: the quotation nearest the trigger, else what follows the verb.
        std::size_t qa = n, qb = n;
        auto consider = [&](std::size_t k) {  // the quoted run holding token k
          std::size_t b = run_start[k], e = run_end[k];
          // Only a quotation right before the verb and its speaker (`"...," he said`) or right
          // after the verb (`said: "..."`) is what was said.
          std::size_t dist = 0;
          if (e <= cd.first) {  // the speaker's own words between the quotation and the verb don't count
            // ... nor those of the noun phrase the speaker's name ends (`"...," Tune Box music and
            // marketing manager Simon Blake said`), up to eight words with no verb among them.
            std::size_t np_from = cd.first;
            if (!agents.empty() && agents.front()->first >= e && agents.front()->last <= cd.first) {
              np_from = agents.front()->first;
              while (np_from > e && np_from + 8 > agents.front()->first && toks[np_from - 1].word && !toks[np_from - 1].quoted &&
                     !verb_at(np_from - 1) && toks[np_from - 1].lower != "that" &&
                     (!lex.label_openers.count(toks[np_from - 1].lower) ||
                      (toks[np_from - 1].lower == "and" && np_from - 1 > e && toks[np_from - 2].word && !verb_at(np_from - 2))))
                --np_from;
            }
            for (std::size_t j = e; j < cd.first; ++j) {
              bool by_speaker = j >= np_from && j < agents.front()->last;
              for (const auto* ag : agents) by_speaker = by_speaker || (j >= ag->first && j < ag->last);
              if (toks[j].word && !by_speaker) ++dist;
              // `how they are "surviving" while Lavrov said`: a conjunction opens another clause.
              if (toks[j].word && !by_speaker && lex.label_openers.count(toks[j].lower)) dist = n + 1;
            }
          } else {
            // Words only: `said in a statement: "..."` is three words from its quotation.
            for (std::size_t j = cd.last; j < b; ++j) dist += toks[j].word ? 1 : 0;
          }
          // A statement noun takes a quotation right after it ("a statement: \"...\""), not one
          // past the verb it is the subject of ("a statement would come \"within the hour\"").
          std::size_t limit = e <= cd.first ? 4 : cd.pos == Pos::noun ? 0 : 3;
          std::size_t old = qa == n ? n + 1 : (qb <= cd.first ? cd.first - qb : qa - std::min(qa, cd.last));
          if (dist <= limit && dist < old) { qa = b; qb = e; }
        };
        for (std::size_t j = cd.first; j-- > 0 && cd.first - j <= 16;)
          if (toks[j].quoted) { consider(j); break; }
        for (std::size_t j = cd.last; j < n && j - cd.last <= 8; ++j)
          if (toks[j].quoted) { consider(j); break; }
        // A word or two in quotes inside the clause said ("asked how they are “surviving”") is
        // no quotation of its own: the gist is the clause.
        // ... nor is one right after the verb that the clause goes on from (`said "blog" headed
        // the list`: what was said is the clause).
        if (qa < n && qa >= cd.last) {
          std::size_t words = 0, after = 0;
          for (std::size_t k = qa; k < qb; ++k) words += toks[k].word ? 1 : 0;
          for (std::size_t k = qb; k < n && k < qb + 3 && toks[k].word && !toks[k].quoted; ++k) ++after;
          if (words <= 2 && (qa > cd.last || after >= 2)) qa = qb = n;
        }
        // `BT sees itself as an "enabler", said Mr Burke`, `users can create "style sheets", its
        // developers say`: a word or two in quotes ending a longer sentence before a closing
        // attribution is part of what was said, not all of it.
        if (qa < n && qb <= cd.first) {
          const bool inverted_speaker = !agents.empty() && agents.front()->first >= cd.last;
          const std::size_t speaker_at = inverted_speaker || agents.empty() ? cd.first : agents.front()->first;
          std::size_t words = 0, before = 0, between = 0;
          for (std::size_t k = qa; k < qb; ++k) words += toks[k].word ? 1 : 0;
          for (std::size_t k = 0; k < qa; ++k) before += toks[k].word && !toks[k].quoted ? 1 : 0;
          for (std::size_t k = qb; k < speaker_at; ++k) between += toks[k].word ? 1 : 0;
          const bool closes = qb < n && (toks[qb].text == "," || (is_quote_mark(toks[qb]) && qb + 1 < n && toks[qb + 1].text == ","));
          if (words <= 2 && before >= 3 && closes && between <= 2) {
            qa = qb = n;
            closing_inversion = inverted_speaker;
          }
        }
        std::string gist;
        std::size_t gist_through = 0;  // where the words said end, when read after the verb
        bool infinitive = false;  // the gist starts with the verb: "Russia threatens to ..."
        // After a passive "was asked", "were told": the words of "by <speaker>" as written ("by
        // finance ministers"), up to what was asked or said.
        std::pair<std::size_t, std::size_t> by_phrase{0, 0};
        // Only right after the verb or an adverb ("asked repeatedly by reporters"), not after what
        // was asked ("told to be brief by the show's producers").
        for (std::size_t k = cd.last; heard && k < n && k <= cd.last + 2 && !is_boundary(toks[k]) &&
                                      !lex.question_openers.count(toks[k].lower) && toks[k].lower != "that";
             ++k)
          if (toks[k].lower == "by") {
            std::size_t j = k + 1;
            while (j < n && j < k + 6 && toks[j].word && !toks[j].quoted && !verb_at(j) && !trigger_tokens[j] &&
                   !lex.question_openers.count(toks[j].lower) && toks[j].lower != "that")
              ++j;
            if (j > k + 1) by_phrase = {k + 1, j};
            break;
          }
        if (cd.lemma == "according to") {
          gist = render(0, std::min(cd.first, label_end));
          if (!gist.empty()) closing_statements.emplace_back(ci, cd.first);
          if (gist.empty() && !agents.empty()) {
            // "According to X, the Y ...": what follows the source and its apposition.
            std::size_t b = agents.front()->last;
            for (std::size_t k = mention_from(b); k < mentions.size() && mentions[k].first <= b + 1; ++k)
              if (mentions[k].first == b || (b < n && toks[b].text == ",")) b = mentions[k].last;
            // ... and its relative clause: "According to Standard & Poor's, which has upgraded the
            // debt, the rise helps ..." tells that the rise helps.
            if (b + 1 < n && toks[b].text == "," && (toks[b + 1].lower == "which" || toks[b + 1].lower == "who"))
              for (std::size_t k = b + 2; k < label_end && k < b + 24; ++k)
                if (toks[k].text == ",") {
                  b = k;
                  break;
                }
            gist = render(b, label_end);
          }
          // "According to the organisation, subsidies and high tariffs have a strong impact ...":
          // with no source named (or nothing after it), what follows the phrase's first comma, else
          // the words after "according to".
          if (gist.empty()) {
            std::size_t b = cd.last;
            while (b < n && toks[b].text != ",") ++b;
            if (b < n) gist = render(b + 1, std::max(b + 1, label_end));
            if (gist.empty()) gist = render(cd.last, n);
          }
        } else if (qa < n) {
          gist = render(qa, qb);
        } else {
          std::size_t a = cd.last;
          for (const auto* ag : agents)
            if (ag->first >= cd.last) a = std::max(a, ag->last);
          if (by_phrase.second > by_phrase.first) a = std::max(a, by_phrase.second);  // "was asked by G7 ministers"
          std::size_t addressee = n;  // where the addressee starts, when one follows the verb
          // "told the BBC": an article before the name (only after "told": "urged the government to
          // ..." keeps its verb with what follows).
          const bool mention_at_a = mention_from(a) < mentions.size() && mentions[mention_from(a)].first == a;
          const std::size_t named_at = !mention_at_a && a + 1 < n && toks[a].lower == "the" && cd.lemma == "tell" ? a + 1 : a;
          if (auto k = mention_from(named_at); k < mentions.size() && mentions[k].first == named_at && !mentions[k].pronoun &&
                                               (a > cd.last || lex.addressee_verbs.count(cd.lemma))) {
            addressee = a, a = mentions[k].last;  // the addressee: "told reporters"; "said ministers had failed" has none
            // "told the BBC's World Business Report", "the BBC's Today programme": the outlet's
            // programme is who heard it too.
            static const StringSet outlets{"programme", "program", "website", "show", "newspaper", "magazine", "radio",
                                           "channel", "agency"};
            if (a + 1 < n && toks[a].lower == "'s" && toks[a + 1].capitalized) {
              a += 1;
              while (a < n && toks[a].word && toks[a].capitalized && !toks[a].quoted) ++a;
            }
            // ... and "the Associated Press news agency", "the BBC News website".
            if (a < n && toks[a].lower == "news" && a + 1 < n && outlets.count(toks[a + 1].lower)) ++a;
            if (a < n && outlets.count(toks[a].lower)) ++a;
          }
          const std::size_t tail_start = a;  // before a "that"
          a = said_after(a, addressee == n && a == cd.last && lex.addressee_verbs.count(cd.lemma));
          // "threatens to suspend talks": the verb is part of what was said.
          // So is a preposition or an object right after it: "asked for vodka", "called for a
          // ceasefire", "urged him to make a last-ditch effort" ("Journalists: vodka" says nothing).
          // Only prepositions the verb takes as its object ("said in a statement" is an adjunct).
          static const StringSet objects{"him", "her", "them", "me"};
          static const std::unordered_map<std::string, StringSet> takes{
              {"ask", {"for"}},   {"call", {"for"}},   {"press", {"for"}},          {"push", {"for"}},
              {"plead", {"for"}}, {"appeal", {"for"}}, {"warn", {"of", "about", "against"}},
              {"complain", {"about", "of"}},           {"argue", {"for", "against"}}, {"speak", {"of", "about"}},
              {"accuse", {"of"}}};
          auto takes_it = [&](const std::string& prep) {
            auto it = takes.find(cd.lemma);
            return it != takes.end() && it->second.count(prep) > 0;
          };
          // "played down hopes of an imminent ceasefire", "denied the charges": a verb whose object
          // is a thing, not a clause, keeps the verb ("US officials: hopes of ..." says the opposite).
          static const StringSet object_verbs{"play down", "deny"};
          // So does a light verb: "had sent its reply on the monitoring mission".
          const bool thing_object = (object_verbs.count(cd.lemma) || cd.light) && a == cd.last && a < n && !toks[a].quoted &&
                                    toks[a].lower != "that" && !(a + 1 < n && toks[a + 1].lower == "that");
          // After a passive "was asked by reporters", a question or request reads on the same way:
          // "whether ...", "to carry out ...", "for a lack of drive".
          infinitive = (a == cd.last || (heard && a < n && lex.question_openers.count(toks[a].lower))) && a < n && !toks[a].quoted &&
                       (toks[a].lower == "to" || objects.count(toks[a].lower) || takes_it(toks[a].lower) || thing_object ||
                        (heard && lex.question_openers.count(toks[a].lower)));
          // "accused Russia of sowing seeds of instability": the addressee and the preposition the
          // verb takes after it are what was said, with the verb ("Russia: sowing seeds" says less).
          if (!infinitive && addressee == cd.last && a < n && !toks[a].quoted && (takes_it(toks[a].lower) || toks[a].lower == "to")) {
            infinitive = true;
            a = addressee;
          }
          // What another speaker says later in the sentence is not this one's ("asked how they are
          // surviving while Lavrov said he had no news"): the gist ends where that clause opens.
          std::size_t gist_end = label_end;
          // "Kessel, who denied the charges, told the jury ...": a relative clause between commas
          // ends at the comma the main verb group follows (not one of a list: "will tackle
          // crime, terrorism and illegal immigration").
          if (auto re = relatives.find(cd.clause); re != relatives.end() && re->second.who > 0 && toks[re->second.who - 1].text == ",")
            gist_end = relative_clause_end(a, gist_end);
          // "played down hopes of a breakthrough as the two ministers sat down": a connective that
          // opens a clause of its own (subject_stop) after what the verb says ends it, with a
          // degree word before it ("well before the polls closed"). After "as" only a plain noun
          // phrase may stand before that clause's verb ("described the win as the highlight of his
          // career after he beat ...", "describes itself as the premier firm and said" are no clause).
          bool said_before = false;
          for (std::size_t k = a; k < gist_end; ++k) {
            // "little has been said about the terms of the deal and neither Berg nor Lund has spoken
            // since": "and" with a negative subject opens the report's own clause.
            if (said_before && (toks[k].lower == "and" || toks[k].lower == "but") && k + 1 < gist_end &&
                (toks[k + 1].lower == "neither" || toks[k + 1].lower == "nobody" || toks[k + 1].lower == "none")) {
              gist_end = k;
              break;
            }
            if (subject_stop[k] && said_before) {
              bool plain = true;
              for (std::size_t j = k + 1; toks[k].lower == "as" && j < gist_end && !verb_at(j) && plain; ++j)
                plain = (!prepositions().count(toks[j].lower) || (toks[j - 1].capitalized && j + 1 < n && toks[j + 1].capitalized)) &&
                        !pronouns_subject().count(toks[j].lower) && !lex.coordinators.count(toks[j].lower);  // "Secretary of State"
              if (!plain) continue;
              std::size_t e = k;
              static const StringSet degree{"well", "shortly", "just", "soon", "long", "even", "only", "right"};
              while (e > a + 1 && (degree.count(toks[e - 1].lower) || toks[e - 1].text == ",")) --e;
              gist_end = e;
              break;
            }
            said_before = said_before || (toks[k].word && toks[k].lower != "that");
          }
          for (std::size_t k = ci + 1; k < cands.size(); ++k) {
            const Candidate& o = cands[k];
            if (o.consumed || o.cls != EventClass::statement || o.pos != Pos::verb || o.first <= a) continue;
            std::size_t open = o.first;
            while (open > a && clause[open - 1] == o.clause) --open;
            if (open > a && toks[open].clause_edge && toks[open].word && toks[open].lower != "that") gist_end = std::min(gist_end, open);
            break;
          }
          gist = infinitive ? render(cd.first, cd.last, false) + " " + render(a, std::max(a, gist_end)) : render_label(a, std::max(a, gist_end));
          gist_through = std::max(a, gist_end);
          // "..., an RT correspondent reports": what was reported comes before the speaker.
          // "..., Eumetra said early on Friday.": a closing verb with only a word or so after it
          // (its time left out) reports what came before it too.
          std::size_t speaker_first = agents.empty() ? cd.first : std::min(cd.first, agents.front()->first);
          // ", the commission announced", ", local officials said": the words of the speaker's
          // noun phrase before the mention (up to three) belong to it.
          for (std::size_t p = speaker_first; p > 1 && speaker_first - p < 3 && toks[p - 1].word && !trigger_tokens[p - 1] &&
                                             !is_clause_word(toks[p - 1].lower);
               --p)
            if (toks[p - 2].text == ",") { speaker_first = p - 1; break; }
          // "..., the commission announced at 4.30am on Monday, after a count that lasted ...":
          // what follows the verb up to the next comma is its time and place only, and the clause
          // after that comma is an adjunct, not what was said.
          static const StringSet adjunct_openers{"at", "on", "in", "from", "during", "after", "before",
                                                 "late", "early", "shortly", "later", "earlier", "overnight"};
          std::size_t tail_end = a;
          while (tail_end < gist_end && toks[tail_end].text != "," && toks[tail_end].lower != "that" && !toks[tail_end].quoted) ++tail_end;
          const bool timed_tail = cd.pos == Pos::verb && a == tail_start && tail_end > a && tail_end < gist_end &&
                                  toks[tail_end].text == "," && (in_timex[a] || adjunct_openers.count(toks[a].lower)) &&
                                  render_label(a, tail_end).find(' ') == std::string::npos;
          // "Shelling continued through the night, local officials said, and one adult was
          // wounded": what follows ", and" is the report's own clause.
          const bool then_and = cd.pos == Pos::verb && a == tail_start && a + 1 < n && toks[a].text == "," &&
                                (toks[a + 1].lower == "and" || toks[a + 1].lower == "but");
          const bool closing = (speaker_first > 1 && toks[speaker_first - 1].text == "," && !infinitive &&
                                (gist.find(' ') == std::string::npos || timed_tail || then_and || closing_inversion)) ||
                               (closing_inversion && !infinitive);
          if (gist.empty() || closing) {
            // "The official results were announced on Monday": a passive verb with nothing after it
            // is told of its subject, the verb group with it ("Official results were announced").
            const bool passive = !closing && cd.pos == Pos::verb && cd.first > 0 && speaker_first == cd.first &&
                                 passive_auxiliary(toks[cd.first - 1].lower);
            // ... from where its clause opens after a connective ("vote before the final nominees
            // are announced": "Final nominees are announced").
            std::size_t from = 0;
            for (std::size_t j = passive ? cd.first : 0; j-- > 0;)
              if (subject_stop[j]) { from = j + 1; break; }
            std::string before = render(from, passive ? cd.last : speaker_first);
            if (!before.empty()) gist = before, closing_statements.emplace_back(ci, speaker_first);
          } else if (cd.pos == Pos::verb && speaker.empty() && !heard && cd.first > 0 && passive_auxiliary(toks[cd.first - 1].lower) &&
                     by_phrase.second == by_phrase.first) {
            // "nothing specific has been said about the terms of the deal": a passive statement
            // that names no speaker is told of its subject, which stays with the rest ("Terms of
            // the deal" alone says the opposite). Not "it was announced that ...": no subject.
            std::size_t from = 0;
            for (std::size_t j = cd.first; j-- > 0;)
              if (subject_stop[j] || (clause[j] != cd.clause && !in_timex[j])) { from = j + 1; break; }
            while (from < cd.first && (!toks[from].word || in_timex[from] || toks[from].clause_edge)) ++from;
            // Its subject: a word that is no auxiliary, modal or clause word, with no other event
            // between it and the verb ("The paper said it could be announced": the paper's).
            static const StringSet modals{"will", "would", "can", "could", "may", "might", "must", "shall", "should", "to"};
            bool subject = false, other_event = false;
            for (std::size_t j = from; j < cd.first; ++j) {
              other_event = other_event || (trigger_tokens[j] && trigger_tokens[j] != ci + 1);
              subject = subject || (toks[j].word && !toks[j].clause_edge && !verb_group_words().count(toks[j].lower) &&
                                    !finite_auxiliaries().count(toks[j].lower) && !passive_auxiliary(toks[j].lower) &&
                                    !modals.count(toks[j].lower));
            }
            // "It was announced that ...", "it was stressed to reporters ...": no subject; "it is said
            // to be struggling" has one (what "it" stands for, as the report wrote it).
            const bool raised = cd.last + 1 < n && toks[cd.last].lower == "to" && toks[cd.last + 1].word &&
                                !toks[cd.last + 1].capitalized && !determiners().count(toks[cd.last + 1].lower);
            const bool expletive = (toks[from].lower == "it" || toks[from].lower == "this") && !raised;
            if (subject && !other_event && !toks[cd.first].quoted && !expletive && cd.first - from <= 8)
              gist = render_label(from, gist_through);
          }
        }
        // An aside ("The plan, the minister said on Tuesday, would cut costs by half") splits what
        // was said: the label joins its two parts.
        if (cd.pos == Pos::verb && !hearer && aside_open < cd.first && cd.last <= aside_close) {
          std::size_t after = aside_close + 1;
          std::size_t end = label_end;
          while (end > after && toks[end - 1].quoted != toks[after].quoted) --end;  // a quotation's end
          const std::string before = render_label(0, aside_open), rest = render(after, end);
          if (!before.empty() && !rest.empty()) {
            gist = before + " " + rest;
            infinitive = false;
            closing_statements.emplace_back(ci, aside_open);
          }
        }
        // "a statement would come within the hour", "with the announcement being made later": a
        // statement noun nobody makes yet is the subject of what follows it.
        if (cd.pos == Pos::noun && speaker.empty() && qa == n && !gist.empty() && cd.lemma != "according to" && cd.last < n &&
            (finite_auxiliaries().count(toks[cd.last].lower) || toks[cd.last].lower == "can" || toks[cd.last].lower == "should" ||
             toks[cd.last].lower == "must" || passive_auxiliary(toks[cd.last].lower) || verb_at(cd.last)))
          gist = render(cd.first, cd.last) + " " + gist;
        if (!location.empty() && !speaker.empty()) speaker += " (" + location + ")";
        // Who heard it, with the verb group as written and the speaker after "by", if any: "Wass
        // was told she could not leave" -> "Wass was told: she could not leave"; "Rato was asked
        // by G7 ministers to carry out a study" -> "Rato was asked by G7 ministers to carry out study".
        if (hearer) {
          std::size_t v = cd.first;
          while (v > 0 && verb_group_words().count(toks[v - 1].lower)) --v;
          // "Keegan is expected to be told": the verb before the infinitive too, as written.
          if (v > 2 && v > hearer->last + 1 && toks[v - 1].lower == "to" && toks[v - 2].word && !toks[v - 2].capitalized) {
            v -= 2;
            while (v > hearer->last && verb_group_words().count(toks[v - 1].lower)) --v;
          }
          // A group as the report writes it ("aides were asked", not "Aide were asked").
          std::string head;
          if (entities.kind(hearer->entity) == "group")
            for (std::size_t k = hearer->first; k < hearer->last; ++k) head += (k > hearer->first ? " " : "") + std::string(toks[k].text);
          else
            head = short_name(entities, hearer->entity);
          for (std::size_t k = v; k < cd.last; ++k) (head += ' ') += toks[k].text;  // as written: "was told"
          if (by_phrase.second > by_phrase.first) {
            head += " by";
            for (std::size_t k = by_phrase.first; k < by_phrase.second; ++k)
              if (!(k == by_phrase.first && toks[k].lower == "the")) (head += ' ') += toks[k].text;
          }
          const std::string_view verb = toks[cd.first].text;
          std::string body = opens_with_word(gist, verb) ? gist.substr(std::min(gist.size(), verb.size() + 1)) : gist;
          // A question or a request reads on ("was asked whether ..."); what was said, and any
          // quotation, takes a colon.
          gist = body.empty() ? head : head + (infinitive && qa == n ? " " : ": ") + body;
          speaker.clear();
        }
        // "The minister will make a statement to MPs": a statement noun made by a verb (`maker`
        // rows of event_cues.tsv) is told with that verb group, as a sentence.
        std::size_t maker = n;
        const bool made_noun = cd.pos == Pos::noun && !speaker.empty() && !hearer && qa == n && !toks[cd.first].lower.ends_with("ing");
        for (std::size_t j = cd.first; made_noun && j > 0 && cd.first - j < 3; --j) {
          const Token& w = toks[j - 1];
          if (lex.statement_makers.count(w.lower)) {
            maker = j - 1;
            break;
          }
          if (!w.word || w.capitalized || w.quoted || w.clause_edge || trigger_tokens[j - 1]) break;
        }
        if (maker < n) {
          std::size_t g = maker;
          while (g > 0 && verb_group_words().count(toks[g - 1].lower)) --g;
          std::size_t e = cd.last;  // the rest of its clause, as written
          while (e < label_end && clause[e] == cd.clause && e - cd.last < 12) ++e;
          gist = render(g, e, false);
          infinitive = true;
        }
        // One word after the verb is no claim but its object or setting ("UFJ admitted defeat",
        // "Ryder said in a statement", "told the BBC"): the verb stays, "UFJ: defeat." says nothing.
        const bool bare_object = !infinitive && !gist.empty() && gist.find(' ') == std::string::npos && cd.pos == Pos::verb &&
                                 gist_through > cd.last && gist_through <= n && gist_through - cd.last <= 4;
        label = speaker.empty() ? gist
                : gist.empty()  ? speaker + " " + std::string(toks[cd.first].text)
                : bare_object   ? speaker + " " + render(cd.first, gist_through)
                                : speaker + (infinitive ? " " : ": ") + gist;
      } else {
        std::size_t a = cd.first, b = cd.last;
        auto hop_aside = [&](std::size_t& k, bool back) {  // the clause goes on across an aside
          if (back && a > 0 && k - 1 == aside_close && aside_open > 0 && clause[aside_open - 1] == cd.clause) k = aside_open;
          if (!back && k == aside_open && aside_close + 1 < n && clause[aside_close + 1] == cd.clause) k = aside_close + 1;
        };
        // Twelve words back, a time left out not counted ("broke off their talks in Geneva [in the
        // early hours of Saturday] without agreeing" keeps "broke off").
        std::size_t times_back = 0;  // tokens of times passed
        for (hop_aside(a, true); a > 0 && clause[a - 1] == cd.clause && cd.first - a - times_back < 12; hop_aside(a, true))
          if (in_timex[--a]) ++times_back;
        if (cd.label_from < a && cd.first - cd.label_from <= 12) a = cd.label_from;
        for (std::size_t j = cd.first; j > a; --j)  // "... as a bushfire reached": from the "as"
          if (subject_stop[j - 1]) {
            a = j;
            break;
          }
        for (hop_aside(b, false); b < n && clause[b] == cd.clause && b - cd.last < 12; hop_aside(b, false)) ++b;
        // A noun after a temporal connective ("... remained unresolved before Kerry's return to
        // Geneva") is an event of its own: the words before the connective tell another one.
        if (cd.pos == Pos::noun) {
          for (std::size_t j = cd.first; j > a && cd.first - j < 8; --j) {
            const auto& w = toks[j - 1];
            if (temporal_connectives().count(w.lower)) {
              a = j;
              break;
            }
            if (in_timex[j - 1]) continue;  // "since [last summer]'s Iran nuclear deal"
            if (!w.word && w.lower != "'s") break;
            if (prepositions().count(w.lower)) break;
          }
        }
        // So is a participle right after one ("... are thinking of ending this round after waiting
        // for more than five hours"): its label opens with it, and the speaker's words before it
        // are no part of it.
        bool participle = false;
        if (cd.pos == Pos::verb && cd.first > a && form_of(cd).ends_with("ing") && temporal_connectives().count(toks[cd.first - 1].lower))
          a = cd.first, participle = true;
        // "Mr Toner said internal US discussions were continuing": what a statement verb of the
        // window reports starts after that verb (and its "that").
        bool reported = false;
        for (std::size_t j = cd.first; j > a; --j) {
          std::size_t t = trigger_tokens[j - 1];
          if (aside_open < j - 1 && j - 1 <= aside_close) break;  // an aside tells the whole clause around it
          if (!t || t == ci + 1 || cands[t - 1].cls != EventClass::statement || cands[t - 1].pos != Pos::verb) continue;
          if (form_of(cands[t - 1]).ends_with("ing")) break;  // "a tsunami warning was issued": a noun
          std::size_t from = cands[t - 1].last;
          if (from < n && toks[from].lower == "to") break;  // "residents told to evacuate": no clause reported
          if (const std::size_t r = reported_start(cands[t - 1]); r <= cd.first) from = r;
          if (from < cd.first || (from == cd.first && cd.pos == Pos::noun)) a = from, reported = true;
          break;
        }
        // "Judge Marr adjourned sentencing until 10 June and released Kessel on bail": two verbs of
        // one subject joined by "and" are two events, each labelled from its own verb (the subject
        // is put before the second) up to the other.
        bool coordinated = false;
        std::string shared_subject;
        if (cd.pos == Pos::verb) {
          auto verb_opens = [&](std::size_t j) {  // a verbal event right after the "and" at j
            const std::size_t v = verb_after(j);
            if (!v || v == ci + 1) return false;
            // Both in one form: "launched a campaign in airports and travel agencies" has no second verb.
            const Candidate& v2 = cands[v - 1];
            return !(form_of(v2) == v2.lemma && form_of(cd) != cd.lemma);
          };
          // Not two participles before a noun: "lost and damaged property".
          auto adjectives = [&](std::size_t second) {
            const Candidate& v2 = cands[trigger_tokens[second] - 1];
            return v2.last < n && toks[v2.last].word && !toks[v2.last].capitalized && !determiners().count(toks[v2.last].lower) &&
                   !prepositions().count(toks[v2.last].lower) && toks[v2.last].lower != "to" && !in_timex[v2.last] &&
                   second >= 2 && verb_at(second - 2);
          };
          if (cd.first > a + 1 && toks[cd.first - 1].lower == "and" && !reported && !participle && !adjectives(cd.first))
            for (std::size_t j = cd.first - 1; j-- > a;)
              if (verb_at(j) && clause[j] == cd.clause) {
                const Candidate& v1c = cands[trigger_tokens[j] - 1];
                if (form_of(cd) == cd.lemma && form_of(v1c) != v1c.lemma) break;  // "... and travel agencies"
                // The subject is what opens the first verb's clause ("Kanagawa equalised through
                // Daichi Mori ... and went ahead": Kanagawa), when it is short.
                std::size_t v1 = v1c.first;
                while (v1 > a && verb_group_words().count(toks[v1 - 1].lower)) --v1;
                if (v1 > a && v1 - a <= 6) shared_subject = render_label(a, v1);
                // A relative clause's subject is the noun phrase before its pronoun ("a cup final in
                // Yokohama that started an hour and a half late because of a thunderstorm and
                // finished just before midnight": the final finished).
                if (const std::size_t rel = v1 > 0 ? v1 - 1 : 0;
                    shared_subject.empty() && rel > 0 && rel <= a && clause[rel] == cd.clause &&
                    (toks[rel].lower == "that" || toks[rel].lower == "which" || toks[rel].lower == "who")) {
                  std::size_t np = rel;
                  while (np > 0 && rel - np < 7 && toks[np - 1].word && !trigger_tokens[np - 1] &&
                         !verb_group_words().count(toks[np - 1].lower) && !determiners().count(toks[np - 1].lower) && !in_timex[np - 1])
                    --np;
                  if (np > 0 && np < rel && determiners().count(toks[np - 1].lower)) shared_subject = render(np, rel, false);
                }
                a = cd.first, coordinated = true;
                break;
              }
          for (std::size_t j = cd.last; j + 1 < b; ++j)
            if (toks[j].lower == "and" && verb_opens(j)) {
              if (!adjectives(j + 1 < n && verb_at(j + 1) ? j + 1 : j + 2)) b = j;
              break;
            }
        }
        // "Lavrov, Kerry in marathon negotiations": a list of agents right before the window
        // (cut off by its commas) opens the label.
        if (!agents.empty() && agents.front()->first < a && agents.size() > 1) {
          bool only_list = true;
          for (std::size_t j = agents.front()->first; j < a && only_list; ++j) {
            bool in_agent = false;
            for (const auto* ag : agents) in_agent = in_agent || (j >= ag->first && j < ag->last);
            only_list = in_agent || toks[j].text == "," || toks[j].lower == "and";
          }
          if (only_list) a = agents.front()->first;
        }
        // "the day before his arrest he had bought ...": the phrase that dates the event from
        // another goes, as a time would ("He had bought ...").
        if (std::size_t p = a < n && toks[a].lower == "that" ? a + 1 : a;
            p + 3 < cd.first && toks[p].lower == "the" && (toks[p + 2].lower == "before" || toks[p + 2].lower == "after") &&
            counted_unit(toks[p + 1].lower))
          for (std::size_t j = p + 3; j < cd.first && j <= p + 8; ++j)
            if (trigger_tokens[j] && trigger_tokens[j] != ci + 1) {
              if (cands[trigger_tokens[j] - 1].last < cd.first) a = cands[trigger_tokens[j] - 1].last;
              break;
            }
        if (connective_clause < cd.first) a = std::max(a, connective_clause);
        // "The main goal of the truce is to ensure that aid reaches the city": a window ending on
        // an infinitive whose object is a "that" clause reads on into that clause.
        if (b >= 2 && b + 1 < n && b > cd.last && toks[b].lower == "that" && toks[b - 2].lower == "to" &&
            lex.complement_verbs.count(toks[b - 1].lower)) {
          std::size_t e = b + 1;
          while (e < n && clause[e] == clause[b + 1] && e - cd.last < 16) ++e;
          b = e;
        }
        bool agent_inside = !agents.empty() && agents.front()->first >= a;
        label = render_label(a, b);
        // "Russian foreign minister Dmitri Volkov and her counterpart Rafael Costa have been in
        // talks in Helsinki ...": a long subject of named agents reads as their short names.
        if (!agents.empty() && cd.pos == Pos::noun) {
          std::size_t first_agent = n, agents_end = 0;
          for (const auto* ag : agents) first_agent = std::min(first_agent, ag->first), agents_end = std::max(agents_end, ag->last);
          if (agents_end <= cd.first && clause[first_agent] == cd.clause && agents_end - std::min(first_agent, a) > 6 &&
              agents.size() > 1) {
            std::string rest = render(agents_end, b);
            if (!rest.empty()) {
              label = speaker + " " + rest;
              agent_inside = true;
            }
          }
        }
        // "a peace plan that has been under discussion": a relative clause says little without
        // the noun it is about.
        // Not after a statement verb: "said in Berlin that the two sides ..." is what was said.
        bool complement = reported;
        for (std::size_t j = a; j-- > 0 && a - j <= 6;)
          if (trigger_tokens[j] && cands[trigger_tokens[j] - 1].cls == EventClass::statement) complement = true;
        for (std::size_t j = 0; j < cands.size() && !complement && a < n && toks[a].lower == "that"; ++j)
          complement = !cands[j].consumed && cands[j].cls == EventClass::statement && cands[j].pos == Pos::verb &&
                       cands[j].last <= a && reported_start(cands[j]) == a + 1;
        const EntityMention* relative = agents.empty() ? nullptr : relative_subject(cd);
        // "so bored with the delay that they went home": "that" after "so"/"such" opens a
        // result clause, not a relative one about the noun before it.
        auto result_clause = [&](std::size_t at) {
          for (std::size_t j = at; j-- > 0 && at - j <= 6;)
            if (toks[j].lower == "so" || toks[j].lower == "such") return toks[at].lower == "that";
          return false;
        };
        // A state's relative pronoun: "a spacecraft [that] has been in orbit since 2011" (the
        // window opens at its clause, before the noun).
        auto state_relative = [&]() -> std::size_t {
          if (cd.lemma != "be") return 0;
          std::size_t r = cd.first - 1;  // the auxiliary
          if (r > 0 && !perfect_auxiliary(toks[r])) --r;  // "has also been"
          return r > 1 && (toks[r - 1].lower == "that" || toks[r - 1].lower == "which") ? r - 1 : 0;
        };
        if (relative && relative == agents.front()) {
          // "A former finance director who stole £2.3m ... was jailed": the relative clause's verb
          // reads from "who" on, the main verb from its auxiliary on, each after the noun.
          const Relative& r = relatives.at(cd.clause);
          std::size_t from = r.end && cd.first > r.end ? r.end : a + 1;
          if (r.end && cd.first < r.end) b = std::min(b, r.end);
          // "Kessel, who denied the charges, told the jury ...": between commas, it ends at the second.
          if (r.who > 0 && toks[r.who - 1].text == "," && (!r.end || cd.first < r.end)) b = relative_clause_end(cd.last, b);
          label = render_label(relative->first, relative->last) + " " + render_label(from, b);
          agent_inside = true;
        } else if (std::size_t agents_end = agents.empty() ? n : agents.back()->last;
                   cd.pos == Pos::verb && !speaker.empty() && !complement && agents_end < cd.first &&
                   agents.front()->last <= cd.first && (agents.front()->first < a || cd.first - agents_end > 3) &&
                   subject_ends(agents_end) && finite(cd)) {
          // A subject far from its verb reads as its short name: "A former finance director of one
          // of Britain's largest charities has been found guilty", "Martin Kessel, 54, of
          // Guildford, was arrested" -> "Former finance director found guilty", "Kessel was arrested".
          std::size_t v = cd.first;
          while (v > agents_end && verb_group_words().count(toks[v - 1].lower)) --v;
          label = speaker + " " + render_label(v, b);
          agent_inside = true;
        } else if (auto re = relatives.find(cd.clause);
                   re != relatives.end() && re->second.end && cd.pos == Pos::verb && !complement && a <= re->second.end &&
                   (cd.first < re->second.end || cd.first - re->second.end <= 3) && re->second.who >= 1) {
          // The same when the noun before "who" is no name: "A former charity finance director who
          // stole £2.3m ... was jailed ..." -> "Former charity finance director stole £2.3m ..." and
          // "Former charity finance director was jailed ...". The noun phrase: back from "who" to
          // the clause's start, at most six words.
          const Relative& r = re->second;
          std::size_t e = toks[r.who - 1].text == "," ? r.who - 1 : r.who, j = e;
          while (j > 0 && e - j < 6 && toks[j - 1].word && !is_boundary(toks[j - 1]) && !verb_at(j - 1) &&
                 !prepositions().count(toks[j - 1].lower))
            --j;
          std::size_t from = cd.first > r.end ? r.end : std::max(a, r.who + 1);
          if (cd.first < r.end) b = std::min(b, r.end);
          if (j < e) {
            label = render_label(j, e) + " " + render(from, b, false);
            agent_inside = true;
          }
        } else if (a >= 2 && !complement && (toks[a].lower == "that" || toks[a].lower == "which") && !result_clause(a)) {
          // The noun phrase before it, across a comma, up to a preposition, a verb or another
          // boundary; a name alone is no antecedent: "the draft of the treaty on fishing, which is
          // being revised" goes back over "on" and "of" to "draft".
          static const StringSet inside{"of", "on", "for", "in"};
          std::size_t e = a, j = a;
          if (toks[e - 1].text == ",") --e, --j;
          bool names_only = true;
          while (j > 0 && e - j < 6 && toks[j - 1].word && !is_boundary(toks[j - 1]) &&
                 !verb_at(j - 1)) {
            const auto& w = toks[j - 1];
            if (prepositions().count(w.lower) && !(names_only && inside.count(w.lower))) break;
            if (!prepositions().count(w.lower) && !w.capitalized && !lex.label_drop.count(w.lower)) names_only = false;
            --j;
          }
          while (j < e && (inside.count(toks[j].lower) || !toks[j].word)) ++j;  // not from a preposition
          if (j < e) label = render(j, e, false) + " " + render_label(a + 1, b);  // the first part of one label
        } else if (std::size_t comma = a < n && toks[a].text == "," ? a : a > 0 && toks[a - 1].text == "," ? a - 1 : n;
                   cd.pos == Pos::verb && agents.empty() && !complement && comma < n && comma > 2) {
          // "The firefighter, a 61-year-old man from Tallis, died at about 3am": a clause that opens
          // with its verb group after an appositive between commas has the noun phrase before the
          // appositive, at the sentence's start, as its subject ("Firefighter died", was "Died").
          bool verb_opens = true;
          for (std::size_t j = comma + 1; j < cd.first && verb_opens; ++j)
            verb_opens = verb_group_words().count(toks[j].lower) || toks[j].lower.ends_with("ly");
          std::size_t p = comma;  // the appositive: back to its opening comma
          while (verb_opens && p > 0 && comma - p < 9 && toks[p - 1].word && !is_boundary(toks[p - 1]) && !verb_at(p - 1)) --p;
          std::size_t q = p > 1 && p < comma && toks[p - 1].text == "," ? p - 1 : 0;  // the subject: back to the sentence's start
          const std::size_t subject_end = q;
          while (q > 0 && subject_end - q < 6 && toks[q - 1].word && !is_boundary(toks[q - 1]) && !verb_at(q - 1) &&
                 !prepositions().count(toks[q - 1].lower))
            --q;
          if (verb_opens && q == 0 && subject_end > 0 && (determiners().count(toks[0].lower) || toks[0].capitalized))
            if (const std::string subject = render_label(0, subject_end); !subject.empty()) {
              label = subject + " " + render(comma + 1, b, false);
              agent_inside = true;
            }
        }
        // A state in a relative clause reads from the noun it is about: "a spacecraft that has
        // been in orbit since 2011" -> "Spacecraft has been in orbit".
        if (std::size_t r = state_relative(); r >= a && r > 0 && !(relative && relative == agents.front())) {
          std::size_t e = r, j = r;
          if (toks[e - 1].text == ",") --e, --j;
          while (j > 0 && e - j < 4 && toks[j - 1].word && !is_boundary(toks[j - 1]) && !prepositions().count(toks[j - 1].lower) &&
                 !verb_group_words().count(toks[j - 1].lower) && !lex.cues.match(toks, j - 1).first) {
            --j;
            if (determiners().count(toks[j].lower)) break;
          }
          if (j < e) {
            label = render_label(j, e) + " " + render(r + 1, b);
            agent_inside = true;
          }
        }
        // A pronoun subject reads as whom it stands for, on a line of its own: "He also lifted the
        // veil" -> "Steinmeier lifted veil", "They have held ..." -> "Kerry and Lavrov have held ...".
        // A pronoun opening a clause of its own may stand for the main clause's agent ("some
        // journalists got so tired that they fell asleep" -> "Journalists fell asleep"; the label
        // leaves out the "that"). Only where the referent is sure: people known by full name, or a
        // group this sentence names before the pronoun ("they" alone may be things); not a stray
        // capitalised word the pronoun fell back on ("Finally, he closed the show").
        auto full_name = [&](std::size_t e) {
          return entities.kind(e) == "person" && !entities.placeholder(e) && entities.name(e).find(' ') != std::string::npos;
        };
        std::size_t shown_first = a;  // the label's first word
        while (shown_first + 1 < b && !label.starts_with(std::string(toks[shown_first].text) + " ") &&
               (toks[shown_first].lower == "that" || !toks[shown_first].word || lex.label_openers.count(toks[shown_first].lower)))
          ++shown_first;
        const EntityMention* pronoun = nullptr;  // the pronoun opening the label, or "the two" (gazetteer `pair`)
        for (std::size_t k = mention_from(shown_first); k < mentions.size() && mentions[k].first == shown_first; ++k)
          if (mentions[k].pronoun && mentions[k].entity != EntityRegistry::npos && toks[shown_first].lower != "it" &&
              (mentions[k].last == shown_first + 1 || (mentions[k].last == shown_first + 2 && toks[shown_first].lower == "the")))
            pronoun = &mentions[k];
        // The word the label shows for it: "He", or "two" of "the two" (labels drop articles).
        const std::string opener = pronoun ? std::string(toks[pronoun->last - 1].text) : std::string();
        const EntityMention* agent = agents.empty() ? nullptr : agents.front();
        auto named_before = [&](std::size_t e) {  // by a mention of this sentence before the pronoun
          for (std::size_t k = 0; k < mentions.size() && mentions[k].first < shown_first; ++k)
            if (!mentions[k].pronoun && mentions[k].entity == e) return true;
          return false;
        };
        const bool sure = pronoun && agent && agent->entity == pronoun->entity &&
                          (entities.kind(pronoun->entity) == "group"
                               ? named_before(pronoun->entity)
                               : full_name(pronoun->entity) && std::all_of(pronoun->also.begin(), pronoun->also.end(), full_name));
        if (sure && label.starts_with(opener + " ")) {
          std::string who = short_name(entities, pronoun->entity);
          for (std::size_t other : pronoun->also) who += " and " + short_name(entities, other);
          label = who + label.substr(opener.size());
        }
        if (coordinated && !shared_subject.empty()) label = shared_subject + " " + label;  // "Judge Alison Marr released ..."
        else if (coordinated) {}                                                       // no subject known: the verb opens it
        else if (!agent_inside && !speaker.empty() && !participle) {
          // A label that opens with the event's own verb reads as a sentence after its agent
          // ("Mineta ordered thorough investigation", "Google fell $12.33"); a colon is for what
          // someone said.
          const bool opens_with_verb = cd.pos == Pos::verb && opens_with_word(label, toks[cd.first].lower);
          label = speaker + (opens_with_verb ? " " : ": ") + label;
        }
      }
      // Never blank ("Just ask Anne."): the words from the trigger on, else the trigger itself.
      if (label.empty()) label = render(cd.first, n);
      if (label.empty()) label = std::string(doc.text(Span{toks[cd.first].span.begin, toks[cd.last - 1].span.end}));
      if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
      std::string mark = ev.negated ? "(not) " : "";
      if (!ev.modality.empty()) mark += "(" + ev.modality + ") ";
      ev.label = cut_label(mark + label, kLabelLineBytes, doc.text(Span{toks[cd.first].span.begin, toks[cd.last - 1].span.end}));

      pronouns.acted(agents, si, entities);  // who acted, for the sentences after this one
      event_index.resize(ci + 1, static_cast<std::size_t>(-1));
      event_index[ci] = out.size();
      const EventMention& said = out.emplace_back(std::move(ev));

      // What was said to happen later ("talks may resume next week", "the round will open on
      // 20 March") is an event of its own, at that time, never a fact: the statement stays at
      // its own time.
      if (said_future) {
        const TimexAt& t = *said_future;
        const Candidate* about = nullptr;  // the event word of the reported clause nearest the time
        std::size_t about_d = n + 1;
        const bool quoted_before = t.first < cd.first;  // "'..., maybe meeting next week,' he said"
        for (const auto& other : cands) {
          if (&other == &cd || other.cls == EventClass::statement) continue;
          if (quoted_before ? other.last > cd.first : other.first < cd.last) continue;
          // Only an event word of the time's own clause: in "she would begin talks this week and
          // hoped to present a government when parliament convenes on 21 October" the talks are
          // not what 21 October dates.
          if (other.clause != clause[t.first]) continue;
          std::size_t d = other.first >= t.last ? other.first - t.last : t.first - std::min(t.first, other.last);
          if (d < about_d) { about = &other; about_d = d; }
        }
        // Quoted words are no candidates, but an event word among them, in the time's clause and
        // nearest it, names what is said to happen ("'..., maybe meeting next week,' he said": a
        // meeting); the content event takes its class and lemma, its trigger staying the time.
        const Trigger* quoted_act = nullptr;
        if (!about && quoted_before) {
          std::size_t nearest = n + 1;
          for (std::size_t k = run_start[t.first]; k < run_end[t.first]; ++k) {
            if (in_timex[k] || clause[k] != clause[t.first] || !toks[k].word) continue;
            auto [words, trig] = lex.triggers.match(toks, k);
            if (!words || trig->cls == EventClass::statement) continue;
            std::size_t d = k >= t.last ? k - t.last : t.first - std::min(t.first, k + words);
            if (d < nearest && d <= 4) nearest = d, quoted_act = trig;
          }
        }
        // A reported event with a mention of its own takes the time itself.
        if (!(about && !about->consumed && about_d <= kReach)) {
          EventMention content;
          content.id = doc.id + "#v" + std::to_string(version.index) + "#" + std::to_string(counter++);
          content.document = doc_index;
          content.version = version.index;
          content.sentence = si;
          content.cls = about ? about->cls : quoted_act ? quoted_act->cls : EventClass::other;
          content.lemma = about ? about->lemma : quoted_act ? quoted_act->lemma : "";
          content.trigger = about ? Span{toks[about->first].span.begin, toks[about->last - 1].span.end} : t.timex->span;
          content.negated = false;
          content.modality = "will";
          // Its modality: the cue nearest before its event word, else the first of the reported words.
          std::size_t until = about ? about->first : t.first;
          const std::size_t words_from = quoted_before ? run_start[t.first] : cd.last;
          for (std::size_t j = until; j-- > words_from && until - j <= 8;)
            if (auto [len, cue] = lex.cues.match(toks, j); len && !cue->negation) { content.modality = cue->value; break; }
          for (const auto& p : said.participants) content.participants.push_back({p.entity, "other", p.span});
          TimeAnchor a;
          a.source = AnchorSource::timex;
          a.relation = AnchorRelation::during;
          a.timex = *t.timex;
          a.evidence = t.timex->span;
          absolute(a);
          content.anchor = a;
          content.new_in_version = said.new_in_version;
          std::string speaker_of = speaker.empty() ? "" : speaker + ": ";
          if (!speaker_of.empty() && speaker_of[0] >= 'a' && speaker_of[0] <= 'z')  // "(will) Senior US official: ..."
            speaker_of[0] = static_cast<char>(speaker_of[0] - 'a' + 'A');
          const std::size_t from = reported_start(cd);
          std::string gist = quoted_before ? render(run_start[t.first], run_end[t.first]) : render(from, n);
          if (!gist.empty() && gist[0] >= 'a' && gist[0] <= 'z') gist[0] = static_cast<char>(gist[0] - 'a' + 'A');
          content.label = cut_label("(" + content.modality + ") " + speaker_of + gist, kLabelLineBytes);
          out.push_back(std::move(content));
        }
      }
    }

    // A sentence that only quotes ("“And we will discuss it with them tomorrow.”") goes on with
    // the last statement: a later time it names is something said to happen then.
    if (out.size() == sentence_first_event && last_statement != static_cast<std::size_t>(-1) && doc.dct &&
        std::count_if(toks.begin(), toks.end(), [](const Token& t) { return t.word && !t.quoted; }) == 0)
      for (const auto& t : times) {
        if (t.timex->type != TimexType::date && t.timex->type != TimexType::time) continue;
        auto b = timex_bounds(t.timex->value, doc.dct);
        if (!b || !later_than_publication(t.timex->value)) continue;
        const EventMention& said = out[last_statement];
        EventMention content;
        content.id = doc.id + "#v" + std::to_string(version.index) + "#" + std::to_string(counter++);
        content.document = doc_index;
        content.version = version.index;
        content.sentence = si;
        content.cls = EventClass::other;
        content.trigger = t.timex->span;
        content.modality = "will";
        for (const auto& p : said.participants) content.participants.push_back({p.entity, "other", p.span});
        TimeAnchor a;
        a.source = AnchorSource::timex;
        a.timex = *t.timex;
        a.evidence = t.timex->span;
        a.earliest = b->first;
        a.latest = b->second;
        a.zone_unknown = !zone_known(a.timex.value, doc.dct);
        content.anchor = a;
        content.new_in_version = said.new_in_version;
        std::string speaker_name;
        for (const auto& p : said.participants)
          if (p.role == "agent") { speaker_name = p.entity; break; }
        std::string words;
        for (std::size_t k = 0; k < n; ++k) {
          if (!toks[k].word || in_timex[k]) continue;
          // "“And there are a number of areas ...”": a conjunction opening the quotation goes.
          if (words.empty() && (toks[k].lower == "and" || toks[k].lower == "but" || toks[k].lower == "so")) continue;
          const bool clitic = toks[k].lower == "n't" || toks[k].lower.starts_with("'") || toks[k].lower.starts_with("\xE2\x80\x99");
          if (!words.empty() && !clitic) words += ' ';
          words += toks[k].text;
        }
        // A person by surname; a description ("senior administration official") whole.
        if (!speaker_name.empty() && std::isupper(static_cast<unsigned char>(speaker_name[0])) != 0) {
          if (auto sp = speaker_name.rfind(' '); sp != std::string::npos) speaker_name = speaker_name.substr(sp + 1);
        } else if (!speaker_name.empty()) {
          speaker_name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(speaker_name[0])));
        }
        content.label = cut_label("(will) " + (speaker_name.empty() ? "" : speaker_name + ": ") + words, kLabelLineBytes);
        out.push_back(std::move(content));
        break;
      }
    for (std::size_t i = sentence_first_event; i < out.size(); ++i)
      if (out[i].cls == EventClass::statement && out[i].modality.empty()) last_statement = i;

    // "X said on Friday that ..., adding that ...": the participle continues the same statement,
    // so it shares its time.
    for (std::size_t i = sentence_first_event + 1; i < out.size(); ++i) {
      EventMention& m = out[i];
      if (m.cls != EventClass::statement || (m.anchor && m.anchor->source == AnchorSource::timex)) continue;
      std::string_view trig = doc.text(m.trigger);
      if (!(trig.size() > 3 && trig.substr(trig.size() - 3) == "ing")) continue;
      for (std::size_t j = i; j-- > sentence_first_event;)
        if (out[j].cls == EventClass::statement && out[j].anchor && out[j].anchor->source == AnchorSource::timex) {
          m.anchor = out[j].anchor;
          break;
        }
    }

    // Durations: to the nearest event of their clause, else of the sentence.
    // Not every duration is an event's length: "the past two weeks" and "in recent days" frame
    // when something happened; "five years of fighting" belongs to the noun after "of"; saying
    // something takes no length worth a fact.
    for (const auto& t : times) {
      if (t.timex->type != TimexType::duration) continue;
      if (t.timex->value.find('X') != std::string::npos) continue;
      std::string_view text = doc.text(t.timex->span);
      auto starts = [&](std::string_view w) {
        return text.size() >= w.size() && std::equal(w.begin(), w.end(), text.begin(), [](char a, char b) {
                 return std::tolower(static_cast<unsigned char>(a)) == b;
               });
      };
      if (starts("the past") || starts("past ") || starts("the last") || starts("the previous") || starts("recent") ||
          starts("the next") || starts("next ") || starts("the coming") || starts("coming "))
        continue;
      // "about 3 hours later", "two days after the fire reached", "a week ago": how far apart two
      // things are, not how long one lasted.
      auto ends = [&](std::string_view w) { return text.size() >= w.size() && text.substr(text.size() - w.size()) == w; };
      if (ends("later") || ends("earlier") || ends("ago") || ends("before") || ends("after")) continue;
      if (t.last < n && (toks[t.last].lower == "after" || toks[t.last].lower == "before" || toks[t.last].lower == "later" ||
                         toks[t.last].lower == "earlier" || toks[t.last].lower == "ago"))
        continue;
      // "the 10-year bond", "its biggest one-day move": a length as an adjective describes its noun;
      // only an event noun ("a five-hour wait") makes it an event's length.
      if (text.find('-') != std::string_view::npos && t.last < n && toks[t.last].word && !lex.triggers.match(toks, t.last).first)
        continue;
      // ... and it is that noun's length only: "sent out after a six-week trial" (the trial folded
      // into the clause's verb) gives the sending no six weeks.
      const bool adjective_of_noun = text.find('-') != std::string_view::npos && t.last < n && toks[t.last].word;
      if (t.first > 0 && (toks[t.first - 1].lower == "within" || toks[t.first - 1].lower == "in")) continue;
      // "kicked off 95 minutes late", "was put back by 90 minutes": a delay, not a length (kept
      // as one: reports disagree on it). Early and ahead are no delay.
      if (t.last < n && (toks[t.last].lower == "early" || toks[t.last].lower == "ahead")) continue;
      const bool delay = (t.last < n && (toks[t.last].lower == "late" || toks[t.last].lower == "behind")) ||
                         (t.first >= 2 && toks[t.first - 1].lower == "by" && lex.delay_verbs.count(toks[t.first - 2].lower));
      // "their first title for 27 years": the gap since the last one.
      if (t.first > 0 && toks[t.first - 1].lower == "for") {
        bool first_since = false;
        for (std::size_t j = t.first - 1; j-- > 0 && t.first - 1 - j <= 6 && !first_since;)
          first_since = toks[j].lower == "first" || toks[j].lower == "last";
        if (first_since) continue;
      }
      // "five years of fighting": the noun after "of" is what lasted; when it is no event, nothing did.
      const Trigger* of_trigger = nullptr;
      if (t.last + 1 < n && toks[t.last].lower == "of")
        if (auto [len, trig] = lex.triggers.match(toks, t.last + 1); len) of_trigger = trig;
      const bool of_noun = t.last + 1 < n && toks[t.last].lower == "of";
      if (of_noun && !of_trigger) continue;
      std::size_t best_event = static_cast<std::size_t>(-1), best_d = 2 * n + 2;
      bool measures = true;
      // Strictly first; when "N hours of negotiations" names an event folded into the clause's
      // verbal mention, that mention keeps it as context (compared across reports, no STN fact).
      for (bool strict : {true, false}) {
        if (!strict && (!of_noun || best_event != static_cast<std::size_t>(-1))) break;
        measures = strict;
        for (std::size_t ci = 0; ci < cands.size() && ci < event_index.size(); ++ci) {
          if (cands[ci].consumed || event_index[ci] == static_cast<std::size_t>(-1)) continue;
          const auto& cd = cands[ci];
          if (strict && cd.cls == EventClass::statement) continue;
          if (strict && of_noun && cd.first != t.last + 1 && cd.lemma != of_trigger->lemma) continue;
          if (adjective_of_noun && cd.first != t.last) continue;
          // "aim to produce a ceasefire after more than five years of warfare": the war's length,
          // not the talks' (only an act of the same kind, "12 hours of negotiations" in "talks").
          if (!strict && of_noun && cd.cls != of_trigger->cls) continue;
          std::size_t d = t.first >= cd.last ? t.first - cd.last : cd.first - std::min(cd.first, t.last);
          if (strict && d > kDurationReach) continue;
          // "..., where it arrived at 1.50am, to applause from engineers who had been on shift for
          // more than 12 hours": a length in a relative clause of its own is not another clause's.
          if (strict && clause[t.first] != cd.clause && t.first > cd.last) {
            bool relative = false;
            for (std::size_t j = cd.last; j < t.first && !relative; ++j)
              relative = toks[j].lower == "who" || toks[j].lower == "which" || toks[j].lower == "whose";
            if (relative) continue;
          }
          // "found guilty of stealing £2.3m from it over three years": a gerund between them that
          // is no event word of ours is what lasted, not the finding.
          if (strict && t.first >= cd.last) {
            static const StringSet gerund_openers{"of", "for", "by", "after", "before", "from", "about", "in"};
            bool gerund = false;
            for (std::size_t j = cd.last; j < t.first && !gerund; ++j)
              gerund = j > 0 && clause[j] == clause[t.first] && toks[j].word && toks[j].lower.size() > 4 &&
                       toks[j].lower.ends_with("ing") && !trigger_tokens[j] && gerund_openers.count(toks[j - 1].lower);
            if (gerund) continue;
          }
          if (clause[t.first] != cd.clause) d += n;
          if (d < best_d) { best_d = d; best_event = event_index[ci]; }
        }
      }
      // "jailed for six years", "a six-week trial that began": the length of the term, of the trial.
      if (best_event != static_cast<std::size_t>(-1) && lex.no_length.count(out[best_event].lemma)) measures = false;
      if (best_event != static_cast<std::size_t>(-1))
        out[best_event].durations.push_back({*t.timex, t.timex->span, measures && !delay, delay});
    }

    // The latest fact this version told before this sentence of an act (event_acts.tsv), not
    // hypothetical or negated; `timed`: dated by a time expression of its own.
    auto earlier_fact = [&](std::string_view act, bool timed) -> const EventMention* {
      for (std::size_t i = sentence_first_event; i-- > 0;) {
        const EventMention& e = out[i];
        if (e.negated || !e.modality.empty() || act_of(e.lemma) != act) continue;
        if (timed && !(e.anchor && e.anchor->source == AnchorSource::timex)) continue;
        return &e;
      }
      return nullptr;
    };
    // Times told from another event of the sentence: "Two days after the fire reached
    // Koonawarra, residents gathered", "Residents gathered two days after ...", "Lavrov said after
    // waiting for more than five hours". The other event is the first event word after "after"
    // or "before" in its clause (a verb rather than its subject noun); the event dated is the
    // first verb after the phrase's clause when the phrase opens the sentence, else the nearest
    // event word before it. The build turns each link into facts of the temporal network.
    for (std::size_t k = 0; k + 1 < n; ++k) {
      // "after", "following" (after); "before", "ahead of", "prior to" (before): k is the last word.
      const auto& w = toks[k].lower;
      const std::string_view prev = k > 0 ? std::string_view(toks[k - 1].lower) : std::string_view();
      const bool after = w == "after" || w == "following";
      const bool before = w == "before" || (w == "of" && prev == "ahead") || (w == "to" && prev == "prior");
      if ((!after && !before) || in_timex[k]) continue;
      const TimexAt* length = nullptr;  // "two days after"
      for (const auto& t : times)
        if (t.last == k && t.timex->type == TimexType::duration) length = &t;
      // "the day before his arrest": one day before (no time expression: the tagger leaves a day
      // counted from an event to this stage).
      std::optional<Minutes> unit_before;
      if (!length && k >= 2 && toks[k - 2].lower == "the") unit_before = counted_unit(toks[k - 1].lower);
      auto has_event = [&](std::size_t ci) { return ci < event_index.size() && event_index[ci] != static_cast<std::size_t>(-1); };
      // "after what passengers described as ...": a free relative, no event of its own.
      const auto& next = toks[k + 1].lower;
      if (next == "what" || next == "which" || next == "whom" || next == "whose") continue;
      std::optional<std::size_t> target;
      for (std::size_t j = k + 1; j < n && j <= k + 8 && clause[j] == clause[k + 1] && !target; ++j) {
        if (toks[j].lower == "and" || toks[j].lower == "or" || toks[j].lower == "but") break;  // another predicate
        if (!trigger_tokens[j] || !has_event(trigger_tokens[j] - 1)) continue;
        std::size_t ci = trigger_tokens[j] - 1;
        // "after the fire reached the town": the verb right after its subject noun. Not across an
        // auxiliary: in "a warning issued minutes after the quake was lifted" the lifting is the
        // warning's; and "after the warning was lifted" is after the warning's end all the same.
        const std::size_t q = cands[ci].last;
        if (cands[ci].pos == Pos::noun && q < n && clause[q] == clause[k + 1] && trigger_tokens[q] &&
            has_event(trigger_tokens[q] - 1) && cands[trigger_tokens[q] - 1].pos == Pos::verb)
          ci = trigger_tokens[q] - 1;
        target = ci;
      }
      // Where the other event's words end, its clause, whether a noun, and its mention's id.
      std::size_t target_last = 0, target_clause = 0;
      bool target_noun = false;
      std::string target_id;
      if (target) {
        target_last = cands[*target].last, target_clause = cands[*target].clause;
        target_noun = cands[*target].pos == Pos::noun;
        target_id = out[event_index[*target]].id;
        // "A tsunami warning was issued minutes after the quake": a noun with no time of its own
        // naming an act this version told before as a fact ("struck at 2.17am") is that event,
        // which has the time the length counts from.
        const EventMention& noun = out[event_index[*target]];
        if (length && target_noun && act_listed(noun.lemma) && !(noun.anchor && noun.anchor->source == AnchorSource::timex))
          if (const EventMention* told = earlier_fact(act_of(noun.lemma), false)) target_id = told->id;
      } else if (length) {
        // "The satellite separated from the upper stage about 58 minutes after liftoff": a noun of
        // an act an earlier sentence of this version told as a fact (the lift-off) is that event.
        std::size_t j = k + 1;
        if (j < n && determiners().count(toks[j].lower)) ++j;
        const auto [len, trig] = j < n ? lex.triggers.match(toks, j) : std::pair<std::size_t, const Trigger*>{0, nullptr};
        if (len && trig->pos == Pos::noun && act_listed(trig->lemma))
          if (const EventMention* told = earlier_fact(act_of(trig->lemma), false))
            target_last = j + len, target_clause = clause[j], target_noun = true, target_id = told->id;
      }
      if (target_id.empty()) continue;
      const std::size_t phrase_first = length ? length->first : unit_before ? k - 2 : w == "of" || w == "to" ? k - 1 : k;
      // Only punctuation and "shortly", "soon", "just" before the phrase in the sentence, or in
      // a reported clause after its "that" ("said that the day before his arrest he had bought").
      std::size_t opens_from = 0;
      for (std::size_t j = phrase_first; j-- > 0;)
        if (toks[j].lower == "that" && j > 0 && trigger_tokens[j - 1] && cands[trigger_tokens[j - 1] - 1].cls == EventClass::statement) {
          opens_from = j + 1;
          break;
        }
      bool opening = true;
      for (std::size_t j = opens_from; j < phrase_first && opening; ++j)
        opening = !toks[j].word || toks[j].lower == "shortly" || toks[j].lower == "soon" || toks[j].lower == "just" ||
                  toks[j].lower == "but" || toks[j].lower == "and" || toks[j].lower == "only" || toks[j].lower == "long";
      // Set off by a comma at the end ("said on Sunday that ..., a day after his side lost"), the
      // phrase is the main verb's; otherwise the nearest event word before it in its clause
      // ("gathered two days after"), or none ("forced the players back ... minutes before the
      // start" dates the forcing, which is no event here).
      const bool set_off = phrase_first > 0 && toks[phrase_first - 1].text == ",";
      std::optional<std::size_t> governed;
      for (std::size_t ci = 0; ci < cands.size(); ++ci) {
        if (!has_event(ci)) continue;
        if (opening) {
          // The first verb after the phrase: past the target's clause, or right after a noun target
          // ("the day before his arrest he had bought").
          if (cands[ci].pos == Pos::verb && cands[ci].first >= target_last && (cands[ci].clause != target_clause || target_noun)) {
            governed = ci;
            break;
          }
        } else if (set_off) {  // the first verb, else the first event word ("tighten its siege")
          if (cands[ci].last > phrase_first) continue;
          if (cands[ci].pos == Pos::verb) {
            governed = ci;
            break;
          }
          if (!governed) governed = ci;
        } else if (cands[ci].last <= phrase_first && cands[ci].clause == clause[phrase_first] &&
                   (!governed || cands[ci].last > cands[*governed].last)) {
          governed = ci;
        }
      }
      if (!governed || governed == target) continue;
      EventLink link;
      link.target = target_id;
      link.after = after;
      link.evidence = {toks[phrase_first].span.begin, toks[target_last - 1].span.end};
      if (length) {
        // "two days after": between one and three days; "about 3 hours after": two to four.
        const std::string& v = length->timex->value;
        if (auto d = duration_minutes(v)) {
          const char unit = v.empty() ? 'D' : v.back();
          const bool clock = v.find('T') != std::string::npos;
          const Minutes step = clock ? (unit == 'H' ? 60 : unit == 'M' ? 1 : 1)
                                     : (unit == 'D' ? 1440 : unit == 'W' ? 10080 : unit == 'M' ? 43200 : 525600);
          const Minutes tolerance = std::max(step, *d / 4);
          const std::string& mod = length->timex->mod;
          link.lo = mod == "LESS_THAN" || mod == "EQUAL_OR_LESS" ? 0 : std::max<Minutes>(0, *d - tolerance);
          if (mod == "MORE_THAN" || mod == "EQUAL_OR_MORE") link.lo = *d;
          else link.hi = mod == "LESS_THAN" || mod == "EQUAL_OR_LESS" ? *d : *d + tolerance;
        } else if (v == "PTXM" || v == "PTXH" || v == "PXD" || v == "PXW") {
          // "minutes after the quake", "hours after": some of the unit, fewer than the next one
          // makes ("minutes" are under an hour, "days" under a fortnight).
          link.lo = 0;
          link.hi = v == "PTXM" ? 60 : v == "PTXH" ? 1440 : v == "PXD" ? 14 * 1440 : 62 * 1440;
        }
      } else if (unit_before) {  // "the day before": within a unit either side of one unit
        link.lo = 0;
        link.hi = 2 * *unit_before;
      }
      out[event_index[*governed]].links.push_back(std::move(link));
    }

    // Match minutes: "Ibarra put Northbridge ahead in the 31st minute", "went ahead in the 88th
    // minute" count from the kick-off (`match_clock` of time_cues.tsv): the one this version told
    // before as a fact with a time, else the story's, which another report may tell (the target
    // "act:kick off", found by the build). The event dated is the nearest event word before the
    // phrase in its clause. The breaks are allowed for: after the 45th minute half-time (10 to 15
    // minutes) and the first half's stoppage time, after the 90th the second half's and extra
    // time's; a 40-minute half (rugby) fits the wider window too.
    for (std::size_t k = 0; !lex.match_clock_act.empty() && k + 3 < n; ++k) {
      if (toks[k].lower != "in" || toks[k + 1].lower != "the" || toks[k + 3].lower != "minute" || in_timex[k + 2]) continue;
      const auto minute = ordinal_digits(toks[k + 2].lower);  // "88th"
      if (!minute || *minute < 1 || *minute > 130) continue;
      std::optional<std::size_t> governed;
      for (std::size_t ci = 0; ci < cands.size(); ++ci)
        if (ci < event_index.size() && event_index[ci] != static_cast<std::size_t>(-1) && cands[ci].last <= k &&
            cands[ci].clause == clause[k] && (!governed || cands[ci].last > cands[*governed].last))
          governed = ci;
      if (!governed) continue;
      EventMention& dated = out[event_index[*governed]];
      if (dated.negated || !dated.modality.empty() || act_of(dated.lemma) == lex.match_clock_act) continue;
      EventLink link;
      link.target = "act:" + lex.match_clock_act;
      if (const EventMention* kick_off = earlier_fact(lex.match_clock_act, true)) link.target = kick_off->id;
      const Minutes m = *minute;
      link.lo = m - 1 + (m > 45 ? 10 : 0) + (m > 90 ? 5 : 0);
      link.hi = m + (m > 40 ? 25 : 0) + (m > 90 ? 20 : 0);
      link.evidence = {toks[k].span.begin, toks[k + 3].span.end};
      dated.links.push_back(std::move(link));
    }

    // What a closing attribution tells: the events before it ("..., a group said").
    for (const auto& [s, from] : closing_statements)
      for (std::size_t ci = 0; ci < cands.size(); ++ci)
        if (cands[ci].cls != EventClass::statement && cands[ci].last <= from && told_by[ci] == kNone &&
            (cands[ci].clause != cands[s].clause || cands[s].lemma == "according to"))
          told_by[ci] = s;
    // What a statement verb tells: the events after it ("said that the talks have not yet
    // produced a deal"), up to a subordinator that opens a clause of the report's own ("she said
    // before she returned to the hall").
    // A statement noun after the "that" is told too ("were told at lunchtime that a statement
    // would come within the hour"); before it, it is how the saying was made ("said in a
    // statement that").
    for (std::size_t ci = 0; ci < cands.size(); ++ci) {
      if (cands[ci].consumed || told_by[ci] != kNone) continue;
      if (cands[ci].cls == EventClass::statement && cands[ci].pos != Pos::noun) continue;
      std::size_t s = ci;
      while (s-- > 0)
        if (!cands[s].consumed && cands[s].cls == EventClass::statement && cands[s].pos == Pos::verb) break;
      if (s == kNone || cands[s].last > cands[ci].first) continue;
      const Candidate& st = cands[s];
      if (cands[ci].cls == EventClass::statement) {
        const std::size_t said_from = reported_start(st);
        if (said_from == st.last || said_from > cands[ci].first) continue;
      }
      if (st.lemma == "according to") continue;  // it tells what comes before it
      if (form_of(st).ends_with("ing") && st.lemma != "say" && st.lemma != "add") continue;  // "a tsunami warning"
      const std::size_t from = st.last;
      if (from >= n || toks[from].lower == "to" || cands[ci].first - from > 30) continue;  // "told to evacuate"
      bool own_clause = false;
      for (std::size_t k = from; k < cands[ci].first && !own_clause; ++k)
        own_clause = told_clause_stops().count(toks[k].lower) > 0 || toks[k].text == ";";
      if (!own_clause) told_by[ci] = s;
    }
    for (std::size_t ci = 0; ci < cands.size() && ci < event_index.size(); ++ci)
      if (told_by[ci] != kNone && event_index[ci] != kNone && told_by[ci] < event_index.size() &&
          event_index[told_by[ci]] != kNone)
        out[event_index[ci]].reported_by = out[event_index[told_by[ci]]].id;

    fold_continued_statements(doc, out, sentence_first_event, counter);
    // The fold may have erased this sentence's last statement: find it again (an index past the
    // end read a destroyed mention; found by the events fuzz target).
    if (last_statement != static_cast<std::size_t>(-1) && last_statement >= sentence_first_event) {
      last_statement = static_cast<std::size_t>(-1);
      for (std::size_t i = sentence_first_event; i < out.size(); ++i)
        if (out[i].cls == EventClass::statement && out[i].modality.empty()) last_statement = i;
    }

    pronouns.sentence_done(mentions, si, entities);
  }
  entities.relabel(out);
  return out;
}

namespace {

// A label ends on no comma, colon, semicolon or space, nor on a dash that opened what was left out
// or cut off ("won four gold medals -", "approvals --"); a hyphen written against its word stays ("pre-").
void trim_dash(std::string& s) {
  for (;;) {
    while (!s.empty() && (s.back() == ',' || s.back() == ' ' || s.back() == ':' || s.back() == ';')) s.pop_back();
    std::size_t end = s.size();
    for (bool more = true; more;) {
      more = false;
      if (end > 0 && s[end - 1] == '-') --end, more = true;
      for (std::string_view dash : {std::string_view("\xE2\x80\x94"), std::string_view("\xE2\x80\x93")})
        if (std::string_view(s).substr(0, end).ends_with(dash)) end -= dash.size(), more = true;
    }
    if (end == s.size() || end == 0 || s[end - 1] != ' ') return;
    s.resize(end);
  }
}

// A label cut after a participle that follows a plural noun ("40 conversations ranging | from
// ...") ends at the noun: the participle opened a phrase the cut took away. Not the event's own
// word (`keep`), not a noun in -ing ("something", "during", "evening"), and not after a verb:
// "are continuing" has no plural noun, and a word in -s after its subject ("which prohibits |
// sending", "and makes", "is always") is no noun.
void drop_participle(std::string& s, std::string_view keep) {
  static const StringSet not_participles{"during", "morning", "evening", "ceiling", "spring", "string", "king", "bring", "wing"};
  static const StringSet subjects{"which", "that", "who", "it", "he", "she", "and", "or", "but", "also", "is", "was", "are", "were", "be"};
  auto word_before = [&](std::size_t sp) {  // the word that ends at the space at `sp`
    const std::size_t b = sp == 0 ? std::string::npos : s.rfind(' ', sp - 1);
    const std::size_t from = b == std::string::npos ? 0 : b + 1;
    return std::pair{std::string_view(s).substr(from, sp - from), b};
  };
  const std::size_t sp = s.rfind(' ');
  if (sp == std::string::npos || sp == 0) return;
  const std::string_view last = std::string_view(s).substr(sp + 1);
  if (last.size() < 5 || !last.ends_with("ing") || last.ends_with("thing") || not_participles.contains(last) ||
      !std::islower(static_cast<unsigned char>(last.front())))
    return;
  if (!keep.empty() && std::string_view(s).ends_with(keep)) return;
  const auto [noun, before] = word_before(sp);
  if (noun.size() < 4 || !noun.ends_with('s') || noun.ends_with("ss") || noun.ends_with("us") || noun.ends_with("is") ||
      noun.ends_with("'s") || !std::isalpha(static_cast<unsigned char>(noun[noun.size() - 2])) ||
      finite_auxiliaries().contains(noun))
    return;
  if (before != std::string::npos && before > 0) {
    std::string prior(word_before(before).first);
    for (auto& c : prior) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (subjects.contains(prior)) return;
  }
  s.resize(sp);
}

}  // namespace

std::string cut_label(std::string s, std::size_t max, std::string_view keep) {
  // One line, whatever a name or a quotation held: each run of white space one space.
  if (s.find_first_of("\n\r\t\v\f") != std::string::npos) s = normalize_space(s);
  trim_dash(s);
  if (s.size() <= max) return s;
  std::size_t e = s.rfind(' ', max);
  if (e == std::string::npos || e == 0) {
    e = max;
    while (e > 0 && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) --e;  // not inside a UTF-8 character
  }
  const std::string whole = s;
  auto lower_word_at = [&](std::size_t w) {  // the word of `whole` at byte w, without the punctuation after it
    std::size_t we = std::min(whole.find(' ', w), whole.size());
    while (we > w && std::string_view(",;:.!?\")]").find(whole[we - 1]) != std::string_view::npos) --we;
    std::string word = whole.substr(w, we - w);
    for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word;
  };
  // "... remained unresolved before we": words that leave the cut phrase hanging go too.
  auto drop_enders = [&] {
    trim_dash(s);
    const StringSet& enders = lexicon().label_enders;
    for (std::size_t sp = s.rfind(' '); sp != std::string::npos && sp > 0; sp = s.rfind(' ')) {
      std::string last = s.substr(sp + 1);  // as written: "against." ends a sentence, it hangs on nothing
      for (auto& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (!enders.contains(last)) break;
      s.resize(sp);
      trim_dash(s);
    }
  };
  // A cut inside a phrase leaves half of it ("rose 8% on back of stronger"): the label ends
  // before the last phrase or clause that opens in its second half instead ("rose 8%"). A label
  // that ends where a phrase or clause opens anyway ("... in Geneva | on Friday", "... in Syria |
  // that can last", "... for negotiations | to be dragged out") stays as it is.
  auto opens_phrase = [&](std::size_t sp) {  // at the space at `sp` of `whole`
    std::size_t p = sp;
    while (p > 0 && (whole[p - 1] == '"' || whole[p - 1] == '\'' || whole[p - 1] == ')' ||
                     (p >= 3 && whole.compare(p - 3, 2, "\xE2\x80") == 0 && (whole[p - 1] == '\x9D' || whole[p - 1] == '\x99'))))
      p -= whole[p - 1] == '\x9D' || whole[p - 1] == '\x99' ? 3 : 1;  // closing quotes: `against.”`
    if (p > 0 && std::string_view(",;:.!?").find(whole[p - 1]) != std::string_view::npos) return true;
    return lexicon().label_breaks.contains(lower_word_at(sp + 1));
  };
  auto follows = [&](std::size_t sp) {  // what `whole` goes on with after the label ends at `sp`
    if (sp >= whole.size() || whole[sp] != ' ') return true;  // punctuation, or the end
    // A function word after a whole phrase: "that", "to", an auxiliary ("in Syria | can last", its
    // "that" left out), a pronoun, "of" after its head noun ("the old industrial heartlands | of");
    // not "than", which binds to the word before it ("for less | than half").
    const std::string next = lower_word_at(sp + 1);
    return opens_phrase(sp) || (lexicon().label_enders.contains(next) && next != "than");
  };
  // Never before the event's own word (`keep`, the trigger as written): "... was sold to Dutch
  // firm Tulip | Computers" keeps "was sold".
  auto least = [&] {  // only where the label goes back
    std::size_t at_least = max * 11 / 20;
    if (!keep.empty()) {
      std::string lower_whole = whole, lower_keep(keep);
      for (auto* w : {&lower_whole, &lower_keep})
        for (auto& c : *w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (auto at = lower_whole.find(lower_keep); at != std::string::npos) at_least = std::max(at_least, at + lower_keep.size());
    }
    return at_least;
  };
  // A name starts after the space at `sp`: a capital not opening a sentence, and not "I".
  auto starts_name = [&](std::size_t sp) {
    if (sp + 1 >= whole.size() || std::isupper(static_cast<unsigned char>(whole[sp + 1])) == 0 || lower_word_at(sp + 1) == "i")
      return false;
    return sp == 0 || std::string_view(".!?:").find(whole[sp - 1]) == std::string_view::npos;
  };
  // Judged where the line was cut ("on back of | stronger"), and where it ends once the words left
  // hanging have gone, when those open a clause ("for negotiations | to be dragged out"); a name
  // cut off ("Dutch firm Tulip | Computers", "besieged areas of | Aleppo") is no phrase to go back
  // before.
  // A cut inside a sentence after one the label finished ends at that one: "... repair the
  // cranes. | Work continues on the" reads "... repair the cranes.".
  auto sentence_end = [&](std::size_t sp) {  // the space at `sp` follows a sentence's last word
    std::size_t p = sp;
    while (p >= 3 && whole.compare(p - 3, 2, "\xE2\x80") == 0 && (whole[p - 1] == '\x9D' || whole[p - 1] == '\x99')) p -= 3;
    while (p > 0 && (whole[p - 1] == '"' || whole[p - 1] == '\'')) --p;
    return p > 0 && std::string_view(".!?").find(whole[p - 1]) != std::string_view::npos;
  };
  // A cut one short word before the label's end or a comma ("... its siege of former Syrian
  // commercial | hub") takes that word: a few bytes over the line, not half a phrase.
  if (e < whole.size() && whole[e] == ' ' && !sentence_end(e)) {
    const std::size_t next = std::min(whole.find(' ', e + 1), whole.size());
    const std::string word = lower_word_at(e + 1);
    const bool phrase_end = next == whole.size() || std::string_view(",;:.!?").find(whole[next - 1]) != std::string_view::npos;
    if (next - e - 1 <= kLabelSlackBytes && next <= max + kLabelSlackBytes && !lexicon().label_enders.contains(word) &&
        !lexicon().label_breaks.contains(word) && phrase_end) {
      e = next;
      s.resize(e);
    }
  }
  if (e < whole.size() && whole[e] == ' ' && !sentence_end(e)) {
    const std::size_t lowest = least();
    for (std::size_t sp = whole.rfind(' ', e - 1); sp != std::string::npos && sp >= lowest && sp > 0; sp = whole.rfind(' ', sp - 1))
      if (sentence_end(sp) && std::isupper(static_cast<unsigned char>(whole[sp + 1])) != 0) {
        s.resize(sp);
        return s;
      }
  }
  s.resize(e);
  drop_enders();
  const std::size_t dropped = s.size();
  const bool clause_after = dropped < e && whole[dropped] == ' ' &&
                            (lexicon().label_breaks.contains(lower_word_at(dropped + 1)) || lower_word_at(dropped + 1) == "to" ||
                             lower_word_at(dropped + 1) == "that");
  const bool name_cut = e < whole.size() && whole[e] == ' ' && starts_name(e);
  if (e > 0 && !clause_after && !name_cut && !follows(e)) {
    const std::size_t lowest = least();
    for (std::size_t sp = whole.rfind(' ', e - 1); sp != std::string::npos && sp >= lowest && sp > 0; sp = whole.rfind(' ', sp - 1)) {
      // Not past a name: "bid for Andy Farrell | should" keeps its name, cut or not.
      if (starts_name(sp)) break;
      if (opens_phrase(sp)) {
        e = sp;
        break;
      }
    }
  }
  if (e < dropped) {
    s.resize(e);
    drop_enders();  // no word left hanging either ("looking into | whether")
  }
  drop_participle(s, keep);
  return s;
}

}  // namespace timeline
