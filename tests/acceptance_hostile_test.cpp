// Issue 8 acceptance: a folder mixing every kind of hostile input with one real report yields the
// report's document and a named reason for each bad file; `timeline read` output is deterministic.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "cli_run.hpp"
#include "test_support.hpp"

using namespace timeline::test;
namespace fs = std::filesystem;

namespace {

// Written for this test (not taken from any corpus).
constexpr std::string_view kRealReport =
    "Source: Valley Courier\n"
    "Published: 2021-03-04T09:15+01:00\n"
    "\n"
    "Bridge closed after flood damage\n"
    "\n"
    "The old river bridge in Marlow was closed on Wednesday after engineers found cracks in two piers. "
    "Officials said the crossing would stay shut for at least a month.\n"
    "\n"
    "\xE2\x80\x9CWe cannot take any risk with the piers,\xE2\x80\x9D the town engineer said. Buses will use the "
    "northern ring road until repairs are done.\n";

/// Bad inputs by file name, with the words their skip reason must contain.
std::map<std::string, std::string> write_hostile_inputs(const fs::path& dir) {
  std::map<std::string, std::string> expect;
  auto put = [&](const std::string& name, std::string_view bytes, std::string why) {
    write_bytes(dir / name, bytes);
    expect[name] = std::move(why);
  };
  put("empty.txt", "", "empty file");
  put("blank.txt", " \r\n\t\n", "file holds only white space");
  put("overlong.txt", "Title\n\nA slash \xC0\xAF here.\n", "invalid UTF-8 at line 3, column 9 (byte 15)");
  put("surrogate.txt", "Title\n\n\xED\xA0\x80.\n", "invalid UTF-8 at line 3, column 1 (byte 7)");
  put("truncated-utf8.txt", "Title\n\nCut \xE2\x80", "invalid UTF-8 at line 3, column 5 (byte 11)");
  put("nul.txt", std::string("Title\n\nNUL\0here.\n", 17), "binary file: NUL byte at line 3, column 4 (byte 10)");
  put("binary.bin", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\x02\0\x3e\0", 14), "binary file: NUL byte");
  put("long-line.txt", std::string(2u << 20, 'w'), "line 1 is 2097152 bytes long");
  put("truncated.tml", "<?xml version=\"1.0\" ?>\n<TimeML>\n<TEXT>\nThe talks <EVENT eid=\"e1\" cla",
      "line 4: malformed tag");
  put("mismatched.tml", "<TimeML>\n<TEXT>\na <EVENT eid=\"e1\">b</TIMEX3>\n</TEXT></TimeML>\n",
      "line 3: </TIMEX3> does not close <EVENT>");
  put("manifest.json", R"({"documents": [{"file": "report.txt", "published": 20210304}]})", "manifest not applied: ");
  put("notes.md", "# Notes\n", "Markdown documentation, not a report");
  // An invalid UTF-8 file name: the output must stay valid JSON.
  put("bad\xFFname.txt", "", "empty file");
  fs::create_symlink(dir / "loop-b.txt", dir / "loop-a.txt");
  fs::create_symlink(dir / "loop-a.txt", dir / "loop-b.txt");
  expect["loop-a.txt"] = expect["loop-b.txt"] = "broken or looping symbolic link";
  fs::create_directory_symlink(dir, dir / "up");
  expect["up"] = "folder already visited (symlink loop or duplicate path)";
  REQUIRE(::mkfifo((dir / "pipe.txt").c_str(), 0600) == 0);  // reading it would block forever
  expect["pipe.txt"] = "not a regular file";
  return expect;
}

// nlohmann replaces invalid UTF-8 in output by U+FFFD: compare names the same way.
std::string as_output(const std::string& name) {
  return nlohmann::json::parse(nlohmann::json(name).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
      .get<std::string>();
}

}  // namespace

TEST_CASE("acceptance: every hostile input beside one real report: the report read, each bad file named") {
  TempDir dir;
  write_bytes(dir.path / "report.txt", kRealReport);
  auto expect = write_hostile_inputs(dir.path);

  CliResult r = run_timeline({"read", "--format", "json", dir.path.string()});
  REQUIRE(r.exit_code == 0);
  auto json = nlohmann::json::parse(r.out);

  REQUIRE(json["documents"].size() == 1);
  const auto& doc = json["documents"][0];
  CHECK(doc["id"] == "report.txt");
  CHECK(doc["format"] == "plain");
  CHECK(doc["source"] == "Valley Courier");
  CHECK(doc["dct"] == "2021-03-04T09:15+01:00");
  CHECK(doc["title"] == "Bridge closed after flood damage");
  const auto& sentences = doc["versions"][0]["sentences"];
  REQUIRE(sentences.size() == 5);
  for (const auto& s : sentences) {  // offsets are exact in the original file
    auto b = s["begin"].get<std::size_t>(), e = s["end"].get<std::size_t>();
    CHECK(kRealReport.substr(b, e - b) == s["text"].get<std::string>());
  }

  // Every bad input is listed once, with its reason; nothing else is skipped.
  std::map<std::string, std::string> skipped;
  for (const auto& s : json["skipped"]) {
    auto name = fs::path(s["path"].get<std::string>()).filename().string();
    CHECK_MESSAGE(skipped.emplace(name, s["reason"].get<std::string>()).second, "listed twice: " << name);
  }
  CHECK(skipped.size() == expect.size());
  for (const auto& entry : expect) {  // not a structured binding: CAPTURE's lambda cannot capture one in clang
    const std::string& name = entry.first;
    const std::string& why = entry.second;
    CAPTURE(name);
    auto it = skipped.find(as_output(name));
    REQUIRE(it != skipped.end());
    CHECK(it->second.find(why) != std::string::npos);
  }
  // Standard error names each bad file and closes with the counts.
  CHECK(r.err.find("loop-a.txt: skipped: broken or looping symbolic link") != std::string::npos);
  CHECK(r.err.find("timeline: 1 document(s) read, " + std::to_string(expect.size()) + " input(s) skipped") != std::string::npos);

  // Without the report nothing can be shown: exit code 1 (docs/cli.md), still every input listed.
  fs::remove(dir.path / "report.txt");
  CliResult none = run_timeline({"read", "--format", "json", dir.path.string()});
  CHECK(none.exit_code == 1);
  auto none_json = nlohmann::json::parse(none.out);
  CHECK(none_json["documents"].empty());
  CHECK(none_json["skipped"].size() == expect.size());
}

TEST_CASE("determinism: `timeline read --format json` gives identical bytes on the same inputs") {
  // Thread-count determinism is to be added here once `--threads` exists.
  auto once = [](const fs::path& dir) {
    CliResult r = run_timeline({"read", "--format", "json", dir.string()});
    CHECK(r.exit_code == 0);
    return r.out;
  };
  SUBCASE("the shared seeds") {
    auto seeds = seeds_dir();
    if (seeds.empty()) return;
    auto first = once(seeds);
    CHECK(first.size() > 100);
    CHECK(first == once(seeds));
  }
  SUBCASE("mixed inputs, created in opposite orders in two folders") {
    TempDir a, b;
    write_bytes(a.path / "report.txt", kRealReport);
    write_bytes(a.path / "version.txt",
                "Version 0 Version 1\n(about 3 hours later)\nBridge closed Bridge closed\n"
                "The bridge was closed. The bridge was closed.\n");
    write_bytes(a.path / "sub" / "b.txt", "Second report\n\nEngineers inspected the piers on Thursday.\n");
    write_hostile_inputs(a.path);
    // The same files in reverse order of creation (folder listings may follow creation order).
    write_bytes(b.path / "sub" / "b.txt", read_bytes(a.path / "sub" / "b.txt"));
    auto expect = write_hostile_inputs(b.path);
    write_bytes(b.path / "version.txt", read_bytes(a.path / "version.txt"));
    write_bytes(b.path / "report.txt", kRealReport);
    auto out_a = once(a.path), out_b = once(b.path);
    CHECK(out_a == once(a.path));
    // Paths differ only in the folder name.
    auto replace_all = [](std::string s, const std::string& from, const std::string& to) {
      for (auto p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
      return s;
    };
    CHECK(replace_all(out_a, a.path.string(), "DIR") == replace_all(out_b, b.path.string(), "DIR"));
    CHECK(nlohmann::json::parse(out_a)["documents"].size() == 3);
  }
}
