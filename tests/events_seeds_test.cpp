// Event mentions over the five real reports in ../shared/seeds: structural facts only (their
// sentences are not copied here). Skipped when ../shared is absent.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "corpus_loader.hpp"
#include "events.hpp"
#include "test_support.hpp"

using namespace timeline;
using namespace timeline::test;

namespace {
bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }
bool inside(Span a, Span b) { return a.begin >= b.begin && a.end <= b.end; }
}  // namespace

TEST_CASE("events over the seeds: structure, one entity per diplomat, speakers have agents") {
  auto dir = seeds_dir();
  if (dir.empty()) return;
  Corpus c = load_corpus({dir.string()}, {});
  REQUIRE(c.documents.size() == 5);
  EntityRegistry reg;
  std::vector<EventMention> all;
  for (std::size_t d = 0; d < c.documents.size(); ++d)
    for (const auto& v : c.documents[d].versions) {
      auto evs = find_events(c.documents[d], d, v, {}, reg);
      CHECK_FALSE(evs.empty());
      all.insert(all.end(), evs.begin(), evs.end());
    }
  reg.relabel(all);
  auto entities = reg.entities();
  std::set<std::string> names;
  for (const auto& e : entities) names.insert(e.name);

  std::set<std::string> ids;
  for (const auto& e : all) {
    const auto& doc = c.documents.at(e.document);
    CAPTURE(e.id);
    CHECK(ids.insert(e.id).second);
    // Nothing comes from removed or boilerplate lines; everything lies in its sentence.
    const Version* version = nullptr;
    for (const auto& v : doc.versions)
      if (v.index == e.version) version = &v;
    REQUIRE(version);
    REQUIRE(e.sentence < version->sentences.size());
    Span sentence = version->sentences[e.sentence].span;
    CHECK(inside(e.trigger, sentence));
    for (const auto& r : doc.removed) {
      CHECK_FALSE(overlaps(e.trigger, r.span));
      for (const auto& p : e.participants) CHECK_FALSE(overlaps(p.span, r.span));
    }
    for (const auto& p : e.participants) {
      CHECK(inside(p.span, sentence));
      CHECK(names.count(p.entity) == 1);  // relabelled to a live entity
    }
    CHECK_FALSE(e.label.empty());
    CHECK(e.label.size() <= kMaxLabelBytes);
    // With no time expressions, anchors come only from headers, versions and the DCT.
    if (e.anchor) CHECK(e.anchor->source != AnchorSource::timex);
  }

  // Each diplomat's name variants resolve to one entity.
  for (const char* surname : {"Lavrov", "Steinmeier", "Kerry"}) {
    CAPTURE(surname);
    auto n = std::count_if(entities.begin(), entities.end(), [&](const Entity& e) {
      if (e.name.find(surname) != std::string::npos) return true;
      return std::any_of(e.aliases.begin(), e.aliases.end(),
                         [&](const std::string& a) { return a.find(surname) != std::string::npos; });
    });
    CHECK(n == 1);
  }
  auto lavrov = std::find_if(entities.begin(), entities.end(),
                             [](const Entity& e) { return e.name.find("Lavrov") != std::string::npos; });
  REQUIRE(lavrov != entities.end());
  CHECK(lavrov->kind == "person");
  CHECK(lavrov->aliases.size() >= 4);  // spelling variants, "Mr", and role-only mentions

  // Every reporting verb written right after a known person's surname ("<Surname> said") or
  // right before it after a quotation ("..., said <Surname>") has that person as its agent.
  std::map<std::string, std::string> surnames;  // surname -> canonical name
  for (const auto& e : entities)
    if (e.kind == "person" && e.name.find(' ') != std::string::npos) surnames[e.name.substr(e.name.rfind(' ') + 1)] = e.name;
  int checked = 0;
  for (const auto& e : all) {
    if (e.cls != EventClass::statement) continue;
    const auto& doc = c.documents[e.document];
    std::string_view before = std::string_view(doc.bytes).substr(0, e.trigger.begin);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    auto sp = before.find_last_of(" \n\xE2\x80\x9D\"");
    std::string word(before.substr(sp == std::string_view::npos ? 0 : sp + 1));
    auto it = surnames.find(word);
    if (it == surnames.end()) continue;
    CAPTURE(e.id);
    CAPTURE(e.label);
    ++checked;
    bool has = std::any_of(e.participants.begin(), e.participants.end(),
                           [&](const Participant& p) { return p.role == "agent" && p.entity == it->second; });
    CHECK(has);
  }
  CHECK(checked >= 5);
}
