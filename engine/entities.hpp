#pragma once
// Participants: people, organisations, places and groups mentioned in sentences, with their
// aliases merged across all reports (docs/events.md, "Participants").
#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "event.hpp"
#include "tokens.hpp"

namespace timeline {

/// One mention of an entity in a sentence.
struct EntityMention {
  std::size_t first = 0, last = 0;  ///< token range [first, last)
  Span span;                        ///< bytes of the surface form
  std::size_t entity = static_cast<std::size_t>(-1);  ///< registry index; unset for pronouns
  std::string kind;                 ///< "person", "organisation", "place", "group"
  bool pronoun = false;             ///< "he", "she", "they": resolved by the caller
  bool pair = false;                ///< "the two diplomats": a pronoun for exactly two people
  std::string gender;               ///< for pronouns: "male", "female", "plural"
  std::vector<std::size_t> also;    ///< "they" for a pair ("Kerry and Lavrov ... They met"): the others
  bool description = false;         ///< one unnamed holder of a role: "a former finance director"
};

/// Per-document state of mention detection: the groups seen so far, for "the official".
struct MentionContext {
  StringMap<std::size_t> last_group;  ///< canonical role -> entity
  /// The capitalised words of the document, as written: a name the gazetteer does not list is a
  /// country when the document also writes its adjective ("Carvenia" beside "Carvenian").
  const StringSet* capitalized_words = nullptr;
};

/// Accumulates entities across all reports and merges their aliases: name variants by surname and
/// compatible first name, role-only mentions by a role bound earlier ("<Nationality> <Role>
/// <Name>", "<Name>, the <Role>,"), groups by their description. Not thread-safe.
class EntityRegistry {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  /// Mentions in a sentence's tokens, left to right; registers new entities and aliases.
  /// `skip(i)` excludes token i (inside a time expression); `initial_word_is_common(lower)` says
  /// whether a sentence-initial capitalised word is an ordinary word of the document.
  std::vector<EntityMention> find_mentions(const std::vector<Token>& tokens, MentionContext& context,
                                           const std::function<bool(std::size_t)>& skip,
                                           const std::function<bool(const std::string&)>& initial_word_is_common);

  /// The entity an index ends up as, following merges.
  std::size_t resolve(std::size_t index) const;
  /// The current canonical name of entity `index` (following merges).
  const std::string& name(std::size_t index) const;
  /// The kind ("person", ...) of entity `index`.
  const std::string& kind(std::size_t index) const;
  /// "male", "female" or "" for entity `index`.
  const std::string& gender(std::size_t index) const;
  /// True for a role-only person nobody has been bound to yet ("Russian foreign minister").
  bool placeholder(std::size_t index) const;
  /// Index of the entity called `name` (canonical or alias), or npos.
  std::size_t find(std::string_view name) const;
  /// The unnamed holder of a role a report described (`description`, "a former finance director")
  /// is `person`: its mentions become that person's.
  void identify(std::size_t description, std::size_t person) { merge(description, person); }

  /// Every entity that was not merged into another, with its aliases.
  std::vector<Entity> entities() const;
  /// Rewrites participants' entity names to the final canonical names (after later merges).
  void relabel(std::vector<EventMention>& mentions) const;

 private:
  struct Record {
    Entity entity;
    std::size_t merged_into = npos;
    std::string gender;
    std::string first, surname;  // persons: lower-case first name (may be empty) and surname
    std::string role_key;        // placeholders: "country|role" they stand for
  };
  std::vector<Record> records_;
  StringMap<std::vector<std::size_t>> by_surname_;
  StringMap<std::size_t> by_role_;       // "country|role" -> person
  StringMap<std::size_t> by_bare_role_;  // "role" -> last person bound to it
  StringMap<std::size_t> by_key_;        // "kind|lower name" -> entity
  StringMap<std::size_t> by_name_;       // canonical names and aliases -> entity
  StringMap<std::vector<std::size_t>> placeholders_;  // role key -> entities

  std::size_t add(Entity e);
  void add_alias(std::size_t index, const std::string& alias);
  std::size_t person(const std::vector<std::string_view>& name_tokens, const std::string& surface,
                     const std::string& gender);
  std::size_t keyed(const std::string& name, const std::string& kind, const std::string& surface);
  /// Whether `name` (as written) already names an entity of `kind`.
  bool known(std::string_view name, std::string_view kind) const;
  void bind_role(std::size_t person, const std::string& country, const std::string& adjective,
                 const std::string& role);
  std::size_t role_only(const std::string& country, const std::string& adjective, const std::string& role,
                        const std::string& surface);
  void merge(std::size_t from, std::size_t into);
};

}  // namespace timeline
