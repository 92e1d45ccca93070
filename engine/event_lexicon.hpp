#pragma once
// The vocabulary of the event stage (docs/events.md): trigger words with their class, negation
// and modality cues, time cues, the words labels drop, and the small closed word classes the
// stage's rules ask about. Read from parsers/data/event_triggers.tsv, event_cues.tsv,
// time_cues.tsv and the label word lists (label_drop.txt, label_article_adverbs.txt,
// label_openers.txt, label_enders.txt, label_breaks.txt) once; a malformed row throws naming
// file:line.
#include <cstddef>
#include <string>
#include <string_view>

#include "event.hpp"
#include "lexicon.hpp"
#include "tokens.hpp"

namespace timeline::event_lexicon {

/// How a trigger names its event (event_triggers.tsv `pos`): a verb, a noun, an aspect verb
/// ("lasted": the noun before it is the event) or a light verb ("reached a deal").
enum class Pos { verb, noun, aspect, light };

/// A trigger row: the event's lemma, class and part of speech.
struct Trigger {
  std::string lemma;
  EventClass cls = EventClass::other;
  Pos pos = Pos::verb;
};

/// A negation or modality cue and how many tokens before the trigger it may stand.
struct Cue {
  bool negation = false;
  std::string value;
  std::size_t window = 0;
};

/// Every data table of the stage, loaded into lookups.
struct Lexicon {
  PhraseTable<Trigger> triggers{true};
  PhraseTable<Cue> cues{true};
  std::string infinitive_marker, infinitive_modality;  ///< "to end any fighting": a goal, modality "plan"
  StringSet factives;                                 ///< "continued to", "managed to": still a fact
  StringSet coordinators;       ///< "and", "then": a bare verb after them shares the verb group before
  StringSet coordination_stops; ///< "they", "which": another clause, whose cues are not lent
  StringSet addressed;          ///< "told", "informed": in the passive, the subject is who heard it
  StringSet converse;           ///< "speak", "talk": with a medium after them, a conversation
  StringSet addressee_verbs;    ///< "tell", "urge": a name right after them is who is spoken to
  StringSet question_openers;   ///< "whether", "to": what was asked or requested, not said
  PhraseTable<std::string> media{true};  ///< "by telephone" -> the lemma the conversation takes
  std::size_t medium_window = 0;
  std::size_t coordination_window = 0;
  StringSet statement_makers;  ///< "made", "issued": a verb whose object is a statement noun
  StringSet setting_prepositions;  ///< "in", "at": open a statement's place or time before its "that"
  StringSet complement_verbs;    ///< "ensure": "to ensure that ..." reads on into the clause
  StringSet means;               ///< "by": "lifted the veil by saying ..." is how the saying was done
  std::size_t means_window = 0;  ///< how many tokens after the verb "by" may stand
  PhraseTable<AnchorRelation> relations{true};
  StringMap<AnchorRelation> headers;
  StringMap<AnchorRelation> deferrals;  ///< lemma -> its relation to an "until" time
  StringSet complement_auxiliaries;  ///< "had", "was": a reported clause's verb
  StringSet statives;                ///< "lead", "be": "has led ... since July" began then
  StringSet reported_predicates;     ///< "hit", "struck": after an event noun said about
  StringSet no_length;  ///< lemmas a length is never the length of: penalties, instants
  StringSet delay_verbs;  ///< "put back by", "delayed by": the length after "by" is a delay
  StringMap<long long> near;  ///< "shortly" before "before"/"after": within this many minutes of the time
  std::string match_clock_act;  ///< "in the 88th minute" counts from this act ("kick off")
  StringSet label_drop;
  StringMap<StringSet> label_drop_kept;  ///< "a" -> "few", "little": a dropped word that stays before these
  StringMap<StringSet> label_drop_kept_after;  ///< "a" -> "were", "is": ...and after these ("they were a present")
  StringSet label_article_adverbs;  ///< "also", "not": judged past between a copula and its article (label_article_adverbs.txt)
  StringSet label_openers;
  StringSet label_enders;  ///< words a label does not end with: "... before we", "... misgivings was"
  StringSet noun_no_event;  ///< verb lemmas whose noun reading names no event: "a sign that", "a decline in"
  StringSet remaining_nouns;  ///< "time", "games": before "left", what remains ("two games left")
  StringSet label_breaks;  ///< words before which a label cut to one line may end: where a phrase opens
  PhraseTable<bool> opener_phrases{true};  ///< "at least": an opener that stays at a label's start
  StringSet words;  // every single-word trigger and cue: never a name
  Lexicon();
};

/// The one Lexicon, loaded on first use.
const Lexicon& lexicon();

const StringSet& prepositions();
// Words that put one event in time against another ("unresolved before Kerry's return").
const StringSet& temporal_connectives();
const StringSet& subject_pronouns();
// Adjectives that place an event in time or a series ("a late start", "the final meeting").
const StringSet& time_adjectives();
const StringSet& location_prepositions();
const StringSet& quantifiers();
// Finite auxiliaries: after a relative clause, one of them opens the main verb ("the director who
// stole the money was jailed").
const StringSet& finite_auxiliaries();
// Subject pronouns: "after it had been due to begin" tells of the thing named before.
const StringSet& pronouns_subject();
// "has", "have", "had": the auxiliary of the perfect ("has been prime minister since 2016").
bool perfect_auxiliary(const Token& t);
/// A form of "be" that makes a participle after it passive ("was told", "has been charged", "a deal
/// is being reached"): be, been, being, is, are, was, were.
bool passive_auxiliary(std::string_view w);
// Whether a time expression's rule names its day ("<clock> on <weekday>", "<month> <day> at
// <clock>"); "<clock> <zone>", "today <part of day>" take theirs from the reference.
bool names_a_day(std::string_view rule);
// Words after a statement verb that open a clause the report tells itself, not the speaker:
// "she said before she returned to the hall".
const StringSet& told_clause_stops();
// Words of a verb group before its main verb ("has since been found guilty").
const StringSet& verb_group_words();
const StringSet& determiners();

}  // namespace timeline::event_lexicon
