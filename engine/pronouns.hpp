#pragma once
// Pronoun resolution across the sentences of one report version (docs/events.md, "Pronouns"):
// who "he", "she", "they" and "the two" stand for, from the sentence's own mentions, the agents
// of the events before it and the people and groups named last.
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "entities.hpp"
#include "tokens.hpp"

namespace timeline {

/// How far (in tokens) from a trigger its participants, cues, quotations and time expressions
/// are looked for, and a pronoun's antecedent in its sentence: keeps the work per sentence
/// linear even in run-on "sentences".
inline constexpr std::size_t kReach = 40;
/// A mention starting this early opens its sentence: its subject.
inline constexpr std::size_t kSubjectReach = 3;

/// The state of one report version's sentences, read in order: for each sentence, resolve() its
/// pronouns, acted() for each of its events, then sentence_done().
class PronounResolver {
 public:
  /// Gives each pronoun among `mentions` (one sentence's, in order of position) its entity, and
  /// for "they" of several people the others in `also`; one with no antecedent stays unresolved.
  /// `object_cue(k)`: whether token k is a verb, a preposition or an -ing form (a mention after
  /// one is no subject of the sentence). `attribution(k)`: whether the pronoun at token k is the
  /// subject of a reporting clause set off by a comma ("..., he said."): the names of the words
  /// it reports, before it in the sentence, are not who it stands for.
  void resolve(std::vector<EntityMention>& mentions, const std::vector<Token>& toks, const EntityRegistry& entities,
               const std::function<bool(std::size_t)>& object_cue, const std::function<bool(std::size_t)>& attribution);
  /// After an event of sentence `si` with these agents: who acted last.
  void acted(const std::vector<const EntityMention*>& agents, std::size_t si, const EntityRegistry& entities);
  /// After sentence `si`: who it named last and who opened it.
  void sentence_done(const std::vector<EntityMention>& mentions, std::size_t si, const EntityRegistry& entities);

 private:
  bool surely_person(const EntityMention& x, const EntityRegistry& entities) const;
std::size_t last_person = EntityRegistry::npos, last_agent_person = EntityRegistry::npos;
std::unordered_set<std::size_t> acting_people;  // people who were agents of an event before: surely people
std::map<std::string, std::size_t> last_of_gender;  // the last person named of each known gender
// Sentences where the last actor was set and where a person last opened a sentence: the more
// recent is who "she" of a later sentence means ("Sorvik, 47, will need ... She said").
std::size_t last_agent_person_sentence = 0, last_opening_sentence = 0;
bool opened_by_person = false;
std::size_t last_group = EntityRegistry::npos, last_agent_group = EntityRegistry::npos;
// The last event with several people as agents ("Kerry and Lavrov met"), for "they".
std::vector<std::size_t> last_people;
std::vector<std::size_t> named_pair;  // the last two people named in one sentence, for "the two"
std::size_t last_people_sentence = 0, last_agent_group_sentence = 0;
};

}  // namespace timeline
