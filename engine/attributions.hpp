#pragma once
// Attributions set off by commas (docs/events.md, "Labels" and "Pronouns"): the closing "..., he
// said." whose pronoun stands for someone outside the words it reports, and the aside "The plan,
// the minister said on Tuesday, would cut costs by half" that splits the clause it reports.
#include <cstddef>
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

}  // namespace timeline
