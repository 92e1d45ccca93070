// `timeline build` as users run it: JSON events and the rendered GraphViz graph agree.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>
#include <set>

#include "test_support.hpp"

using namespace timeline::test;

namespace {
std::string run(const std::string& args) {
  std::string cmd = std::string(TIMELINE_BINARY) + " " + args + " 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  std::string out;
  char buf[65536];
  while (auto n = fread(buf, 1, sizeof buf, pipe.get())) out.append(buf, n);
  return out;
}
bool have_dot() { return std::system("command -v dot >/dev/null 2>&1") == 0; }
}  // namespace

TEST_CASE("build --format svg renders every event of the JSON timeline as a node") {
  if (!have_dot()) {
    MESSAGE("skipped: GraphViz `dot` is not installed");
    return;
  }
  for (const char* story : {"01-geneva-talks", "03-charity-fraud-trial", "06-yokohama-cup-final"}) {
    CAPTURE(story);
    std::string path = (source_dir() / "corpus" / story).string();
    auto json = nlohmann::json::parse(run("build --format json " + path));
    std::string svg = run("build --format svg " + path);
    REQUIRE(json["events"].size() > 0);
    REQUIRE(svg.find("<svg") != std::string::npos);
    std::size_t nodes = 0;
    for (auto p = svg.find("class=\"node\""); p != std::string::npos; p = svg.find("class=\"node\"", p + 1)) ++nodes;
    CHECK(nodes == json["events"].size());
    for (const auto& e : json["events"]) {
      std::string title = "<title>" + e["id"].get<std::string>() + "</title>";
      bool named = svg.find(e["id"].get<std::string>() + " ") != std::string::npos || svg.find(title) != std::string::npos;
      CHECK_MESSAGE(named, "event " << e["id"].get<std::string>() << " is not a node");
    }
  }
}

TEST_CASE("build output is the same bytes run after run") {
  std::string path = (source_dir() / "corpus").string();
  std::string a = run("build --format json " + path), b = run("build --format json " + path);
  CHECK(a.size() > 1000);
  CHECK(a == b);
}

TEST_CASE("a statement reported in the perfect ends by its report's publication, not before its day") {
  TempDir dir;
  write_bytes(dir.path / "r.txt",
              "Published: 2016-09-09\n\nTalks resume\n\nThe minister has said that the talks will resume in Vienna.\n");
  auto json = nlohmann::json::parse(run("build --format json " + (dir.path / "r.txt").string()));
  bool seen = false;
  for (const auto& e : json["events"]) {
    if (e["class"] != "statement") continue;
    seen = true;
    REQUIRE(e["time"]["latest"].is_string());
    // The publication day in an unknown zone ends at 2016-09-10 11:59 UTC at the latest.
    CHECK(e["time"]["latest"].get<std::string>() >= std::string("2016-09-09T"));
  }
  CHECK(seen);
}
