// Stories of a corpus (engine/story_split.hpp) and `timeline build --by-story`.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <memory>
#include <set>

#include "dct_inference.hpp"
#include "pipeline.hpp"
#include "plain_reader.hpp"
#include "story_split.hpp"
#include "timeline_report.hpp"
#include "test_support.hpp"

using namespace timeline;
using namespace timeline::test;

namespace {

Document report(const std::string& id, const std::string& published, const std::string& text) {
  return read_plain(id, id, "Published: " + published + "\n\nReport\n\n" + text + "\n");
}

std::string run_cli(const std::string& args, int* status = nullptr) {
  std::string cmd = std::string(TIMELINE_BINARY) + " " + args + " 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  std::string out;
  char buf[65536];
  while (auto n = fread(buf, 1, sizeof buf, pipe.get())) out.append(buf, n);
  int rc = pclose(pipe.release());
  if (status) *status = rc;
  return out;
}

}  // namespace

TEST_CASE("stories: a report's names are its runs of capitalised words, each by its last word") {
  Document d = report("a.txt", "2016-09-09",
                      "Sergey Lavrov met John Kerry in Geneva on Friday. Mr Lavrov said the talks went well. "
                      "The two spoke to the UN envoy in September. Diplomats were waiting.");
  auto names = report_names(d, 12);
  // One person is one name however written; weekdays, months, honorifics and a sentence's
  // capitalised first word ("The", "Diplomats") are none.
  CHECK(names == std::vector<std::string>{"Geneva", "Kerry", "Lavrov", "UN"});
  CHECK(report_names(d, 1) == std::vector<std::string>{"Lavrov"});  // the most frequent
}

TEST_CASE("stories: reports that share two names within weeks are one story, one shared person is not") {
  Corpus c;
  c.documents.push_back(report("a.txt", "2016-09-09", "Anna Kowalczyk met Yuri Sokolov in Warsaw."));
  c.documents.push_back(report("b.txt", "2016-09-12", "Talks between Kowalczyk and Sokolov went on."));
  c.documents.push_back(report("c.txt", "2016-09-10", "Anna Kowalczyk opened a bridge."));  // one name shared
  c.documents.push_back(report("d.txt", "2017-03-01", "Anna Kowalczyk met Yuri Sokolov in Warsaw."));  // months later
  c.documents.push_back(report("e.txt", "2016-09-30", "Sokolov and Kowalczyk signed the deal in Warsaw."));
  auto stories = split_stories(c);
  CHECK(stories == std::vector<std::vector<std::size_t>>{{0, 1, 4}, {2}, {3}});
  StorySplitOptions one;
  one.shared_names = 1;
  CHECK(split_stories(c, one) == std::vector<std::vector<std::size_t>>{{0, 1, 2, 4}, {3}});
}

TEST_CASE("stories: the index joins by shared names across a period's edge, not past it, and after reordering") {
  using date::sys_days;
  using namespace date::literals;
  StoryIndex index;
  index.add({"Kowalczyk", "Sokolov", "Warsaw"}, sys_days{2016_y / 9 / 27});
  index.add({"Sokolov", "Kowalczyk"}, sys_days{2016_y / 10 / 20});        // 23 days later, another 28-day period
  index.add({"Kowalczyk", "Sokolov"}, sys_days{2016_y / 12 / 30});        // months later
  index.add({"Kowalczyk", "Sokolov"}, std::nullopt);                       // undated: only with undated
  index.add({"Sokolov", "Kowalczyk", "Gdansk"}, std::nullopt);
  index.add({"Warsaw", "Kowalczyk"}, sys_days{2016_y / 9 / 28});          // shares two with the first
  CHECK(index.split() == std::vector<std::vector<std::size_t>>{{0, 1, 5}, {2}, {3, 4}});
  // Reordered (as the reports are sorted by path after a walk): the same stories, renumbered.
  index.reorder({5, 4, 3, 2, 1, 0});
  CHECK(index.split() == std::vector<std::vector<std::size_t>>{{0, 4, 5}, {1, 2}, {3}});
  // A name given by more reports of a period than max_key_reports joins none of them.
  StoryIndex crowd;
  for (int k = 0; k < 5; ++k) crowd.add({"Reuters", "Geneva"}, sys_days{2016_y / 9 / 9});
  StorySplitOptions few;
  few.max_key_reports = 4;
  CHECK(crowd.split().size() == 1);
  CHECK(crowd.split(few).size() == 5);
}

TEST_CASE("stories: the sample corpus splits into its story folders") {
  LoadOptions load;
  Corpus c = load_corpus({(source_dir() / "corpus").string()}, load);
  REQUIRE(c.documents.size() >= 20);
  infer_publication_dates(c, TagOptions{});  // as analyze_by_story does: an undated report joins by its inferred date
  std::map<std::string, std::set<std::size_t>> folders;
  for (std::size_t d = 0; d < c.documents.size(); ++d)
    folders[std::filesystem::path(c.documents[d].path).parent_path().filename().string()].insert(d);
  auto stories = split_stories(c);
  CHECK(stories.size() == folders.size());
  for (const auto& s : stories) {
    const std::string folder = std::filesystem::path(c.documents[s.front()].path).parent_path().filename().string();
    INFO(folder);
    CHECK(std::set<std::size_t>(s.begin(), s.end()) == folders[folder]);
  }
}

TEST_CASE("stories: analyze_by_story builds each story's timeline on its own, in order of the first report") {
  LoadOptions load;
  Corpus c = load_corpus({(source_dir() / "corpus").string()}, load);
  const std::size_t documents = c.documents.size();
  std::vector<std::size_t> sizes;
  std::size_t events = 0;
  std::string first_id;
  analyze_by_story(std::move(c), TagOptions{}, BuildOptions{}, RunOptions{}, [&](Analysis&& a) {
    if (first_id.empty()) first_id = a.corpus.documents.front().id;
    sizes.push_back(a.corpus.documents.size());
    events += a.timeline.events.size();
    for (const auto& m : a.timeline.mentions) CHECK(m.document < a.corpus.documents.size());
  });
  std::size_t total = 0;
  for (auto s : sizes) total += s;
  CHECK(total == documents);
  CHECK(sizes.size() == 8);
  CHECK(events > 100);
  CHECK(first_id == "capital-post-diff.txt");
}

TEST_CASE("build --by-story writes one timeline per story, the same for any thread count") {
  const std::string corpus = (source_dir() / "corpus").string();
  const std::string one = run_cli("build --by-story --format json --threads 1 " + corpus);
  const std::string two = run_cli("build --by-story --format json --threads 2 " + corpus);
  CHECK(one == two);
  auto json = nlohmann::json::parse(one);
  REQUIRE(json.is_array());
  CHECK(json.size() == 8);
  for (const auto& t : json) {
    CHECK(t.contains("documents"));
    CHECK(t.contains("events"));
    CHECK(t.contains("conflicts"));
    CHECK(t["events"][0]["id"] == "e1");  // each story's timeline numbers its own events
  }
  const std::string text = run_cli("build --by-story " + corpus);
  CHECK(text.starts_with("Story 1 (3 reports: capital-post-diff.txt geneva-wire.txt morning-brief.txt)\n"));
  int status = 0;
  run_cli("build --by-story --format dot " + corpus, &status);
  CHECK(status != 0);  // a graph of stories is not written
}

TEST_CASE("build --by-story --from-records writes the same stories as on the files") {
  // From files the corpus is read a batch and a story at a time; from records it is held whole.
  TempDir dir;
  const std::string corpus = (source_dir() / "corpus").string();
  const std::string records = (dir.path / "records.jsonl").string();
  run_cli("extract --out " + records + " " + corpus);
  const std::string from_files = run_cli("build --by-story --format json " + corpus);
  const std::string from_records = run_cli("build --by-story --format json --from-records " + records);
  CHECK(!from_files.empty());
  CHECK(from_files == from_records);
}

TEST_CASE("build --by-story of the reports of one story is the timeline build writes for them") {
  for (const char* story : {"03-charity-fraud-trial", "07-koonawarra-bushfire"}) {
    const std::string dir = (source_dir() / "corpus" / story).string();
    auto whole = nlohmann::json::parse(run_cli("build --format json " + dir));
    auto stories = nlohmann::json::parse(run_cli("build --by-story --format json " + dir));
    INFO(story);
    REQUIRE(stories.size() == 1);
    CHECK(stories[0] == whole);
  }
}

TEST_CASE("stories: a walk read a part at a time gives the documents and ids of the whole load") {
  TempDir dir;
  write_bytes(dir.path / "bbc" / "001.txt", "Harbour\n\nThe strike ended on Friday.\n");
  write_bytes(dir.path / "reuters" / "001.txt", "Port\n\nThe dockers went back to work.\n");
  write_bytes(dir.path / "reuters" / "002.txt", "Port\n\nShips sailed.\n");
  write_bytes(dir.path / "reuters" / "notes.md", "# not a report\n");
  LoadOptions load;
  Corpus whole = load_corpus({dir.path.string()}, load);
  CorpusWalk walk({dir.path.string()}, load);
  REQUIRE(walk.size() == 3);
  CHECK(walk.skipped().size() == whole.skipped.size());
  for (std::size_t k = 0; k < walk.size(); ++k) {
    Corpus one = walk.read({k});
    REQUIRE(one.documents.size() == 1);
    const Document* same = find_doc(whole, one.documents[0].id);  // "bbc/001.txt": unique over the walk, read alone
    REQUIRE(same);
    CHECK(same->path == one.documents[0].path);
    CHECK(same->bytes == one.documents[0].bytes);
  }
  CHECK(walk.read({0, 1, 2}).documents.size() == 3);
}

TEST_CASE("stories: the corpus read a batch and a story at a time gives the stories of the corpus held whole") {
  LoadOptions load;
  const std::string corpus = (source_dir() / "corpus").string();
  std::vector<std::string> held, streamed;
  analyze_by_story(load_corpus({corpus}, load), TagOptions{}, BuildOptions{}, RunOptions{}, [&](Analysis&& a) {
    held.push_back(timeline_to_json(a.corpus, a.timeline).dump());
  });
  CorpusWalk walk({corpus}, load);
  std::vector<Skipped> skipped;
  std::size_t documents = 0;
  analyze_walk_by_story(walk, TagOptions{}, BuildOptions{}, RunOptions{}, [&](Analysis&& a) {
    streamed.push_back(timeline_to_json(a.corpus, a.timeline).dump());
  }, &skipped, &documents);
  CHECK(documents == load_corpus({corpus}, load).documents.size());
  CHECK(skipped.size() == load_corpus({corpus}, load).skipped.size());  // gold folders, manifests: listed, not lost
  CHECK(held.size() == 8);
  CHECK(streamed == held);  // no version page of the corpus needs another story's text
}
