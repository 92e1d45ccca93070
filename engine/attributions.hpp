#pragma once
// Attributions set off by commas (docs/events.md, "Labels" and "Pronouns"): the closing "..., he
// said." whose pronoun stands for someone outside the words it reports, and the aside "The plan,
// the minister said on Tuesday, would cut costs by half" that splits the clause it reports.
#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "event_lexicon.hpp"
#include "tokens.hpp"

namespace timeline {

/// Whether token k (a pronoun) opens a reporting clause after a comma (or a comma and a closing
/// quotation mark) that closes at once, a time or up to three words aside (", he said.", ", she
/// told reporters on Friday,"); "When Holm arrived, she said the deal was dead" goes on with what
/// was said. `in_timex[j]`: token j is in a time expression.
bool closing_attribution(const std::vector<Token>& toks, std::size_t k, const std::vector<char>& in_timex,
                         const event_lexicon::Lexicon& lex);

/// An aside's commas: `open` before the speaker, `close` after the verb (and its time).
struct Aside {
  std::size_t open = 0, close = 0;
};

/// The sentence's aside, if any: a reporting clause between commas inside the clause it reports
/// (no verb before it, a verb group right after it; not "needless to say"). Looks only at the
/// first comma, within `reach` tokens.
std::optional<Aside> find_aside(const std::vector<Token>& toks, const std::vector<char>& in_timex,
                                const event_lexicon::Lexicon& lex, std::size_t reach);

/// Where what an addressed statement verb reports opens when its addressee is a noun with an
/// article and no name, and a clause starts right after it without "that" ("told the jury he had
/// been paying himself bonuses": at "he"): `from` + 2, else `from`. The clause starts with a
/// subject pronoun, an article or a capitalised word that is no time.
std::size_t after_plain_addressee(const std::vector<Token>& toks, std::size_t from, const std::vector<char>& in_timex,
                                  const std::vector<std::size_t>& trigger_tokens);

/// Whether token k is a "that" opening a clause: not inside a time expression, nor a demonstrative
/// before a noun of time ("told the paper at that time that ...": the second one).
bool opens_that_clause(const std::vector<Token>& toks, std::size_t k, const std::vector<char>& in_timex);

/// Where what a statement reports starts when the verb's place and time stand before its "that",
/// however many words they take ("told a jury in New York on Wednesday that ...", "said at that
/// time that ..."): the token after that "that", else `from`. From token `from` on: a `setting`
/// preposition (event_cues.tsv) or a time expression first, then words only (no trigger outside a
/// time expression, no quotation, no clause edge) up to "that"; a "that" with a verb right after
/// it is a relative pronoun ("at a hotel that was ..."), not what opens what was said.
/// `addressee`: `from` may open who was spoken to, up to four words before the preposition ("told
/// an audience in the UK that"). `trigger_tokens[j]`: non-zero when token j is part of an event
/// word; `verb_at(j)`: that word is a verb.
std::size_t that_after_setting(const std::vector<Token>& toks, std::size_t from, const std::vector<char>& in_timex,
                               const std::vector<std::size_t>& trigger_tokens,
                               const std::function<bool(std::size_t)>& verb_at, bool addressee,
                               const event_lexicon::Lexicon& lex);

}  // namespace timeline
