#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "corpus_loader.hpp"
#include "test_support.hpp"

using namespace timeline;
using namespace timeline::test;
namespace fs = std::filesystem;

namespace {
constexpr std::string_view kReport = "Harbour reopens after storm\n\nThe harbour reopened on Tuesday. Ferries sailed again.\n";
}  // namespace

TEST_CASE("bad inputs are skipped with a reason naming the problem, good ones are read") {
  TempDir dir;
  write_bytes(dir.path / "good.txt", kReport);
  write_bytes(dir.path / "empty.txt", "");
  write_bytes(dir.path / "blank.txt", " \n\n\t\n");
  write_bytes(dir.path / "nul.txt", std::string("Text\0more", 9));
  write_bytes(dir.path / "latin1.txt", "Caf\xE9 in Z\xFCrich\n");
  write_bytes(dir.path / "binary.bin", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10));
  write_bytes(dir.path / "long.txt", std::string(2u << 20, 'x'));
  write_bytes(dir.path / "notes.md", "# notes\n");
  fs::create_directories(dir.path / "sub" / "empty-folder");
  fs::create_directory_symlink(dir.path, dir.path / "sub" / "loop");
  fs::create_symlink(dir.path / "nowhere.txt", dir.path / "dangling.txt");

  Corpus c = load_corpus({dir.path.string()}, {});
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].id == "good.txt");
  CHECK(c.documents[0].versions.at(0).sentences.size() == 3);
  auto reason = [&](std::string_view name) {
    auto* s = find_skip(c, name);
    return s ? s->reason : std::string("(not skipped)");
  };
  CHECK(reason("empty.txt") == "empty file");
  CHECK(reason("blank.txt") == "file holds only white space");
  CHECK(reason("nul.txt") == "binary file: NUL byte at line 1, column 5 (byte 4)");
  CHECK(reason("latin1.txt") == "invalid UTF-8 at line 1, column 4 (byte 3)");
  CHECK(reason("binary.bin") == "binary file: NUL byte at line 1, column 8 (byte 7)");
  CHECK(reason("long.txt") == "line 1 is 2097152 bytes long; a report's lines are at most 1048576 bytes");
  CHECK(reason("notes.md") == "Markdown documentation, not a report");
  CHECK(reason("loop") == "folder already visited (symlink loop or duplicate path)");
  CHECK(reason("dangling.txt") == "broken or looping symbolic link");
  // Every input is accounted for: one document plus every skipped entry.
  CHECK(c.skipped.size() == 9);
}

TEST_CASE("a missing path and an unreadable file are skipped, the rest still read") {
  TempDir dir;
  write_bytes(dir.path / "a.txt", kReport);
  write_bytes(dir.path / "secret.txt", kReport);
  fs::permissions(dir.path / "secret.txt", fs::perms::none);
  Corpus c = load_corpus({(dir.path / "nope.txt").string(), dir.path.string()}, {});
  CHECK(find_doc(c, "a.txt") != nullptr);
  CHECK(find_skip(c, "nope.txt") != nullptr);
  if (::geteuid() != 0) {  // root reads anything
    REQUIRE(find_skip(c, "secret.txt") != nullptr);
    CHECK(find_skip(c, "secret.txt")->reason.starts_with("cannot read"));
  }
}

TEST_CASE("publication time precedence: --dct over manifest over header over URL") {
  TempDir dir;
  write_bytes(dir.path / "url.txt", "URL: https://example.com/2016/09/08/x\n\nTitle\n\nBody text here.\n");
  write_bytes(dir.path / "header.txt", "URL: https://example.com/2016/09/08/x\nPublished: 2016-09-07 18:30 Europe/Berlin\n\nTitle\n\nBody.\n");
  write_bytes(dir.path / "manifest.txt", "Published: 2016-09-07\n\nTitle\n\nBody.\n");
  write_bytes(dir.path / "none.txt", "Title\n\nBody.\n");
  write_bytes(dir.path / "manifest.json",
              R"({"documents": [{"file": "manifest.txt", "published": "2016-09-09T21:00", "timezone": "Europe/London",
                  "source": "Example Wire"}]})");
  Corpus c = load_corpus({dir.path.string()}, {});
  REQUIRE(c.documents.size() == 4);
  auto dct = [&](std::string_view id) {
    auto* d = find_doc(c, id);
    REQUIRE(d);
    return (d->dct ? d->dct->iso() : std::string("none")) + " " + std::string(to_string(d->dct_source));
  };
  CHECK(dct("url.txt") == "2016-09-08 url");
  CHECK(dct("header.txt") == "2016-09-07T18:30+02:00 header");
  CHECK(dct("manifest.txt") == "2016-09-09T21:00+01:00 manifest");
  CHECK(dct("none.txt") == "none none");
  CHECK(find_doc(c, "manifest.txt")->source == "Example Wire");

  LoadOptions cli;
  cli.dct = parse_iso_time("2016-09-10");
  Corpus forced = load_corpus({dir.path.string()}, cli);
  for (const auto& d : forced.documents) CHECK(d.dct_source == DctSource::cli);
}

TEST_CASE("a broken manifest is reported and the reports are still read") {
  TempDir dir;
  write_bytes(dir.path / "a.txt", kReport);
  write_bytes(dir.path / "manifest.json", R"({"documents": [{"file": "a.txt", "published": "2016-02-30"}]})");
  Corpus c = load_corpus({dir.path.string()}, {});
  REQUIRE(c.documents.size() == 1);
  auto* s = find_skip(c, "manifest.json");
  REQUIRE(s);
  CHECK(s->reason.find("documents[0].published: no such date: '2016-02-30'") != std::string::npos);
}

TEST_CASE("reports of one file name in different folders get ids that tell them apart") {
  TempDir dir;
  write_bytes(dir.path / "bbc" / "business" / "001.txt", kReport);
  write_bytes(dir.path / "bbc" / "politics" / "001.txt", kReport);
  write_bytes(dir.path / "reuters" / "a" / "001.txt", kReport);
  write_bytes(dir.path / "reuters" / "a" / "002.txt", kReport);
  write_bytes(dir.path / "x" / "business" / "003.txt", kReport);
  write_bytes(dir.path / "y" / "business" / "003.txt", kReport);
  Corpus c = load_corpus({dir.path.string()}, {});
  std::vector<std::string> ids;
  for (const auto& d : c.documents) ids.push_back(d.id);
  // One folder tells the 001s apart, two the 003s; a name that is unique stays bare.
  CHECK(ids == std::vector<std::string>{"business/001.txt", "politics/001.txt", "a/001.txt", "002.txt", "x/business/003.txt",
                                        "y/business/003.txt"});
  // Mentions, records and output files are named after the id: every one is distinct.
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
}
