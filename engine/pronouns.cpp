#include "pronouns.hpp"

#include <algorithm>
#include <array>

namespace timeline {

// Known by a full name or a title's gender, or an agent of an event before: a capitalised word
// may be anything ("NTL and Wireless", "Key positions ...").
bool PronounResolver::surely_person(const EntityMention& x, const EntityRegistry& entities) const {
  return !x.pronoun && x.entity != EntityRegistry::npos && x.kind == "person" && !entities.placeholder(x.entity) &&
         (entities.name(x.entity).find(' ') != std::string::npos || !entities.gender(x.entity).empty() ||
          acting_people.count(x.entity));
}

void PronounResolver::resolve(std::vector<EntityMention>& mentions, const std::vector<Token>& toks,
                              const EntityRegistry& entities, const std::function<bool(std::size_t)>& object_cue,
                              const std::function<bool(std::size_t)>& attribution) {
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    auto& m = mentions[mi];
    if (!m.pronoun) continue;
    // Pronouns: the nearest fitting antecedent in this sentence, else the last speaker or actor,
    // else the last person mentioned.
    if (m.pair) {
      // "the two diplomats": the two people named last in this sentence, else the last pair
      // that acted together; nothing when the story has no such pair.
      std::vector<std::size_t> two;
      for (std::size_t pi = mi; pi-- > 0 && two.size() < 2;) {
        const auto& prev = mentions[pi];
        if (prev.pronoun || prev.entity == EntityRegistry::npos || prev.kind != "person") continue;
        if (std::find(two.begin(), two.end(), prev.entity) == two.end()) two.push_back(prev.entity);
      }
      if (two.size() < 2 && last_people.size() == 2) two = last_people;
      if (two.size() < 2 && named_pair.size() == 2) two = named_pair;
      if (two.size() == 2) {
        m.entity = two[0];
        m.also = {two[1]};
        m.kind = entities.kind(two[0]);
      }
      continue;
    }
    std::size_t e = EntityRegistry::npos;
    std::size_t nearest_at = 0, subject = EntityRegistry::npos;
    // "Russia's backing for Mr Assad, he said, ...": not Mr Assad, but who spoke before; only the
    // sentence's own subject ("Arnold, from Kent, described it as \"overwhelming\", she said"),
    // not a possessive ("Mr Blair's government was ..., he added") nor a quoted name.
    const bool attributes = attribution(m.first);
    for (std::size_t pi = mi; pi-- > 0 && m.first - mentions[pi].first <= kReach;) {
      const auto& prev = mentions[pi];
      if (prev.pronoun || prev.entity == EntityRegistry::npos) continue;
      if (attributes && (prev.first > kSubjectReach || toks[prev.first].quoted || !surely_person(prev, entities) ||
                         (prev.last < toks.size() && toks[prev.last].lower == "'s")))
        continue;
      bool plural = m.gender == "plural";
      if (plural ? prev.kind == "group" : prev.kind == "person") {
        if (!plural && !entities.gender(prev.entity).empty() && entities.gender(prev.entity) != m.gender) continue;
        if (e == EntityRegistry::npos) {
          e = prev.entity;
          nearest_at = prev.first;
        }
        if (prev.first <= kSubjectReach) subject = prev.entity;  // opens the sentence: its subject
      }
    }
    // The subject of the sentence before a nearer object ("officials briefing reporters ...,
    // although they said": the officials), as a reader takes it; the nearer one only when it
    // too stands before any verb or preposition of the sentence.
    if (subject != EntityRegistry::npos && subject != e) {
      bool nearest_is_object = false;
      for (std::size_t k = 0; k < nearest_at; ++k)
        if (object_cue(k)) nearest_is_object = true;
      if (nearest_is_object) e = subject;
    }
    // "Kerry's meeting with Lavrov is their third and they have spoken ...": with no group
    // before it in the sentence, "they" is two people the sentence joined by "and" or "with"
    // before it, when they are surely people (surely_person()). Two
    // such names not surely people leave "they" unresolved: it is them or nobody we know.
    bool joined_names = false;
    if (e == EntityRegistry::npos && m.gender == "plural" && !attributes) {
      for (std::size_t pi = 1; pi < mi && e == EntityRegistry::npos; ++pi) {
        const auto &x = mentions[pi - 1], &y = mentions[pi];
        if (x.pronoun || y.pronoun || x.kind != "person" || y.kind != "person" || x.entity == y.entity ||
            y.first < x.last || y.first - x.last > 4 || m.first - x.first > kReach)
          continue;
        bool joined = false;
        for (std::size_t k = x.last; k < y.first; ++k) joined |= toks[k].lower == "and" || toks[k].lower == "with";
        if (!joined) continue;
        joined_names = true;
        if (surely_person(x, entities) && surely_person(y, entities)) {
          e = x.entity;
          m.also = {y.entity};
        }
      }
    }
    if (e == EntityRegistry::npos && !joined_names) {
      if (m.gender == "plural") {
        if (!last_people.empty() &&
            (last_agent_group == EntityRegistry::npos || last_people_sentence >= last_agent_group_sentence)) {
          e = last_people.front();
          m.also.assign(last_people.begin() + 1, last_people.end());
        } else {
          e = last_agent_group != EntityRegistry::npos ? last_agent_group : last_group;
        }
      } else {
        const bool opener_first = opened_by_person && last_opening_sentence > last_agent_person_sentence;
        // A one-word name of unknown gender may be no person at all (a firm the gazetteer does
        // not list, a capitalised word): the last person whose gender fits comes before it.
        // "Shell said the pay-off was in line with Ms Boynton's contract. She was leaving ...":
        // Ms Boynton. A full name of unknown gender ("David Smith") keeps its place.
        const auto by_gender = last_of_gender.find(m.gender);
        const std::size_t fitting = by_gender == last_of_gender.end() ? EntityRegistry::npos : by_gender->second;
        // First pass: a fitting gender or a full name; then the last person of that gender;
        // last pass: a one-word name of unknown gender.
        auto fits = [&](std::size_t cand, bool first_pass) {
          if (cand == EntityRegistry::npos) return false;
          const std::string& g = entities.gender(cand);
          if (!g.empty()) return first_pass && g == m.gender;
          const bool one_word = entities.name(cand).find(' ') == std::string::npos;
          return first_pass != one_word;
        };
        const auto cands_in_order = opener_first ? std::array{last_person, last_agent_person} : std::array{last_agent_person, last_person};
        // "she": of the two, a woman known as one comes before a full name of unknown gender, most
        // often a man's in news ("But Ms Cooper told a jury that auditors Arthur Andersen had
        // approved the accounts. She said ...": Ms Cooper, though Arthur Andersen acted last). Not
        // "he": a man named last keeps no such lead over the agent, who is a man as likely as not.
        if (m.gender == "female")
          for (auto cand : cands_in_order)
            if (e == EntityRegistry::npos && cand != EntityRegistry::npos && entities.gender(cand) == m.gender) e = cand;
        for (bool first_pass : {true, false}) {
          for (auto cand : cands_in_order)
            if (e == EntityRegistry::npos && fits(cand, first_pass)) e = cand;
          if (first_pass && e == EntityRegistry::npos) e = fitting;
        }
      }
    }
    m.entity = e;
    if (e != EntityRegistry::npos) m.kind = entities.kind(e);
  }
  {  // exactly two people named in this sentence: "the two" of the sentences after
    std::vector<std::size_t> named;
    for (const auto& m : mentions)
      if (!m.pronoun && m.entity != EntityRegistry::npos && m.kind == "person" &&
          std::find(named.begin(), named.end(), m.entity) == named.end())
        named.push_back(m.entity);
    if (named.size() == 2) named_pair = named;
  }
}

void PronounResolver::acted(const std::vector<const EntityMention*>& agents, std::size_t si, const EntityRegistry& entities) {
  std::vector<std::size_t> people;
  for (const auto* a : agents) {
    if (entities.kind(a->entity) == "person") {
      if (!a->pair) last_agent_person = a->entity, last_agent_person_sentence = si;  // "he" is never one of "the two"
      acting_people.insert(a->entity);
      people.push_back(a->entity);
      people.insert(people.end(), a->also.begin(), a->also.end());
    }
    if (entities.kind(a->entity) == "group") {
      last_agent_group = a->entity;
      last_agent_group_sentence = si;
    }
  }
  if (people.size() >= 2) {
    last_people = people;
    last_people_sentence = si;
  }
}

void PronounResolver::sentence_done(const std::vector<EntityMention>& mentions, std::size_t si, const EntityRegistry& entities) {
  // A person opening the sentence is who "he" or "she" of the next most likely means (its
  // subject: "Martin Kessel, 54, of Guildford, Surrey, showed no reaction. He was convicted"),
  // else the last person named.
  std::size_t opening_person = EntityRegistry::npos;
  for (const auto& m : mentions) {
    if (m.entity == EntityRegistry::npos) continue;
    if (m.kind == "person") last_person = m.entity;
    if (m.kind == "person" && !m.pronoun && !entities.gender(m.entity).empty()) last_of_gender[entities.gender(m.entity)] = m.entity;
    if (m.kind == "person" && m.first <= kSubjectReach && opening_person == EntityRegistry::npos) opening_person = m.entity;
    if (m.kind == "group") last_group = m.entity;
  }
  if (opening_person != EntityRegistry::npos) {
    last_person = opening_person;
    opened_by_person = true;
    last_opening_sentence = si;
  }
}

}  // namespace timeline
