// Issue 7 item 3 (memory that grows with a batch, not the corpus): `timeline extract` reads a
// corpus past its hold limit twice, a batch of reports at a time (engine/extract_walk.hpp).
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "extract_walk.hpp"
#include "pipeline.hpp"
#include "records.hpp"
#include "test_support.hpp"
#include "timeline_report.hpp"

using namespace timeline;
using namespace timeline::test;
namespace fs = std::filesystem;

namespace {

struct Extracted {
  std::vector<std::string> records;
  ExtractSummary summary;
};

Extracted extract(const std::vector<std::string>& paths, std::uintmax_t hold_bytes, std::size_t batch, std::size_t threads = 2) {
  CorpusWalk walk(paths, {});
  ExtractOptions options;
  options.reading.hold_bytes = hold_bytes;
  options.reading.batch = batch;
  options.batch = batch;
  Extracted out;
  out.summary = extract_walk(walk, shard_inputs(walk, 0, 1), true, TagOptions{}, RunOptions{threads, {}}, options,
                             [&](std::string&& r) { out.records.push_back(std::move(r)); });
  return out;
}

std::string document_format(const std::string& record) {
  auto format = nlohmann::json::parse(record).at("document").at("format");
  return format.get<std::string>();
}

std::string timeline_bytes(const Analysis& a) { return timeline_to_json(a.corpus, a.timeline).dump(2); }

}  // namespace

TEST_CASE("extract_walk: a corpus under the hold limit is held, one over it is streamed, and both give the same records") {
  const std::string corpus = (source_dir() / "corpus").string();
  Extracted held = extract({corpus}, std::uintmax_t{64} << 20, 256);
  CHECK_FALSE(held.summary.streamed);
  REQUIRE(held.records.size() >= 20);
  CHECK(held.summary.documents == held.records.size());
  // One batch holds every report: the version pages are read with the same reports' text.
  Extracted streamed = extract({corpus}, 0, 256, 1);
  CHECK(streamed.summary.streamed);
  CHECK(streamed.records == held.records);
  CHECK(streamed.summary.skipped.size() == held.summary.skipped.size());
  // Batches of three: plain reports give the same records; a version page is read with the text
  // of its batch only, and the merge reads it again with every report's.
  Extracted small = extract({corpus}, 0, 3);
  REQUIRE(small.records.size() == held.records.size());
  std::size_t plain = 0;
  for (std::size_t r = 0; r < held.records.size(); ++r) {
    CAPTURE(r);
    if (document_format(held.records[r]) == "versions") continue;
    ++plain;
    CHECK(small.records[r] == held.records[r]);
  }
  CHECK(plain >= 15);
}

TEST_CASE("extract_walk: records streamed in small batches merge into exactly the timeline of the files") {
  const std::string corpus = (source_dir() / "corpus").string();
  Analysis direct = analyze(load_corpus({corpus}, {}), TagOptions{});
  REQUIRE(!direct.timeline.events.empty());
  Extracted small = extract({corpus}, 0, 2);
  std::string lines;
  for (const auto& r : small.records) lines += r + "\n";
  for (const auto& s : small.summary.skipped) lines += skipped_record(s) + "\n";
  std::istringstream in(lines);
  RecordSet set;
  read_records(in, "streamed.jsonl", set);
  CHECK(set.reports.size() == direct.corpus.documents.size());
  CHECK(set.skipped.size() == direct.corpus.skipped.size());
  MergedCorpus merged = merge_records(std::move(set), TagOptions{}, RunOptions{2, {}});
  Analysis a = analyze_tagged(std::move(merged.corpus), std::move(merged.timexes));
  CHECK(timeline_bytes(a) == timeline_bytes(direct));
}

TEST_CASE("extract_walk: undated reports are dated from the whole corpus, not from their batch") {
  // Two folders of one story: the dated report comes first in path order, the undated one names
  // a weekday; in batches of one, the undated report's batch holds no dated report.
  TempDir tmp;
  const fs::path& dir = tmp.path;
  write_bytes(dir / "a-dated.txt", "Published: 2016-09-09\n\nThe ministers met in Geneva on Friday for talks on a truce.\n");
  write_bytes(dir / "b-undated.txt", "The ministers met in Geneva on Friday. They will meet again tomorrow.\n");
  write_bytes(dir / "c-notes.md", "not a report\n");
  Extracted held = extract({dir.string()}, std::uintmax_t{1} << 20, 256);
  Extracted streamed = extract({dir.string()}, 0, 1);
  CHECK(streamed.summary.streamed);
  REQUIRE(held.records.size() == 2);
  CHECK(streamed.records == held.records);
  auto doc = nlohmann::json::parse(streamed.records[1]).at("document");
  CHECK(doc.at("dct_source") == "inferred");
  REQUIRE(streamed.summary.skipped.size() == 1);
  CHECK(streamed.summary.skipped[0].path.ends_with("c-notes.md"));
}

TEST_CASE("extract_walk: a report that vanishes between the two passes is listed as skipped, not lost") {
  TempDir tmp;
  const fs::path& dir = tmp.path;
  write_bytes(dir / "1.txt", "Talks began in Geneva on Friday, officials said.\n");
  write_bytes(dir / "2.txt", "The talks ended on Saturday, a spokesman said.\n");
  write_bytes(dir / "3.txt", "Ministers met again on Monday.\n");
  CorpusWalk walk({dir.string()}, {});
  ExtractOptions options;
  options.reading.hold_bytes = 0;
  options.reading.batch = 1;
  options.batch = 1;
  std::vector<std::string> records;
  ExtractSummary summary = extract_walk(walk, shard_inputs(walk, 0, 1), true, TagOptions{}, RunOptions{1, {}}, options,
                                        [&](std::string&& r) {
                                          records.push_back(std::move(r));
                                          fs::remove(dir / "3.txt");  // pass 2 has begun: 3.txt was read in pass 1
                                        });
  CHECK(summary.documents == 2);
  CHECK(records.size() == 2);
  REQUIRE(summary.skipped.size() == 1);
  CHECK(summary.skipped[0].path.ends_with("3.txt"));
  CHECK(!summary.skipped[0].reason.empty());
}

TEST_CASE("shard_inputs: every N-th input from K, the shards together every input once") {
  CorpusWalk walk({(source_dir() / "corpus").string()}, {});
  REQUIRE(walk.size() >= 10);
  std::vector<int> seen(walk.size(), 0);
  for (std::size_t k = 0; k < 3; ++k)
    for (std::size_t i : shard_inputs(walk, k, 3)) {
      CHECK(i % 3 == k);
      ++seen[i];
    }
  for (int s : seen) CHECK(s == 1);
}
