#pragma once
// Issue 5, step 1: mentions of one real event, in several reports or several versions of one report,
// become one merged event. See docs/graph.md ("Merge").
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus_loader.hpp"
#include "event.hpp"

namespace timeline {

/// An anchor's bounds, widened for APPROX ("about 9pm": half the width each side, at least 60 min).
std::pair<std::optional<Minutes>, std::optional<Minutes>> widened_bounds(const TimeAnchor& anchor);

/// The version of `doc` whose index is `index`, or nullptr.
const Version* find_version(const Document& doc, int index);

/// The span of the sentence a mention is in (empty when the mention points nowhere).
Span mention_sentence_span(const Corpus& corpus, const EventMention& m);

/// The text of the sentence a mention is in ("" when the mention points nowhere).
std::string_view mention_sentence(const Corpus& corpus, const EventMention& m);

/// Canonical, input-order-independent order of mentions: document path, version, sentence offset,
/// trigger offset, id. Every stage that needs "the first mention" uses it.
bool mention_before(const Corpus& corpus, const EventMention& a, const EventMention& b);

/// The act a trigger lemma names (parsers/data/event_acts.tsv): "find guilty" and "convict" name
/// one act; a lemma not listed names its own.
const std::string& act_of(const std::string& lemma);

/// Whether event_acts.tsv lists the lemma (a sudden disaster of a listed act is one event a day).
bool act_listed(const std::string& lemma);

/// Whether `lemma` names an act that befalls a person once in a story (event_acts.tsv `once`:
/// arrested, convicted, sentenced, released).
bool act_once(const std::string& lemma);

/// "previous", "next", "another" ... (parsers/data/occurrence_words.tsv): `word` (lowercase) as
/// the table holds it when, before an event noun, it names another occurrence of the act; empty
/// otherwise. `in_sentence` also accepts the words that do so only within one sentence ("the
/// first round ... the second round"; "earlier", which before a verb is an adverb).
std::string_view occurrence_word(std::string_view word, bool in_sentence);

/// Thresholds of the merge (docs/graph.md explains each).
struct MergeOptions {
  double version_similarity = 0.6;       ///< two versions of one document: near-identical sentences
  double shared_agent_similarity = 0.25; ///< different documents, a shared agent: similar content
  double no_agent_similarity = 0.5;      ///< different documents, no shared agent known
  double repeat_similarity = 0.25;       ///< one version restating a claim of the same agent (lead and body)...
  std::size_t repeat_bigrams = 2;        ///< ...with at least this many adjacent word pairs in common
  /// A heading and a sentence of its version with the same verb, one of them giving no agent:
  /// this share of the heading's words (by weight) in the sentence, and a word pair in common
  /// (a headline often joins two facts: "Death toll rises to nine as tsunami warning is lifted").
  double headline_contained = 0.2;
  std::size_t max_block = 256;           ///< a blocking key shared by more mentions is too common to use
  /// Two mentions of different reports that share no participant merge only when their reports
  /// tell one story: this share of the smaller report's participants is named in both (the same
  /// "talks lasted 9 hours" in reports about two different negotiations stays two events).
  double story_overlap = 0.6;
  /// One act (event_acts.tsv: "convicted" / "found guilty") of the same named agent, other than a
  /// statement, at times both reports state and that overlap: a person is convicted or arrested
  /// once at a time, so the wording may differ more ("was convicted last month after a trial"
  /// / "was found guilty yesterday at Southwark crown court").
  double same_act_similarity = 0.0;
  /// One statement told over sentences of one version: a named speaker's statements at most this
  /// many sentences apart, at times that can be one, merge (0: never).
  std::size_t statement_sentences = 1;
};

/// "previous" in "the previous talks", "another" in "another meeting": one of the two words just
/// before an event's trigger naming another occurrence of the act than the story's; empty when
/// there is none. Mentions merge only when they agree on it.
std::string_view other_instance(const Corpus& corpus, const EventMention& mention);

/// The proper names each report's mentions name (all its versions), to tell whether two reports
/// tell one story: "official" or "journalists" are in every story, "Kerry" or "Oslo" are not.
class StoryNames {
 public:
  explicit StoryNames(const std::vector<EventMention>& mentions);
  /// Whether at least `overlap` of the smaller report's names are named in both; true when either
  /// names none (nothing tells them apart).
  bool same_story(std::size_t document_a, std::size_t document_b, double overlap) const;

 private:
  std::vector<std::vector<std::string>> names_;  // by document index, sorted and unique
};

/// One real event: the mentions that report it.
struct MergedEvent {
  EventClass cls = EventClass::other;     ///< the class all its mentions share
  std::vector<std::size_t> mentions;       ///< indices into the mention vector, canonical order
  std::vector<std::string> participants;   ///< canonical entity names, sorted
};

/// What the merge did, for tests and logs: how many pairs blocking let through, how many merged.
struct MergeStats {
  std::size_t candidate_pairs = 0;  ///< pairs compared (the blocking keeps this near-linear)
  std::size_t unions = 0;           ///< pairs whose clusters were joined
  std::size_t skipped_keys = 0;     ///< blocking keys too common to use
  /// Pairs of mentions (indices into the mention vector, canonical order) that tell one act of
  /// one named agent in one story, alike enough to merge, but at times that cannot overlap ("at
  /// 9pm on Friday" / "at 11pm on Friday"), and that stayed in different events: the build
  /// reports them as disagreements on when it happened.
  std::vector<std::pair<std::size_t, std::size_t>> apart_by_time;
};

/// Merges mentions into events. Deterministic: the result does not depend on the order of
/// `mentions` (events come in the canonical order of their first mention).
std::vector<MergedEvent> merge_mentions(const Corpus& corpus, const std::vector<EventMention>& mentions,
                                        const std::vector<Entity>& entities, const MergeOptions& options = {},
                                        MergeStats* stats = nullptr);

/// Content tokens of a sentence used by the merge's text similarity (lowercased, stop words and
/// the given names' tokens removed, a plural "s" stripped). Exposed for tests and docs.
std::vector<std::string> content_tokens(std::string_view sentence, const std::vector<std::string>& drop = {});

}  // namespace timeline
