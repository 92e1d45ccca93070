#include "event_lexicon.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <vector>

namespace timeline::event_lexicon {
namespace {

std::string where(std::string_view file, const DataRow& row) { return std::string(file) + ":" + std::to_string(row.line); }

EventClass parse_class(std::string_view s, const std::string& at) {
  for (auto c : {EventClass::statement, EventClass::meeting, EventClass::speech, EventClass::travel, EventClass::attack,
                 EventClass::agreement, EventClass::state_change, EventClass::disaster, EventClass::other})
    if (to_string(c) == s) return c;
  throw std::runtime_error(at + ": unknown event class '" + std::string(s) + "'");
}

AnchorRelation parse_relation(std::string_view s, const std::string& at) {
  for (auto r : {AnchorRelation::during, AnchorRelation::before, AnchorRelation::after, AnchorRelation::begins,
                 AnchorRelation::ends, AnchorRelation::includes})
    if (to_string(r) == s) return r;
  throw std::runtime_error(at + ": unknown relation '" + std::string(s) + "'");
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  while (b <= s.size()) {
    auto e = s.find(sep, b);
    if (e == std::string_view::npos) e = s.size();
    auto part = s.substr(b, e - b);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.push_back(part);
    b = e + 1;
  }
  return out;
}

// A row's window column, a number of tokens; else an error naming the row.
std::size_t window_of(std::string_view field, const std::string& at) {
  try {
    return static_cast<std::size_t>(std::stoul(std::string(field)));
  } catch (const std::exception&) {
    throw std::runtime_error(at + ": window must be a number");
  }
}

// A row of a kind that only lists words: its word goes to that kind's set. False for other kinds.
template <std::size_t N>
bool listed_word(const std::pair<std::string_view, StringSet*> (&kinds)[N], std::string_view kind, std::string_view word) {
  for (const auto& [name, set] : kinds)
    if (name == kind) {
      set->emplace(word);
      return true;
    }
  return false;
}

}  // namespace

Lexicon::Lexicon() {
  for (const auto& row : embedded_rows("event_triggers.tsv")) {
    auto at = where("event_triggers.tsv", row);
    if (row.fields.size() < 4) throw std::runtime_error(at + ": expected lemma, class, pos, forms");
    Trigger t{std::string(row.fields[0]), parse_class(row.fields[1], at), Pos::verb};
    auto pos = row.fields[2];
    if (pos == "noun") t.pos = Pos::noun;
    else if (pos == "aspect") t.pos = Pos::aspect;
    else if (pos == "light") t.pos = Pos::light;
    else if (pos != "verb") throw std::runtime_error(at + ": unknown pos '" + std::string(pos) + "'");
    for (auto form : split(row.fields[3], ',')) {
      if (!triggers.add(form, t)) throw std::runtime_error(at + ": form '" + std::string(form) + "' listed twice");
      if (form.find(' ') == std::string_view::npos) words.emplace(form);
    }
  }
  for (const auto& row : embedded_rows("event_cues.tsv")) {
    auto at = where("event_cues.tsv", row);
    if (row.fields.size() < 4) throw std::runtime_error(at + ": expected cue, kind, value, window");
    if (row.fields[1] == "infinitive") {
      infinitive_marker = std::string(row.fields[0]);
      infinitive_modality = std::string(row.fields[2]);
      continue;
    }
    const std::pair<std::string_view, StringSet*> word_kinds[] = {
        {"factive", &factives}, {"addressed", &addressed}, {"question", &question_openers}, {"converse", &converse},
        {"addressee", &addressee_verbs}, {"complement", &complement_verbs},
        {"setting", &setting_prepositions}, {"maker", &statement_makers}};
    if (listed_word(word_kinds, row.fields[1], row.fields[0])) continue;
    if (row.fields[1] == "medium") {
      media.add(row.fields[0], std::string(row.fields[2]));
      medium_window = std::max(medium_window, window_of(row.fields[3], at));
      continue;
    }
    if (row.fields[1] == "means") {
      means.emplace(row.fields[0]);
      means_window = std::max(means_window, window_of(row.fields[3], at));
      continue;
    }
    if (row.fields[1] == "coordinator" || row.fields[1] == "coordination_stop") {
      (row.fields[1] == "coordinator" ? coordinators : coordination_stops).emplace(row.fields[0]);
      coordination_window = std::max(coordination_window, window_of(row.fields[3], at));
      continue;
    }
    Cue c{row.fields[1] == "negation", std::string(row.fields[2]), 0};
    if (!c.negation && row.fields[1] != "modality") throw std::runtime_error(at + ": unknown cue kind");
    c.window = window_of(row.fields[3], at);
    cues.add(row.fields[0], c);
    if (row.fields[0].find(' ') == std::string_view::npos) words.emplace(row.fields[0]);
  }
  for (const auto& row : embedded_rows("time_cues.tsv")) {
    auto at = where("time_cues.tsv", row);
    if (row.fields.size() < 3) throw std::runtime_error(at + ": expected kind, cue, relation");
    const std::pair<std::string_view, StringSet*> word_kinds[] = {
        {"complement", &complement_auxiliaries}, {"predicate", &reported_predicates}, {"stative", &statives},
        {"delay", &delay_verbs}, {"penalty", &no_length}, {"momentary", &no_length}};
    if (listed_word(word_kinds, row.fields[0], row.fields[1])) continue;
    if (row.fields[0] == "near") {
      long long minutes = 0;
      auto f = row.fields[2];
      if (std::from_chars(f.data(), f.data() + f.size(), minutes).ec != std::errc{} || minutes <= 0)
        throw std::runtime_error(at + ": expected a number of minutes");
      near.emplace(std::string(row.fields[1]), minutes);
      continue;
    }
    if (row.fields[0] == "match_clock") {
      match_clock_act = std::string(row.fields[1]);
      continue;
    }
    auto rel = parse_relation(row.fields[2], at);
    if (row.fields[0] == "relation") relations.add(row.fields[1], rel);
    else if (row.fields[0] == "header") headers.emplace(std::string(row.fields[1]), rel);
    else if (row.fields[0] == "deferral") deferrals.emplace(std::string(row.fields[1]), rel);
    else throw std::runtime_error(at + ": unknown kind '" + std::string(row.fields[0]) + "'");
  }
  for (const auto& row : embedded_rows("label_drop.txt")) {
    label_drop.emplace(row.fields[0]);
    if (row.fields.size() > 1)
      for (auto next : split(row.fields[1], ' '))
        if (!next.empty()) label_drop_kept[std::string(row.fields[0])].emplace(next);
    if (row.fields.size() > 2)
      for (auto prev : split(row.fields[2], ' '))
        if (!prev.empty()) label_drop_kept_after[std::string(row.fields[0])].emplace(prev);
  }
  for (const auto& row : embedded_rows("label_article_adverbs.txt")) label_article_adverbs.emplace(row.fields[0]);
  for (const auto& row : embedded_rows("label_enders.txt")) label_enders.emplace(row.fields[0]);
  for (const auto& row : embedded_rows("label_breaks.txt")) label_breaks.emplace(row.fields[0]);
  for (const auto& row : embedded_rows("noun_no_event.txt")) noun_no_event.emplace(row.fields[0]);
  for (const auto& row : embedded_rows("remaining_nouns.txt")) remaining_nouns.emplace(row.fields[0]);
  for (const auto& row : embedded_rows("label_openers.txt")) {
    if (row.fields[0].find(' ') != std::string_view::npos) opener_phrases.add(row.fields[0], true);
    else label_openers.emplace(row.fields[0]);
  }
}

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}

const StringSet& prepositions() {
  static const StringSet s{
      "in", "at", "on", "of", "for", "from", "to", "with", "by", "between", "among", "into", "after", "before",
      "during", "near", "around", "against", "behind", "under", "over", "toward", "towards", "via", "about", "than"};
  return s;
}
// Words that put one event in time against another ("unresolved before Kerry's return").
const StringSet& temporal_connectives() {
  static const StringSet s{"before", "after", "since", "until", "till", "following", "during", "amid"};
  return s;
}
const StringSet& subject_pronouns() {
  static const StringSet words{"he", "she", "they", "we", "it", "i"};
  return words;
}

// Adjectives that place an event in time or a series ("a late start", "the final meeting").
const StringSet& time_adjectives() {
  static const StringSet words{"late", "early", "first", "second", "third", "final", "last", "next", "previous"};
  return words;
}

const StringSet& location_prepositions() {
  static const StringSet s{"in", "at", "near", "around", "to", "from", "outside", "inside"};
  return s;
}
const StringSet& quantifiers() {
  static const StringSet s{"some", "one", "many", "most", "all", "several", "two", "none", "each", "both", "few"};
  return s;
}
// Finite auxiliaries: after a relative clause, one of them opens the main verb ("the director who
// stole the money was jailed").
const StringSet& finite_auxiliaries() {
  static const StringSet s{"was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "may", "might"};
  return s;
}
// Subject pronouns: "after it had been due to begin" tells of the thing named before.
const StringSet& pronouns_subject() {
  static const StringSet s{"it", "he", "she", "they", "we", "i", "you"};
  return s;
}
// "has", "have", "had": the auxiliary of the perfect ("has been prime minister since 2016").
bool perfect_auxiliary(const Token& t) { return t.lower == "has" || t.lower == "have" || t.lower == "had"; }
bool passive_auxiliary(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are" || w == "be";
}
// Whether a time expression's rule names its day ("<clock> on <weekday>", "<month> <day> at
// <clock>"); "<clock> <zone>", "today <part of day>" take theirs from the reference.
bool names_a_day(std::string_view rule) {
  for (std::string_view part : {"<weekday>", "<month>", "<day>", "<year>", "<numeric date>", "<date>"})
    if (rule.find(part) != std::string_view::npos) return true;
  return false;
}

// Words after a statement verb that open a clause the report tells itself, not the speaker:
// "she said before she returned to the hall".
const StringSet& told_clause_stops() {
  static const StringSet s{"before", "after", "until", "till", "as", "when", "while", "once", "because", "since", "whereupon"};
  return s;
}

// Words of a verb group before its main verb ("has since been found guilty").
const StringSet& verb_group_words() {
  static const StringSet s = [] {
    StringSet words = finite_auxiliaries();
    for (const char* w : {"be", "been", "being", "not", "n't", "also", "since", "later", "then", "already", "now",
                          "reportedly", "allegedly", "never"})
      words.emplace(w);
    return words;
  }();
  return s;
}
const StringSet& determiners() {
  static const StringSet s{"a", "an", "the", "this", "these", "those", "its", "their"};
  return s;
}

}  // namespace timeline::event_lexicon
