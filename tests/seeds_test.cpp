// The five real reports in ../shared/seeds: structure only (their sentences are not copied here).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

#include "corpus_loader.hpp"
#include "invariants.hpp"
#include "test_support.hpp"

using namespace timeline;
using namespace timeline::test;

namespace {
const Document& by_prefix(const Corpus& c, std::string_view prefix) {
  for (const auto& d : c.documents)
    if (d.id.starts_with(prefix)) return d;
  FAIL("no document " << prefix);
  throw 0;
}
}  // namespace

TEST_CASE("seeds: formats, versions, delays, DCT from the URL") {
  auto dir = seeds_dir();
  if (dir.empty()) return;
  Corpus c = load_corpus({dir.string()}, {});
  REQUIRE(c.documents.size() == 5);
  CHECK(c.skipped.empty());
  const auto& rt = by_prefix(c, "001_");
  const auto& guardian = by_prefix(c, "003_");
  CHECK(rt.format == Format::versions);
  CHECK(guardian.format == Format::versions);
  REQUIRE(rt.versions.size() == 2);
  REQUIRE(guardian.versions.size() == 2);
  CHECK(rt.versions[0].index == 0);
  CHECK(rt.versions[1].index == 1);
  CHECK_FALSE(rt.versions[0].delay_minutes.has_value());
  CHECK(rt.versions[1].delay_minutes == 180);
  CHECK(guardian.versions[0].index == 4);
  CHECK(guardian.versions[1].delay_minutes == 35);
  REQUIRE(guardian.dct.has_value());
  CHECK(guardian.dct->iso() == "2016-09-09");
  CHECK(guardian.dct_source == DctSource::url);
  CHECK(guardian.source == "guardian");
  CHECK(rt.source == "rtcom");
  for (const char* plain : {"000_", "002_", "004_"}) {
    const auto& d = by_prefix(c, plain);
    CHECK(d.format == Format::plain);
    CHECK(d.versions.size() == 1);
    CHECK_FALSE(d.title.empty());
  }
}

TEST_CASE("seeds: boilerplate removed with reasons, no sentence lost") {
  auto dir = seeds_dir();
  if (dir.empty()) return;
  Corpus c = load_corpus({dir.string()}, {});
  for (const auto& d : c.documents) {
    CAPTURE(d.id);
    check_nothing_lost(d);
    check_clean_sentences(d);
    for (const auto& r : d.removed) CHECK_FALSE(r.reason.empty());
  }
  auto reasons = [&](std::string_view prefix) {
    std::map<std::string, int> n;
    for (const auto& r : by_prefix(c, prefix).removed) ++n[r.reason];
    return n;
  };
  CHECK(reasons("000_")["icon and menu strings"] == 1);
  CHECK(reasons("002_")["headline printed twice"] == 1);
  CHECK(reasons("004_")["headline printed twice"] == 1);
  CHECK(reasons("004_")["related-links block"] == 15);  // two link lists, teasers and three headings
  // The article itself ends right before the related-links block: nothing after it survives.
  const auto& d4 = by_prefix(c, "004_");
  std::size_t footer = d4.bytes.find("More on this topic");
  REQUIRE(footer != std::string::npos);
  CHECK(d4.versions[0].sentences.back().span.end < footer);
}

TEST_CASE("seeds: `timeline read --format json` offsets index the files' own bytes") {
  auto dir = seeds_dir();
  if (dir.empty()) return;
  std::string cmd = std::string(TIMELINE_BINARY) + " read --format json " + dir.string() + " 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::string out;
  char buf[65536];
  while (auto n = fread(buf, 1, sizeof buf, pipe.get())) out.append(buf, n);
  auto json = nlohmann::json::parse(out);
  REQUIRE(json["documents"].size() == 5);
  std::size_t sentences = 0;
  for (const auto& d : json["documents"]) {
    std::string bytes = read_bytes(d["path"].get<std::string>());
    for (const auto& v : d["versions"])
      for (const auto& s : v["sentences"]) {
        auto b = s["begin"].get<std::size_t>(), e = s["end"].get<std::size_t>();
        REQUIRE(e <= bytes.size());
        CHECK(bytes.substr(b, e - b) == s["text"].get<std::string>());
        ++sentences;
      }
    for (const auto& r : d["removed"]) {
      auto b = r["begin"].get<std::size_t>(), e = r["end"].get<std::size_t>();
      CHECK(bytes.substr(b, e - b) == r["text"].get<std::string>());
    }
  }
  CHECK(sentences > 100);
  CHECK(json["skipped"].empty());
}
