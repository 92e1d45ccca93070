#include "attributions.hpp"

namespace timeline {
namespace {

using event_lexicon::Pos;

// The length of a statement verb trigger at token k; 0 when there is none.
std::size_t reporting_at(const std::vector<Token>& toks, std::size_t k, const event_lexicon::Lexicon& lex) {
  const auto [len, trigger] = lex.triggers.match(toks, k);
  return len && trigger->cls == EventClass::statement && trigger->pos == Pos::verb ? len : 0;
}

}  // namespace

bool closing_attribution(const std::vector<Token>& toks, std::size_t k, const std::vector<char>& in_timex,
                         const event_lexicon::Lexicon& lex) {
  const std::size_t n = toks.size();
  const bool after_comma = k > 0 && (toks[k - 1].text == "," || (k > 1 && is_quote_mark(toks[k - 1]) && toks[k - 2].text == ","));
  if (!after_comma || k + 1 >= n) return false;
  const std::size_t len = reporting_at(toks, k + 1, lex);
  if (!len) return false;
  std::size_t words = 0;
  for (std::size_t j = k + 1 + len; j < n && toks[j].word && !toks[j].quoted; ++j) {
    if (in_timex[j] || (j + 1 < n && in_timex[j + 1])) continue;  // "on Friday"
    if (++words > 3 || toks[j].lower == "that" || event_lexicon::finite_auxiliaries().count(toks[j].lower) ||
        event_lexicon::subject_pronouns().count(toks[j].lower) || lex.triggers.match(toks, j).first)
      return false;
  }
  return true;
}

std::optional<Aside> find_aside(const std::vector<Token>& toks, const std::vector<char>& in_timex,
                                const event_lexicon::Lexicon& lex, std::size_t reach) {
  const std::size_t n = toks.size();
  static const StringSet modals{"can", "should", "must", "shall", "did", "does", "do"};
  auto verb_word = [&](std::size_t k) {
    if (event_lexicon::finite_auxiliaries().count(toks[k].lower) || modals.count(toks[k].lower)) return true;
    const auto [len, trigger] = lex.triggers.match(toks, k);
    return len && trigger->pos != Pos::noun;
  };
  // The cheap tests first: the first comma, a reporting verb a few words after it; only then
  // whether a verb stands before the comma.
  std::size_t open = 0;
  while (open < n && open < reach && toks[open].text != "," && !toks[open].quoted && toks[open].lower != "that") ++open;
  if (open == 0 || open >= n || toks[open].text != ",") return std::nullopt;
  std::size_t v = open + 1;
  while (v < n && v <= open + 4 && toks[v].word && !toks[v].quoted && !reporting_at(toks, v, lex) && !verb_word(v)) ++v;
  // Not "Labour, needless to say, claim ...": an infinitive reports nothing.
  // Right after the comma only with its speaker after it ("The answer, says Prof Brewer, is ...").
  const bool verb_first = v == open + 1;
  if (v >= n || !reporting_at(toks, v, lex) || toks[v - 1].lower == "to") return std::nullopt;
  for (std::size_t k = 0; k < open; ++k)
    if (verb_word(k)) return std::nullopt;
  std::size_t close = v + reporting_at(toks, v, lex);
  while (close < n && close < v + 8 && toks[close].word && !toks[close].quoted && (in_timex[close] || (close + 1 < n && in_timex[close + 1])))
    ++close;  // "said on Tuesday"
  // "The answer, says Ms Brewer, is wi-fi": the speaker after the verb, a few words with no verb.
  bool named_after = false;
  if (verb_first && close < n && toks[close].text != ",") {
    std::size_t name_end = close;
    while (name_end < n && name_end < close + 4 && toks[name_end].word && !toks[name_end].quoted && !verb_word(name_end) &&
           toks[name_end].lower != "that")
      ++name_end;
    if (name_end > close && name_end < n && toks[name_end].text == ",") close = name_end, named_after = true;
  }
  if (verb_first && !named_after) return std::nullopt;
  std::size_t after = close + 1;
  while (after < n && is_quote_mark(toks[after])) ++after;
  if (close >= n || toks[close].text != "," || after >= n || !verb_word(after)) return std::nullopt;
  return Aside{open, close};
}

std::size_t after_plain_addressee(const std::vector<Token>& toks, std::size_t from, const std::vector<char>& in_timex,
                                  const std::vector<std::size_t>& trigger_tokens) {
  using namespace event_lexicon;
  if (from + 2 >= toks.size()) return from;
  const Token& article = toks[from];
  const Token& noun = toks[from + 1];
  const Token& next = toks[from + 2];
  if ((article.lower != "the" && article.lower != "a" && article.lower != "an") || article.quoted) return from;
  if (!noun.word || noun.capitalized || noun.quoted || trigger_tokens[from + 1] || in_timex[from + 1] ||
      finite_auxiliaries().count(noun.lower) || passive_auxiliary(noun.lower))
    return from;
  const bool opens = pronouns_subject().count(next.lower) || next.lower == "the" || next.lower == "a" ||
                     (next.capitalized && next.word && !in_timex[from + 2]);
  return opens && !next.quoted ? from + 2 : from;
}

bool opens_that_clause(const std::vector<Token>& toks, std::size_t k, const std::vector<char>& in_timex) {
  static const StringSet time_nouns{"time", "point", "moment", "stage", "juncture"};
  return k < toks.size() && toks[k].lower == "that" && !in_timex[k] && !(k + 1 < toks.size() && time_nouns.count(toks[k + 1].lower));
}

std::size_t that_after_setting(const std::vector<Token>& toks, std::size_t from, const std::vector<char>& in_timex,
                               const std::vector<std::size_t>& trigger_tokens,
                               const std::function<bool(std::size_t)>& verb_at, bool addressee,
                               const event_lexicon::Lexicon& lex) {
  constexpr std::size_t kReach = 12;  // "in the German capital on Wednesday evening": a place and a time
  const std::size_t n = toks.size();
  auto setting = [&](std::size_t k) { return k < n && (in_timex[k] || lex.setting_prepositions.count(toks[k].lower)); };
  // A verb or a subject opens a clause: "said in a statement it had no evidence that ...".
  auto plain_word = [&](std::size_t k) {
    const Token& t = toks[k];
    return t.word && !t.quoted && !t.clause_edge && !trigger_tokens[k] && !event_lexicon::finite_auxiliaries().count(t.lower) &&
           !event_lexicon::pronouns_subject().count(t.lower) && t.lower != "must" && t.lower != "should" && t.lower != "can";
  };
  std::size_t start = from;
  if (addressee && !setting(start)) {  // "told [an audience] in the UK that": up to four words
    while (start < n && start < from + 4 && !setting(start) && plain_word(start)) ++start;
    if (start == from) return from;
  }
  if (!setting(start)) return from;
  for (std::size_t k = start; k < n && k < start + kReach; ++k) {
    if (in_timex[k]) continue;  // "at that time", "on Wednesday"
    if (opens_that_clause(toks, k, in_timex))
      return k + 1 < n && (verb_at(k + 1) || event_lexicon::finite_auxiliaries().count(toks[k + 1].lower)) ? from : k + 1;
    if (toks[k].lower == "that") continue;  // "at that time"
    if (!plain_word(k)) return from;
  }
  return from;
}

}  // namespace timeline
