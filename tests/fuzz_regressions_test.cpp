// Inputs the fuzz targets (fuzz/) found crashing or breaking an invariant, kept as regression
// tests. docs/robustness.md lists each finding.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "cli_run.hpp"
#include "corpus_loader.hpp"
#include "entities.hpp"
#include "events.hpp"
#include "manifest.hpp"
#include "test_support.hpp"
#include "timeml_reader.hpp"

using namespace timeline;
using namespace timeline::test;

TEST_CASE("fuzz regression M1: a number too large for a double in a manifest is an error, not an exception") {
  // fuzz_manifest crash-d59382b7: nlohmann::json throws out_of_range (not parse_error) for it.
  const std::string crash = "888888888800E00015172364888-888888888000001517236481{88888\"d8";
  std::string error;
  CHECK_FALSE(parse_manifest(crash, "m.json", &error));
  CHECK(error.starts_with("m.json: invalid JSON ("));
  CHECK_FALSE(parse_manifest(R"({"documents": [{"file": "a.txt", "published": 1e999}]})", "m.json", &error));
  CHECK(error.find("number overflow") != std::string::npos);

  // Through the command line: the manifest is skipped, the report read, exit code 0.
  TempDir dir;
  write_bytes(dir.path / "a.txt", "Harbour reopens\n\nThe harbour reopened on Tuesday.\n");
  write_bytes(dir.path / "manifest.json", R"({"documents": [{"file": "a.txt", "published": 1e999}]})");
  CliResult r = run_timeline({"read", "--format", "json", dir.path.string()});
  CHECK(r.exit_code == 0);
  auto json = nlohmann::json::parse(r.out);
  CHECK(json["documents"].size() == 1);
  REQUIRE(json["skipped"].size() == 1);
  CHECK(json["skipped"][0]["reason"].get<std::string>().starts_with("manifest not applied: "));
}

TEST_CASE("fuzz regression T1: a stray </TEXT> after the text is an error, not a second end offset") {
  // Found while writing fuzz_timeml_reader's invariant file_offsets.size() == bytes.size() + 1,
  // which it broke; fixed before the first fuzz run.
  std::string error;
  auto doc = read_timeml("t.tml", "t.tml", "<TimeML><TEXT>ab</TEXT></TEXT></TimeML>", &error);
  CHECK_FALSE(doc);
  CHECK(error == "line 1: </TEXT> closes no open <TEXT>");
  auto ok = read_timeml("t.tml", "t.tml", "<TimeML><TEXT>ab</TEXT></TimeML>", &error);
  REQUIRE(ok);
  CHECK(ok->file_offsets.size() == ok->bytes.size() + 1);
}

TEST_CASE("fuzz regression E1: a name that runs across a line break is one line in names and labels") {
  // fuzz_events crash-19fb6dd7 (2026-12-07): in a paragraph wrapped at a fixed width, the agent
  // "UK\nPorales" opened a label with its line break. Names are written with one space now, and
  // a label is one line whatever it is built from.
  const std::string text = "Talks westedire UK\nPorales with details.";
  auto toks = tokenize(text, Span{0, text.size()});
  EntityRegistry reg;
  MentionContext context;
  auto mentions = reg.find_mentions(
      toks, context, [](std::size_t) { return false; }, [](const std::string&) { return false; });
  bool found = false;
  for (const auto& m : mentions)
    if (m.entity != EntityRegistry::npos && reg.name(m.entity).find("Porales") != std::string::npos) {
      found = true;
      CHECK(reg.name(m.entity) == "UK Porales");
    }
  CHECK(found);
  CHECK(cut_label("UK\nPorales reached a deal\r\tin Lisbon", 80) == "UK Porales reached a deal in Lisbon");
}
