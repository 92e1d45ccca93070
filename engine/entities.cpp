#include "entities.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <unordered_set>

#include "lexicon.hpp"
#include "lines.hpp"

namespace timeline {
namespace {

struct Affiliation {
  std::string country, adjective;
  bool adjective_form = false;  // "Syrian": qualifies, never names a participant alone
};
struct Role {
  std::string canonical;
  bool group = false;
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The gazetteer (parsers/data/gazetteer.tsv), loaded once.
struct Gazetteer {
  PhraseTable<Affiliation> affiliations{false};
  PhraseTable<Role> roles{true};
  PhraseTable<std::string> places{false};
  PhraseTable<int> organisations{false};
  PhraseTable<std::string> organisations_folded{true};  // lower-case form -> name as listed
  PhraseTable<int> pairs{true};  // "diplomats" in "the two diplomats": the pair just named
  StringMap<StringSet> attributive;  // "official" -> "figures", ...: nouns after which the role word is an adjective
  StringSet pair_verbs;  // "might" in "the two might meet": "the two" is the pair
  StringMap<std::string> honorifics;  // as written -> gender
  StringMap<std::string> pronouns;    // lower -> male/female/plural
  StringMap<std::string> given_names;  // "Cynthia" -> female (given_names.tsv)
  StringSet modifiers, notnames, particles, orgwords, orgnouns, affiliation_words;
  std::vector<std::string> opener_endings;  ///< "ately", "ingly": a sentence's first word so ending is an adverb
  bool adverb_opener(std::string_view lower) const {
    for (const auto& e : opener_endings)
      if (lower.size() > e.size() + 1 && lower.ends_with(e)) return true;
    return false;
  }
  StringSet placewords_first, placewords_last;  // "Hotel Beau-Lac", "Gatwick Airport"
  StringSet placewords_lower;  // of placewords_last, those that end a name in lower case too: "Kennedy airport"
  StringMap<std::vector<std::string>> same_office;  // "country|role" -> other roles that office is ("secretary of state" of the US: its foreign minister)
  Gazetteer() {
    for (const auto& row : embedded_rows("gazetteer.tsv")) {
      if (row.fields.size() < 2) continue;
      auto kind = row.fields[0];
      std::string surface(row.fields[1]);
      std::string value = row.fields.size() > 2 ? std::string(row.fields[2]) : "";
      std::string extra = row.fields.size() > 3 ? std::string(row.fields[3]) : "";
      if (kind == "affiliation") {
        bool adj = row.fields.size() > 4 && row.fields[4] == "adjective";
        affiliations.add(surface, {value, extra.empty() ? surface : extra, adj});
        affiliation_words.insert(surface);
      }
      else if (kind == "role") roles.add(surface, {value.empty() ? surface : value, extra == "group"});
      else if (kind == "honorific") honorifics[surface] = value == "-" ? "" : value;
      else if (kind == "pronoun") pronouns[surface] = value;
      else if (kind == "pair") pairs.add(surface, 0);
      else if (kind == "pairverb") pair_verbs.insert(surface);
      else if (kind == "attributive")
        for (std::size_t b = 0; b <= value.size();) {
          const std::size_t e = std::min(value.find(',', b), value.size());
          if (e > b) attributive[lower(surface)].emplace(value.substr(b, e - b));
          b = e + 1;
        }
      else if (kind == "sameoffice") same_office[surface + "|" + value].push_back(extra);
      else if (kind == "modifier") modifiers.insert(surface);
      else if (kind == "place") places.add(surface, value);
      else if (kind == "organisation") {
        organisations.add(surface, 0);
        organisations_folded.add(surface, surface);
      }
      else if (kind == "notname") notnames.insert(surface);
      else if (kind == "opener_ending") opener_endings.push_back(lower(surface));
      else if (kind == "particle") particles.insert(surface);
      else if (kind == "orgword") orgwords.insert(surface);
      else if (kind == "orgnoun") orgnouns.insert(surface);
      else if (kind == "placeword") {
        (value == "last" ? placewords_last : placewords_first).insert(surface);
        if (value == "last" && extra == "lower") placewords_lower.insert(lower(surface));
      }
      else throw std::runtime_error("gazetteer.tsv:" + std::to_string(row.line) + ": unknown kind '" + std::string(kind) + "'");
    }
    for (const auto& row : embedded_rows("given_names.tsv")) {
      if (row.fields.size() != 2 || (row.fields[1] != "female" && row.fields[1] != "male"))
        throw std::runtime_error("given_names.tsv:" + std::to_string(row.line) + ": expected <name><TAB>female|male");
      given_names[std::string(row.fields[0])] = std::string(row.fields[1]);
    }
    index_words();
  }

  // What each word is in the lists above, found with one or two probes per token instead of a
  // probe per list and position tried (find_mentions asks a token about a dozen lists).
  enum : std::uint32_t {
    // keyed on the text as written
    kNotName = 1u << 0, kHonorific = 1u << 1, kAffiliationFirst = 1u << 2, kPlaceFirst = 1u << 3,
    kOrganisationFirst = 1u << 4, kOrgWord = 1u << 5, kPlaceWordFirst = 1u << 6, kPlaceWordLast = 1u << 7,
    // keyed on the lowercased text
    kRoleFirst = 1u << 8, kFoldedOrganisationFirst = 1u << 9, kPairFirst = 1u << 10, kPairVerb = 1u << 11,
    kModifier = 1u << 12, kPronoun = 1u << 13, kParticle = 1u << 14, kDefinite = 1u << 15,
    kIndefinite = 1u << 16, kFunctionWord = 1u << 17, kPlacePreposition = 1u << 18, kPlaceWordLower = 1u << 19,
    kOrgNoun = 1u << 20,
  };
  struct Bits {
    std::uint32_t text = 0, lower = 0;
  };
  FlatStringMap<Bits> word_bits;

  /// The bits of every token of a sentence, in `out`.
  void bits_of(const std::vector<Token>& tokens, std::vector<std::uint32_t>& out) const {
    out.resize(tokens.size());
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const Token& t = tokens[k];
      std::uint32_t b = 0;
      auto it = word_bits.find(t.text);
      if (it != word_bits.end()) b = it->second.text;
      if (t.text == std::string_view(t.lower)) {
        if (it != word_bits.end()) b |= it->second.lower;
      } else if (auto low = word_bits.find(std::string_view(t.lower)); low != word_bits.end()) {
        b |= low->second.lower;
      }
      out[k] = b;
    }
  }

 private:
  void index_words() {
    auto text = [&](std::string_view w, std::uint32_t bit) { word_bits[std::string(w)].text |= bit; };
    auto low = [&](std::string_view w, std::uint32_t bit) { word_bits[std::string(w)].lower |= bit; };
    // A table's first words are keyed as the table keys them.
    auto firsts = [&](const auto& table, std::uint32_t bit) {
      table.for_each_first([&](std::string_view w) { table.folds_case() ? low(w, bit) : text(w, bit); });
    };
    firsts(affiliations, kAffiliationFirst);
    firsts(places, kPlaceFirst);
    firsts(organisations, kOrganisationFirst);
    firsts(roles, kRoleFirst);
    firsts(organisations_folded, kFoldedOrganisationFirst);
    firsts(pairs, kPairFirst);
    for (const auto& w : notnames) text(w, kNotName);
    for (const auto& [w, gender] : honorifics) text(w, kHonorific);
    for (const auto& w : orgwords) text(w, kOrgWord);
    for (const auto& w : placewords_first) text(w, kPlaceWordFirst);
    for (const auto& w : placewords_last) text(w, kPlaceWordLast);
    for (const auto& w : placewords_lower) low(w, kPlaceWordLower);
    for (const auto& w : orgnouns) low(w, kOrgNoun);
    for (const auto& w : pair_verbs) low(w, kPairVerb);
    for (const auto& w : modifiers) low(w, kModifier);
    for (const auto& [w, gender] : pronouns) low(w, kPronoun);
    for (const auto& w : particles) low(w, kParticle);
    for (const char* w : {"the", "his", "her", "its", "their", "our"}) low(w, kDefinite);
    for (const char* w : {"a", "an", "another", "one", "some", "several", "two", "both", "many"}) low(w, kIndefinite);
    // Words that end the lower-case modifiers of a role ("the union leader", not "the head of ...").
    for (const char* w : {"of", "the", "a", "an", "and", "or", "to", "in", "on", "for", "with", "by", "at", "from", "as",
                          "its", "his", "her", "their", "our", "two", "three", "one", "some", "all", "both", "many", "most"})
      low(w, kFunctionWord);
    for (const char* w : {"in", "at", "near", "around", "to", "from", "into"}) low(w, kPlacePreposition);
  }
};

const Gazetteer& gazetteer() {
  static const Gazetteer g;
  return g;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::vector<std::string> hyphen_parts(std::string_view s) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b <= s.size()) {
    auto e = s.find('-', b);
    if (e == std::string_view::npos) e = s.size();
    if (e > b) out.emplace_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

// First names are compatible when equal, one edit apart (transliterations: Sergey/Sergei), or
// sharing a part of a hyphenated name (Frank-Walter/Walter). An absent first name fits any.
bool compatible_first(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == b) return true;
  if (std::min(a.size(), b.size()) >= 4 && edit_distance(a, b) <= 1) return true;
  for (const auto& x : hyphen_parts(a))
    for (const auto& y : hyphen_parts(b))
      if (x == y) return true;
  return false;
}

// A word the document also writes with a country adjective's ending is a country: "Carvenia"
// beside "Carvenian", "Iran" / "Iranian", "Japan" / "Japanese", "Italy" / "Italian",
// "Germany" / "German". Only for names the gazetteer does not list (fictional or rare ones).
bool country_by_adjective(std::string_view name, const MentionContext& context) {
  if (!context.capitalized_words || name.size() < 4) return false;
  const auto& words = *context.capitalized_words;
  std::string w(name);
  for (const char* ending : {"n", "an", "ian", "ese"})
    if (words.contains(w + ending)) return true;
  if (w.back() == 'y') {
    w.pop_back();
    if (words.contains(w + "ian") || (w.size() >= 4 && words.contains(w))) return true;
  }
  return false;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += ' ';
    out += p;
  }
  return out;
}

}  // namespace

std::size_t EntityRegistry::resolve(std::size_t index) const {
  while (index < records_.size() && records_[index].merged_into != npos) index = records_[index].merged_into;
  return index;
}
const std::string& EntityRegistry::name(std::size_t index) const { return records_.at(resolve(index)).entity.name; }
const std::string& EntityRegistry::kind(std::size_t index) const { return records_.at(resolve(index)).entity.kind; }
bool EntityRegistry::placeholder(std::size_t index) const { return !records_.at(resolve(index)).role_key.empty(); }
const std::string& EntityRegistry::gender(std::size_t index) const { return records_.at(resolve(index)).gender; }

std::size_t EntityRegistry::find(std::string_view n) const {
  auto it = by_name_.find(n);
  return it == by_name_.end() ? npos : resolve(it->second);
}

std::size_t EntityRegistry::add(Entity e) {
  std::size_t i = records_.size();
  by_name_.try_emplace(e.name, i);  // no node built when the name is known
  if (records_.capacity() == 0) records_.reserve(64);  // a report names a few dozen
  Record& r = records_.emplace_back();
  r.entity = std::move(e);
  return i;
}

void EntityRegistry::add_alias(std::size_t index, const std::string& alias) {
  auto& e = records_[index].entity;
  by_name_.try_emplace(alias, index);
  if (alias == e.name || std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end()) return;
  e.aliases.push_back(alias);
}

void EntityRegistry::merge(std::size_t from, std::size_t into) {
  from = resolve(from);
  into = resolve(into);
  if (from == into) return;
  records_[from].merged_into = into;
  add_alias(into, records_[from].entity.name);
  for (const auto& a : records_[from].entity.aliases) add_alias(into, a);
  if (records_[into].entity.role.empty()) records_[into].entity.role = records_[from].entity.role;
}

std::size_t EntityRegistry::person(const std::vector<std::string_view>& name_tokens, const std::string& surface,
                                   const std::string& gender_of_title) {
  std::string full;
  for (auto part : name_tokens) {
    if (part.empty()) continue;
    if (!full.empty()) full += ' ';
    full += part;
  }
  std::string surname = lower(name_tokens.back());
  std::string first = name_tokens.size() > 1 ? lower(name_tokens.front()) : "";
  // No title: a given name that one sex bears ("Cynthia Cooper") says whom "she" may stand for.
  std::string gender_hint = gender_of_title;
  if (gender_hint.empty() && name_tokens.size() > 1) {
    const auto& given = gazetteer().given_names;
    if (auto it = given.find(name_tokens.front()); it != given.end()) gender_hint = it->second;
  }
  auto& list = by_surname_[surname];
  // The most recent compatible person with this surname.
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    std::size_t p = resolve(*it);
    auto& r = records_[p];
    if (!compatible_first(first, r.first)) continue;
    if (!gender_hint.empty() && !r.gender.empty() && gender_hint != r.gender) continue;
    if (r.first.empty() && !first.empty()) {  // a full name for someone seen by surname only
      add_alias(p, r.entity.name);
      r.entity.name = full;
      by_name_.try_emplace(full, p);
      r.first = first;
    }
    if (r.gender.empty()) r.gender = gender_hint;
    add_alias(p, full);
    add_alias(p, surface);
    return p;
  }
  std::size_t p = add({full, "person", "", {}});
  records_[p].first = first;
  records_[p].surname = surname;
  records_[p].gender = gender_hint;
  add_alias(p, surface);
  list.push_back(p);
  return p;
}

bool EntityRegistry::known(std::string_view n, std::string_view kind_name) const {
  // By name or alias as written first (no key built: asked of every name that would be a
  // person); a name seen as something else may also have been keyed as this kind since.
  const std::size_t i = find(n);
  if (i == npos) return false;
  if (kind(i) == kind_name) return true;
  thread_local std::string key;  // reused: no string built per question
  key.assign(kind_name);
  key += '|';
  for (char c : n) key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return by_key_.find(std::string_view(key)) != by_key_.end();
}

std::size_t EntityRegistry::keyed(const std::string& n, const std::string& kind_name, const std::string& surface) {
  std::string key = kind_name + "|" + lower(n);
  auto it = by_key_.find(key);
  std::size_t i;
  if (it != by_key_.end()) {
    i = resolve(it->second);
  } else {
    i = add({n, kind_name, "", {}});
    by_key_.emplace(key, i);
  }
  add_alias(i, surface);
  return i;
}

void EntityRegistry::bind_role(std::size_t p, const std::string& country, const std::string& adjective,
                               const std::string& role) {
  if (role == "counterpart") return;  // relative to someone else: says nothing on its own
  p = resolve(p);
  auto& e = records_[p].entity;
  if (e.role.empty()) e.role = join({adjective, role});
  std::string key = country + "|" + role;
  by_role_[key] = p;
  by_bare_role_[role] = p;
  for (const auto& k : {key, "|" + role}) {
    auto it = placeholders_.find(k);
    if (it == placeholders_.end()) continue;
    for (auto ph : it->second) merge(ph, p);
    placeholders_.erase(it);
  }
  // The same office under another name ("secretary of state" of the United States is its foreign
  // minister, gazetteer `sameoffice`): "the US top diplomat" is the person too.
  if (auto same = gazetteer().same_office.find(key); same != gazetteer().same_office.end())
    for (const auto& other : same->second) {
      const std::string other_key = country + "|" + other;
      if (by_role_.count(other_key)) continue;
      by_role_[other_key] = p;
      if (auto it = placeholders_.find(other_key); it != placeholders_.end()) {
        for (auto ph : it->second) merge(ph, p);
        placeholders_.erase(it);
      }
    }
}

std::size_t EntityRegistry::role_only(const std::string& country, const std::string& adjective, const std::string& role,
                                      const std::string& surface) {
  std::size_t p = npos;
  if (auto it = by_role_.find(country + "|" + role); it != by_role_.end()) p = it->second;
  else if (country.empty())
    if (auto b = by_bare_role_.find(role); b != by_bare_role_.end()) p = b->second;
  if (p != npos) {
    p = resolve(p);
    add_alias(p, surface);
    return p;
  }
  // Nobody holds this role yet: a placeholder that a later binding merges into the person.
  std::string n = join({adjective, role});
  std::string key = "role|" + country + "|" + role;
  auto it = by_key_.find(key);
  if (it != by_key_.end()) {
    p = resolve(it->second);
  } else {
    p = add({n, "person", n, {}});
    records_[p].role_key = country + "|" + role;
    by_key_.emplace(key, p);
    placeholders_[country + "|" + role].push_back(p);
  }
  add_alias(p, surface);
  return p;
}

std::vector<Entity> EntityRegistry::entities() const {
  std::vector<Entity> out;
  for (const auto& r : records_)
    if (r.merged_into == npos) out.push_back(r.entity);
  return out;
}

void EntityRegistry::relabel(std::vector<EventMention>& mentions) const {
  for (auto& m : mentions)
    for (auto& p : m.participants)
      if (auto i = find(p.entity); i != npos) p.entity = name(i);
}

std::vector<EntityMention> EntityRegistry::find_mentions(
    const std::vector<Token>& tokens, MentionContext& context, const std::function<bool(std::size_t)>& skip,
    const std::function<bool(const std::string&)>& initial_word_is_common) {
  const auto& g = gazetteer();
  using G = Gazetteer;
  std::vector<EntityMention> out;
  const std::size_t n = tokens.size();
  thread_local std::vector<std::uint32_t> bits;
  g.bits_of(tokens, bits);
  auto has = [&](std::size_t i, std::uint32_t bit) { return i < n && (bits[i] & bit) != 0; };
  // A table is probed only at a token that starts one of its phrases.
  auto at = [&](const auto& table, std::size_t i, std::uint32_t first_bit) {
    return has(i, first_bit) ? table.match(tokens, i) : decltype(table.match(tokens, i)){0, nullptr};
  };
  auto roles_at = [&](std::size_t i) { return at(g.roles, i, G::kRoleFirst); };
  auto affiliations_at = [&](std::size_t i) { return at(g.affiliations, i, G::kAffiliationFirst); };
  auto places_at = [&](std::size_t i) { return at(g.places, i, G::kPlaceFirst); };
  auto organisations_at = [&](std::size_t i) { return at(g.organisations, i, G::kOrganisationFirst); };
  // Whether a token may be part of a name, asked many times per token: worked out once each.
  thread_local std::vector<char> usable_at;
  usable_at.resize(n);
  for (std::size_t k = 0; k < n; ++k) usable_at[k] = tokens[k].word && !tokens[k].quoted && !skip(k);
  auto usable = [&](std::size_t i) { return i < n && usable_at[i] != 0; };
  auto surface_of = [&](std::size_t a, std::size_t b) {
    std::string s(tokens[a].text.data(), tokens[b - 1].span.end - tokens[a].span.begin);
    // A name may run across a line break ("UK\nPorales" in a report wrapped at a fixed width): its
    // names and labels are one line, one space between words.
    if (s.find_first_of("\t\n\r\v\f") != std::string::npos || s.find("  ") != std::string::npos) s = normalize_space(s);
    return s;
  };
  // The first word of the sentence, or the first after an opening quotation mark.
  std::size_t first_word = 0;
  while (first_word < n && !tokens[first_word].word) ++first_word;
  auto sentence_initial = [&](std::size_t i) { return i == first_word; };
  auto is_name_token = [&](std::size_t i) {
    if (!usable(i) || !tokens[i].capitalized) return false;
    if (has(i, G::kNotName)) return false;
    if (roles_at(i).first && !affiliations_at(i).first) return false;
    if (has(i, G::kHonorific)) return false;
    // "al-Qaeda-linked", "US-Russian", "Russian-backed": adjectives, not names.
    if (tokens[i].text.find('-') != std::string_view::npos)
      if (auto parts = hyphen_parts(tokens[i].text); parts.size() > 1)
        for (const auto& part : parts)
          if (!(part[0] >= 'A' && part[0] <= 'Z') || g.affiliation_words.count(part)) return false;
    return true;
  };
  // A name: capitalised tokens, with particles ("de") between them. Returns the end token.
  // The full stop of a middle initial, between name tokens ("John F. Kennedy").
  // Not before a word the document writes in lower case too: "Malcolm X. Besides ..." ends a sentence.
  auto initial_stop_at = [&](std::size_t j) {
    return j > 0 && j + 1 < n && tokens[j].text == "." && tokens[j - 1].text.size() == 1 && tokens[j - 1].capitalized &&
           is_name_token(j + 1) && !initial_word_is_common(tokens[j + 1].lower);
  };
  auto name_end = [&](std::size_t i) {
    std::size_t j = i;
    while (true) {
      if (is_name_token(j)) { ++j; continue; }
      if (j > i && usable(j) && has(j, G::kParticle) && is_name_token(j + 1)) { ++j; continue; }
      // "Salah al-Din", "Abu Bakr al-Baghdadi": an Arabic article joined to a capitalised word.
      if (j > i && usable(j) && tokens[j].text.size() > 3 && (tokens[j].text.starts_with("al-") || tokens[j].text.starts_with("el-")) &&
          tokens[j].text[3] >= 'A' && tokens[j].text[3] <= 'Z') {
        ++j;
        continue;
      }
      if (j > i + 1 && initial_stop_at(j)) { ++j; continue; }
      // "Vestey Group", "Telegraph Group": a capitalised orgword that is also a role ("the group
      // said") closes the name before it, which is a body's.
      if (j > i && usable(j) && tokens[j].capitalized && has(j, G::kOrgWord) && roles_at(j).first) { ++j; break; }
      break;
    }
    return j;
  };
  auto name_parts = [&](std::size_t a, std::size_t b) {
    std::vector<std::string_view> parts;
    for (std::size_t k = a; k < b; ++k) parts.push_back(tokens[k].text);
    return parts;
  };
  auto push = [&](std::size_t a, std::size_t b, std::size_t entity) {
    EntityMention m;
    m.first = a;
    m.last = b;
    m.span = {tokens[a].span.begin, tokens[b - 1].span.end};
    m.entity = entity;
    m.kind = kind(entity);
    out.push_back(std::move(m));
  };

  struct RolePhrase {
    std::size_t end = 0;
    std::string country, adjective, role;
    std::vector<std::string> modifiers;
    std::vector<std::pair<std::string, std::string>> more_countries;  // "the US and Russian top diplomats": (country, adjective)
    bool group = false, definite = false, indefinite = false, capitalized = false, qualified = false;
  };
  auto parse_role = [&](std::size_t i) -> std::optional<RolePhrase> {
    // Only a determiner or a word of a listed phrase can start one.
    constexpr std::uint32_t starts = G::kDefinite | G::kIndefinite | G::kAffiliationFirst | G::kOrganisationFirst |
                                     G::kRoleFirst | G::kModifier;
    if (!has(i, starts)) return std::nullopt;
    RolePhrase r;
    std::size_t j = i;
    // "the prime minister's official spokesman": a possessor in lower case makes the office a
    // definite one. (A named possessor is left out: "Ostrevia's foreign minister" said in one
    // report and "Irina Malek, Ostrevia's foreign minister," in another are one person only
    // through the country.)
    if (i > 1 && tokens[i - 1].lower == "'s" && tokens[i - 2].word && !tokens[i - 2].capitalized &&
        has(i, G::kRoleFirst | G::kModifier))
      r.definite = true;
    if (usable(j) && has(j, G::kDefinite)) { r.definite = true; ++j; }
    else if (usable(j) && has(j, G::kIndefinite)) { r.indefinite = true; ++j; }
    while (usable(j)) {
      if (auto [len, a] = affiliations_at(j); len) {
        if (r.country.empty()) { r.country = a->country; r.adjective = a->adjective; }
        r.modifiers.push_back(a->adjective);
        j += len;
        r.qualified = true;
        if (j < n && tokens[j].lower == "'s") { r.definite = true; ++j; }
        // "the US and Russian top diplomats": one office of each country, each its own person.
        if (usable(j) && tokens[j].lower == "and" && usable(j + 1))
          if (auto [len2, b] = affiliations_at(j + 1); len2 && b->country != r.country) {
            r.more_countries.emplace_back(b->country, b->adjective);
            j += 1 + len2;
          }
        continue;
      }
      if (auto [len, o] = organisations_at(j); len) {
        r.modifiers.push_back(surface_of(j, j + len));
        j += len;
        r.qualified = true;
        continue;
      }
      // A modifier that could also be a role ("administration official") is a modifier when
      // another role or modifier follows it.
      if (roles_at(j).first > 1) break;  // "foreign minister" before "foreign" + "minister"
      // After a determiner, a lower-case word or two right before a role qualify it ("the union
      // leader", "the dock workers").
      if ((r.definite || r.indefinite) && !tokens[j].capitalized && !roles_at(j).first) {
        std::size_t k = j;
        while (k < j + 1 && usable(k) && !tokens[k].capitalized && !has(k, G::kFunctionWord) &&
               !has(k, G::kIndefinite) && !roles_at(k).first)
          ++k;
        if (k > j && roles_at(k).first) {
          for (std::size_t m = j; m < k; ++m) r.modifiers.push_back(tokens[m].lower);
          j = k;
          continue;
        }
        // "the rapper's spokesman", "the watchdog's chairman": so does a possessive noun, before the
        // role of one person ("the tournament's organisers" are the organisers, as later "the
        // organisers" are).
        if (k == j + 1 && k + 1 < n && tokens[k].lower == "'s" && usable(k + 1) && roles_at(k + 1).first &&
            !roles_at(k + 1).second->group) {
          r.modifiers.push_back(tokens[j].lower + "'s");
          j = k + 1;
          continue;
        }
      }
      if (has(j, G::kModifier) &&
          (!roles_at(j).first || roles_at(j + 1).first || (usable(j + 1) && has(j + 1, G::kModifier)))) {
        r.modifiers.push_back(tokens[j].lower);
        ++j;
        continue;
      }
      break;
    }
    auto [len, role] = roles_at(j);
    if (!len || !usable(j)) return std::nullopt;
    // "Official figures showed ...", "the official results were announced": an adjective.
    if (auto a = g.attributive.find(tokens[j].lower); a != g.attributive.end() && j + len < n && usable(j + len) &&
                                                      !tokens[j + len].capitalized && a->second.count(tokens[j + len].lower))
      return std::nullopt;
    r.capitalized = tokens[j].capitalized;
    r.role = role->canonical;
    r.group = role->group;
    r.end = j + len;
    // "Special Envoy for Syria": the scope belongs to the phrase.
    if (r.end + 1 < n && tokens[r.end].lower == "for" && is_name_token(r.end + 1)) r.end = name_end(r.end + 1);
    return r;
  };

  std::size_t i = 0;
  while (i < n) {
    if (!usable(i)) { ++i; continue; }
    const auto& t = tokens[i];
    // Pronouns.
    if (auto p = has(i, G::kPronoun) ? g.pronouns.find(t.lower) : g.pronouns.end(); p != g.pronouns.end()) {
      EntityMention m;
      m.first = i;
      m.last = i + 1;
      m.span = t.span;
      m.pronoun = true;
      m.gender = p->second;
      m.kind = p->second == "plural" ? "group" : "person";
      out.push_back(std::move(m));
      ++i;
      continue;
    }
    // "the two diplomats", "both ministers": a plural reference to the pair of people just named,
    // resolved like "they" by the caller (an unrelated pair of officials stays unresolved).
    {
      std::size_t j = i;
      if (t.lower == "the" && usable(i + 1) && tokens[i + 1].lower == "two") j = i + 2;
      else if (t.lower == "both") j = i + 1;
      if (j > i && usable(j) && has(j, G::kModifier) && !at(g.pairs, j, G::kPairFirst).first) ++j;
      if (j > i && usable(j)) {
        auto [len, unused] = at(g.pairs, j, G::kPairFirst);
        // "the two" alone, right before a verb ("the two might be continuing"), is the pair too.
        const bool bare = !len && j == i + 2 && has(j, G::kPairVerb);
        if (len || bare) {
          EntityMention m;
          m.first = i;
          m.last = j + len;
          m.span = {t.span.begin, tokens[m.last - 1].span.end};
          m.pronoun = true;
          m.pair = true;
          m.gender = "plural";
          m.kind = "group";
          out.push_back(std::move(m));
          i = j + len;
          continue;
        }
      }
    }
    // Role phrases, with or without the name of the holder.
    if (auto r = parse_role(i)) {
      std::size_t j = r->end;
      std::size_t name_b = npos, name_e = npos;
      if (!r->group || r->capitalized) {
        if (is_name_token(j)) {
          name_b = j;
          name_e = name_end(j);
        } else if (j + 1 < n && tokens[j].text == "," && is_name_token(j + 1)) {
          std::size_t e = name_end(j + 1);
          // Apposition "the US spokesman, John Kirby," needs the closing comma or sentence end.
          if (e >= n || !tokens[e].word) { name_b = j + 1; name_e = e; }
        }
      }
      if (name_b != npos && name_e - name_b >= 1 && !affiliations_at(name_b).first && !places_at(name_b).first) {
        std::size_t p = person(name_parts(name_b, name_e), surface_of(name_b, name_e), "");
        if (!r->group) bind_role(p, r->country, join(r->modifiers), r->role);
        add_alias(resolve(p), surface_of(i, r->end));
        push(i, name_e, resolve(p));
        i = name_e;
        continue;
      }
      std::string surface = surface_of(i, r->end);
      if (r->group || r->indefinite) {
        std::size_t e;
        std::string desc = join({join(r->modifiers), r->role});
        if (r->definite && !r->qualified && r->modifiers.empty() && context.last_group.count(r->role))
          e = resolve(context.last_group[r->role]);
        else
          e = keyed(desc, "group", surface);
        add_alias(e, surface);
        context.last_group[r->role] = e;
        push(i, r->end, e);
        out.back().description = r->indefinite && !r->group;
        i = r->end;
        continue;
      }
      if (r->definite || r->qualified || r->capitalized) {
        if (r->role != "counterpart") {
          if (r->more_countries.empty()) {
            push(i, r->end, role_only(r->country, join(r->modifiers), r->role, surface));
          } else {
            // Each country's holder of the office, by its own adjective ("Russian top diplomat").
            auto holder = [&](const std::string& country, const std::string& adjective) {
              std::vector<std::string> mods{adjective};  // its adjective, then the shared modifiers ("top")
              for (const auto& m : r->modifiers)
                if (m != r->adjective) mods.push_back(m);
              return role_only(country, join(mods), r->role, join(mods) + " " + r->role);
            };
            push(i, r->end, holder(r->country, r->adjective));
            for (const auto& [country, adjective] : r->more_countries) out.back().also.push_back(holder(country, adjective));
          }
        }
        i = r->end;
        continue;
      }
    }
    // "the state department": a listed organisation written in lower case.
    if (t.lower == "the") {
      if (auto [len, org] = at(g.organisations_folded, i + 1, G::kFoldedOrganisationFirst); len && !tokens[i + 1].capitalized) {
        bool ok = true;
        for (std::size_t k = i + 1; k < i + 1 + len; ++k) ok = ok && usable(k);
        if (ok) {
          push(i, i + 1 + len, keyed(*org, "organisation", surface_of(i, i + 1 + len)));
          i += 1 + len;
          continue;
        }
      }
    }
    // Honorific + name: "Mr Lavrov", "Ms Kowalczyk".
    if (auto h = has(i, G::kHonorific) ? g.honorifics.find(t.text) : g.honorifics.end(); h != g.honorifics.end()) {
      std::size_t j = i + 1;
      if (j < n && tokens[j].text == ".") ++j;
      if (is_name_token(j)) {
        std::size_t e = name_end(j);
        std::size_t p = person(name_parts(j, e), surface_of(i, e), h->second);
        push(i, e, p);
        i = e;
        continue;
      }
    }
    // A listed body whose name opens with a word that is never a name on its own: "the Sunday
    // Telegraph", "the Mail on Sunday" (a weekday; "Mail" before "on" would end the name).
    if (auto [olen, org] = organisations_at(i); olen > 1 && (!is_name_token(i) || !is_name_token(i + 1))) {
      const std::string surface = surface_of(i, i + olen);
      push(i, i + olen, keyed(surface, "organisation", surface));
      i += olen;
      continue;
    }
    if (!is_name_token(i)) { ++i; continue; }
    std::size_t e = name_end(i);
    // A place word written in lower case after a name ends a place's name: "John F. Kennedy
    // airport", "Waterloo station".
    const bool place_word_after = e < n && usable(e) && !tokens[e].capitalized && has(e, G::kPlaceWordLower) &&
                                  !affiliations_at(i).first;  // not "a German stadium"
    if (place_word_after) ++e;
    // "Syrian Observatory for Human Rights", "Institute for Fiscal Studies", "Ministry of Defence":
    // a body's name goes on after "for" or "of" into the capitalised words that follow.
    bool body_name = false;  // an orgword's name gone on after "for"/"of": a body's, whatever its last word
    if (!place_word_after && e > i && e + 1 < n && has(e - 1, G::kOrgWord) && (tokens[e].lower == "for" || tokens[e].lower == "of") &&
        is_name_token(e + 1)) {
      body_name = true;
      const bool after_for = tokens[e].lower == "for";
      e = name_end(e + 1);
      // "Department for Work and Pensions": after "for", one more name joined by "and" (after
      // "of" the "and" joins two bodies: "the Bank of England and Barclays").
      if (after_for && e + 1 < n && tokens[e].lower == "and" && is_name_token(e + 1)) e = name_end(e + 1);
    }
    // "Standard & Poor's", "Marks & Spencer", "David Rubin & Partners": capitalised words joined by
    // "&" are one firm's name.
    bool ampersand = false;
    while (!place_word_after && e > i && e + 1 < n && tokens[e].text == "&" && is_name_token(e + 1)) e = name_end(e + 1), ampersand = true;
    // Its "'s" is its own when no noun follows it ("According to Standard & Poor's, ...").
    if (ampersand && e < n && tokens[e].lower == "'s" && (e + 1 == n || !tokens[e + 1].word)) ++e;
    // A capitalised sentence opener that the document also writes in lower case is a word.
    if (e == i + 1 && sentence_initial(i) && !affiliations_at(i).first && !places_at(i).first && !organisations_at(i).first &&
        (initial_word_is_common(t.lower) || g.adverb_opener(t.lower))) {
      ++i;
      continue;
    }
    std::string surface = surface_of(i, e);
    std::size_t entity;
    auto [alen, aff] = affiliations_at(i);
    auto [plen, place] = places_at(i);
    auto [olen, org] = organisations_at(i);
    bool after_place_prep = i > 0 && has(i - 1, G::kPlacePreposition);
    if (plen == e - i) entity = keyed(surface, "place", surface);
    else if (olen == e - i) entity = keyed(surface, "organisation", surface);
    else if (alen == e - i && aff->adjective_form) { i = e; continue; }
    else if (alen == e - i) entity = keyed(aff->country, aff->country == aff->adjective ? "organisation" : "place", surface);
    else if (ampersand || body_name || has(e - 1, G::kOrgWord)) entity = keyed(surface, "organisation", surface);
    // "the British airline Skylark Atlantic": a kind of organisation right before the name; the
    // name alone later ("Skylark Atlantic cancelled ...") is the same organisation.
    else if ((i > 0 && !tokens[i - 1].capitalized && has(i - 1, G::kOrgNoun)) || known(surface, "organisation"))
      entity = keyed(surface, "organisation", surface);
    else if (place_word_after || (e > i + 1 && (has(i, G::kPlaceWordFirst) || has(e - 1, G::kPlaceWordLast))))
      entity = keyed(surface, "place", surface);
    else if (e == i + 1 && after_place_prep && !by_surname_.count(t.lower)) entity = keyed(surface, "place", surface);
    else if (alen && e > i + alen) {
      // "Syrian Observatory": a body named after a country.
      entity = keyed(surface, "organisation", surface);
    } else if (e == i + 1 && country_by_adjective(t.text, context)) {
      entity = keyed(surface, "place", surface);
    } else {
      entity = person(name_parts(i, e), surface, "");
      // Apposition "<Name>, the <Role>,": binds the role to the name.
      if (e + 1 < n && tokens[e].text == ",") {
        if (auto r = parse_role(e + 1); r && r->definite && !r->group && !r->indefinite) {
          bind_role(entity, r->country, r->adjective, r->role);
          add_alias(resolve(entity), surface_of(e + 1, r->end));
          push(i, e, resolve(entity));
          push(e + 1, r->end, resolve(entity));
          i = r->end;
          continue;
        }
        // "<Name>, a <role> at <Body>," / "<Name>, senior economist at <Body>,": a description of
        // the person, no office of a country to bind.
        // ("Group Economist": a capitalised role word before another qualifies it).
        auto described = parse_role(e + 1);
        if (described && described->group && described->capitalized && described->end < n && tokens[described->end].capitalized)
          described = parse_role(described->end);
        if (auto& r = described; r && !r->group && r->end < n &&
                                        (tokens[r->end].text == "," || tokens[r->end].lower == "at" || tokens[r->end].lower == "of" ||
                                         tokens[r->end].lower == "for" || tokens[r->end].lower == "with")) {
          push(i, e, resolve(entity));
          push(e + 1, r->end, resolve(entity));
          out.back().description = true;
          i = r->end;
          continue;
        }
      }
    }
    push(i, e, resolve(entity));
    i = e;
  }
  return out;
}

}  // namespace timeline
