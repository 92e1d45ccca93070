#include "time_tagger.hpp"

#include <algorithm>
#include <bit>
#include <cctype>

#include <cstdlib>

#include "time_lexicon.hpp"
#include "time_prefilter.hpp"
#include "time_rules.hpp"
#include "time_tokens.hpp"

namespace timeline {
namespace {

// tense_cue of a token, looked up once: the tense search around each match asks for the same
// tokens again and again.
Tense cue_of(const TimeToken& t) {
  if (t.cue < 0) t.cue = static_cast<std::int8_t>(tense_cue(t.lower));
  return static_cast<Tense>(t.cue);
}

// Past participles and past tenses the tense table does not list still read as past ("attacked"),
// unless a determiner before them or an "un-" makes them adjectives ("a still unspecified date").
Tense tense_of(const std::vector<TimeToken>& t, std::size_t k) {
  Tense cue = cue_of(t[k]);
  if (cue != Tense::none) return cue;
  const auto& w = t[k].lower;
  if (w.size() < 5 || !w.ends_with("ed") || w.starts_with("un")) return Tense::none;
  static constexpr std::string_view determiners[] = {"a", "an", "the", "its", "their", "his", "her", "our", "still", "very"};
  for (std::size_t back = 1; back <= 2 && back <= k; ++back)
    for (auto d : determiners)
      if (t[k - back].lower == d) return Tense::none;
  return Tense::past;
}

// A modal with the perfect looks back ("may have been responsible", "would have met had the
// storm not hit"); only "will have" / "shall have" look ahead (future perfect).
bool perfect_modal(const std::vector<TimeToken>& t, std::size_t k) {
  static constexpr std::string_view modals[] = {"may", "might", "could", "would", "should", "must"};
  return k + 1 < t.size() && t[k + 1].lower == "have" && std::find(std::begin(modals), std::end(modals), t[k].lower) != std::end(modals);
}

// A past form right after a future auxiliary is future: "will be held", "will have met".
Tense tense_at(const std::vector<TimeToken>& t, std::size_t k) {
  // "ordered a hearing to take place in the autumn": the infinitive of a directive is its future.
  // "agreed to a truce on Monday" is no infinitive: a determiner or pronoun after "to" makes it a preposition.
  static constexpr std::string_view not_verbs[] = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "their",
                                                   "its", "our", "my", "your", "them", "him", "me", "us", "it", "be"};
  if (t[k].lower == "to" && k + 1 < t.size() && !t[k + 1].lower.empty() &&
      std::isalpha(static_cast<unsigned char>(t[k + 1].lower[0])) && !t[k + 1].capital &&
      std::find(std::begin(not_verbs), std::end(not_verbs), t[k + 1].lower) == std::end(not_verbs))
    for (std::size_t back = 1; back <= 4 && back <= k; ++back)
      if (directive_verb(t[k - back].lower)) return Tense::future;
  // "postponed until Tuesday morning": what a deferral waits for is still to come.
  if (t[k].lower == "until" || t[k].lower == "till")
    for (std::size_t back = 1; back <= 4 && back <= k; ++back)
      if (deferral_verb(t[k - back].lower)) return Tense::future;
  Tense cue = tense_of(t, k);
  if (cue == Tense::future && perfect_modal(t, k)) return Tense::past;
  // "had been due to expire", "had been scheduled": a plan in the past perfect is over.
  if (cue == Tense::future)
    for (std::size_t back = 1; back <= 2 && back <= k; ++back)
      if (t[k - back].lower == "had") return Tense::past;
  if (cue != Tense::past) return cue;
  for (std::size_t back = 1; back <= 3 && back <= k; ++back)
    if (cue_of(t[k - back]) == Tense::future) return perfect_modal(t, k - back) ? Tense::past : Tense::future;
  // "were planning", "was expected to": a past auxiliary before a future word is future; a
  // past verb before one is not ("announced plans to").
  if (k + 1 < t.size() && (t[k].lower == "was" || t[k].lower == "were") && cue_of(t[k + 1]) == Tense::future)
    return Tense::future;
  return cue;
}

// The tense of the verb group governing tokens [first, last): English puts the verb shortly
// before its time adverbial ("will meet on Monday", "attacked the base on Thursday"), so a cue in
// the few tokens to the left wins; otherwise the nearest cue on either side ("On Tuesday, rebels
// attacked").
Tense nearest_tense(const std::vector<TimeToken>& t, const std::vector<char>& in_match, std::size_t first, std::size_t last) {
  constexpr std::size_t kLeftWindow = 6;
  for (std::size_t k = first; k-- > 0 && first - k <= kLeftWindow;)
    if (!in_match[k])
      if (auto c = tense_at(t, k); c != Tense::none) return c;
  for (std::size_t d = 1; d <= t.size(); ++d) {
    bool any = false;
    if (first >= d) {
      any = true;
      if (!in_match[first - d])
        if (auto c = tense_at(t, first - d); c != Tense::none) return c;
    }
    if (last + d - 1 < t.size()) {
      any = true;
      if (!in_match[last + d - 1])
        if (auto c = tense_at(t, last + d - 1); c != Tense::none) return c;
    }
    if (!any) break;
  }
  return Tense::none;
}

// Whether only punctuation and a connective come before token `first` ("But two days later").
bool opens_sentence(const std::vector<TimeToken>& t, std::size_t first) {
  static constexpr std::string_view connectives[] = {"and", "but", "then", "so", "yet"};
  std::size_t words = 0;
  for (std::size_t k = 0; k < first; ++k) {
    const auto w = t[k].lower;
    if (w.empty() || !std::isalnum(static_cast<unsigned char>(w[0]))) continue;
    if (++words > 1 || std::find(std::begin(connectives), std::end(connectives), w) == std::end(connectives)) return false;
  }
  return true;
}

// "six years and three months", "two hours 40 minutes": two lengths in falling units joined by
// "and" (or nothing) are one length, as TimeML annotates them.
void join_compound_durations(const std::vector<TimeToken>& tokens, std::vector<RuleMatch>& matches) {
  auto rank = [](std::string_view unit) {
    static const char* order[] = {"S", "MIN", "H", "D", "W", "M", "Y"};
    for (int k = 0; k < 7; ++k)
      if (unit == order[k]) return k;
    return -1;
  };
  auto plain = [](const TimeValue& v) {
    return v.kind == TimeKind::duration && v.amount && !v.amount_max && !v.vague_amount && !v.plus_half && !v.amount2;
  };
  std::size_t kept = 0;  // joined in place: matches[0, kept) are the result so far
  for (std::size_t k = 0; k < matches.size(); ++k) {
    RuleMatch m = matches[k];
    while (k + 1 < matches.size() && plain(m.value)) {
      const RuleMatch& next = matches[k + 1];
      bool joined_by_and = next.first == m.last + 1 && m.last < tokens.size() && tokens[m.last].lower == "and";
      if (!(joined_by_and || next.first == m.last) || !plain(next.value) || !next.value.mod.empty()) break;
      if (rank(m.value.unit) < 0 || rank(next.value.unit) < 0 || rank(next.value.unit) >= rank(m.value.unit)) break;
      m.value.amount2 = next.value.amount;
      m.value.unit2 = next.value.unit;
      m.last = next.last;
      ++k;
    }
    matches[kept++] = m;
  }
  matches.resize(kept);
}

}  // namespace

std::vector<TaggedTime> find_times(std::string_view bytes, Span sentence, const TagOptions& options) {
  if (options.prefilter && !may_hold_time(bytes.substr(sentence.begin, sentence.size()))) return {};  // about half of news sentences
  thread_local std::vector<TimeToken> tokens;  // reused: one allocation per thread, not per sentence
  thread_local std::vector<char> lowered;      // the sentence lowercased; the tokens view it
  tokenize_time(bytes.substr(sentence.begin, sentence.size()), sentence.begin, tokens, lowered);
  annotate_tokens(tokens);
  thread_local std::vector<RuleMatch> matches;  // reused: cleared, never shrunk
  matches.clear();
  const auto& rules = time_rules();
  // The sentence's signature: rules needing a class or word it lacks are not tried (most
  // sentences rule out most rules).
  bool any = false;
  thread_local SentenceWords words;
  words.classes = words.word_bits = 0;
  words.present.resize(time_rule_word_count() / 64 + 1);
  for (const auto& t : tokens) {
    any |= t.rules != nullptr;
    words.classes |= t.classes;
    if (t.word >= 0) words.word_bits |= word_bit(t.word), words.present[t.word / 64] |= std::uint64_t{1} << (t.word % 64);
  }
  struct Clear {  // leaves `present` all zero for the next sentence, however this one ends
    const std::vector<TimeToken>& tokens;
    ~Clear() { words.clear_present(tokens); }
  } clear{tokens};
  if (!any) return {};
  const std::size_t mask_words = time_rule_mask_words();
  thread_local std::vector<std::uint64_t> possible;
  possible.resize(mask_words);
  possible_rules(tokens, words, possible.data());
  std::size_t i = 0;
  // The best match starting at token k: longest extent, then leftmost, then the earlier rule
  // (the candidates are tried in rule order: the bits of the token's mask that the sentence allows).
  auto best_at = [&](std::size_t k, RuleMatch& best) {
    bool found = false;
    const std::uint64_t* mask = tokens[k].rules;
    if (!mask) return false;
    for (std::size_t w = 0; w < mask_words; ++w)
      for (std::uint64_t bits = mask[w] & possible[w]; bits != 0; bits &= bits - 1)
        improve_match(rules[w * 64 + static_cast<std::size_t>(std::countr_zero(bits))], tokens, k, options, best, found);
    return found;
  };
  thread_local RuleMatch scratch[2];
  while (i < tokens.size()) {
    if (!tokens[i].rules) {
      ++i;
      continue;
    }
    // Not cleared per token: improve_match writes every field of a match it keeps and reads
    // none until it has kept one (clearing a 400-byte match at every candidate token showed).
    RuleMatch& best = scratch[0];
    if (!best_at(i, best)) {
      ++i;
      continue;
    }
    // A match whose extent starts after leading context ("(in) the past") must not hide a longer
    // match starting where its extent starts ("the past two weeks").
    RuleMatch& inner = scratch[1];
    if (best.first > i && best_at(best.first, inner) && inner.last > best.last) best = inner;
    i = best.last;
    matches.push_back(best);
  }
  join_compound_durations(tokens, matches);
  thread_local std::vector<char> in_match;
  in_match.assign(tokens.size(), 0);
  for (const auto& m : matches)
    for (std::size_t k = m.first; k < m.last; ++k) in_match[k] = 1;
  std::vector<TaggedTime> out;
  std::size_t previous_end = 0;  // the token after the last kept expression (0: none yet)
  for (auto& m : matches) {
    if (m.value.kind == TimeKind::ignore) continue;
    m.value.conversion = previous_end > 0 && m.first == previous_end + 1 && tokens[previous_end].lower == "(";
    m.value.tense = nearest_tense(tokens, in_match, m.first, m.last);
    m.value.opens_sentence = opens_sentence(tokens, m.first);
    // "... of Thursday local time": the words join the expression and say whose day it is.
    auto local_at = [&](std::size_t k) {
      return k + 1 < tokens.size() && tokens[k].lower == "local" && tokens[k + 1].lower == "time";
    };
    for (std::size_t k = m.first; k + 1 < m.last; ++k) m.value.local_time = m.value.local_time || local_at(k);
    if (!m.value.local_time && (m.value.weekday || m.value.day) && local_at(m.last)) {
      m.last += 2;
      m.value.local_time = true;
    }
    previous_end = m.last;
    const std::size_t end = tokens[m.last - 1].end;
    std::string_view after = bytes.substr(std::min(end, sentence.end), sentence.end - std::min(end, sentence.end));
    m.value.possessive = after.starts_with("'s") || after.starts_with("\xE2\x80\x99s");  // ' or U+2019
    out.push_back({{tokens[m.first].begin, end}, std::move(m.value), m.rule->name});
  }
  return out;
}

}  // namespace timeline
