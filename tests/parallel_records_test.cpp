// Issue 7 items 4-5, issue 8: the same output bytes for any thread count, and extraction records
// that merge back into exactly the timeline of the files themselves.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "cli_run.hpp"
#include "corpus_report.hpp"
#include "extraction.hpp"
#include "parallel.hpp"
#include "pipeline.hpp"
#include "records.hpp"
#include "tag_output.hpp"
#include "test_support.hpp"
#include "timeline_report.hpp"

using namespace timeline;
using namespace timeline::test;

namespace {

std::string timeline_bytes(const Analysis& a) {
  return timeline_to_json(a.corpus, a.timeline).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string tagged_bytes(const Corpus& corpus, const CorpusTimexes& timexes) {
  std::string out;
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) out += tagged_document_json(corpus.documents[d], timexes[d]).dump() + "\n";
  return out;
}

// `timeline extract` in memory: every document of `corpus` (loaded, before inference) as a record line.
std::string extract_records(const std::vector<std::string>& paths, const LoadOptions& load, std::size_t threads) {
  Corpus corpus = load_corpus(paths, load);
  std::vector<StoredReport> loaded;
  for (const auto& doc : corpus.documents) {
    REQUIRE(doc.format != Format::timeml);  // the stories are plain reports and version pages
    loaded.push_back({doc.path, doc.bytes, doc.source, doc.url, doc.dct, doc.dct_source});
  }
  Analysis a = analyze(corpus, TagOptions{}, BuildOptions{}, RunOptions{threads, {}});  // DCTs as this shard infers them
  std::string out;
  for (std::size_t d = 0; d < a.corpus.documents.size(); ++d) {
    auto ev = report_events(a.corpus.documents[d], d, a.timexes[d]);
    out += report_record(a.corpus.documents[d], loaded[d], a.timexes[d], ev.mentions, ev.entities, TagOptions{}) + "\n";
  }
  for (const auto& s : corpus.skipped) out += skipped_record(s) + "\n";
  return out;
}

std::string read_error(const std::string& records) {
  std::istringstream in(records);
  RecordSet set;
  try {
    read_records(in, "shard.jsonl", set);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("parallel_for: every item once, and the lowest failing item's exception whatever the thread count") {
  for (std::size_t threads : {1, 2, 4, 8}) {
    std::vector<std::atomic<int>> runs(100);
    parallel_for(runs.size(), threads, [&](std::size_t i) { ++runs[i]; });
    for (const auto& r : runs) CHECK(r.load() == 1);
    std::string what;
    try {
      parallel_for(50, threads, [](std::size_t i) {
        if (i == 7 || i == 30) throw std::runtime_error("item " + std::to_string(i));
      });
    } catch (const std::runtime_error& e) {
      what = e.what();
    }
    CHECK(what == "item 7");
  }
}

TEST_CASE("the timeline and the time expressions are the same bytes for 1, 2 and 4 threads and across runs") {
  std::vector<std::vector<std::string>> inputs = {{(source_dir() / "corpus").string()}};
  if (auto seeds = seeds_dir(); !seeds.empty()) inputs.push_back({seeds.string()});
  for (const auto& paths : inputs) {
    CAPTURE(paths[0]);
    Corpus corpus = load_corpus(paths, {});
    REQUIRE(corpus.documents.size() > 3);
    Analysis one = analyze(corpus, TagOptions{}, BuildOptions{}, RunOptions{1, {}});
    REQUIRE(!one.timeline.events.empty());
    const std::string json = timeline_bytes(one), tags = tagged_bytes(one.corpus, one.timexes);
    for (std::size_t threads : {1, 2, 4}) {
      CAPTURE(threads);
      std::size_t done = 0, bytes = 0;
      Analysis many = analyze(corpus, TagOptions{}, BuildOptions{}, RunOptions{threads, [&](std::size_t b) { ++done, bytes += b; }});
      CHECK(timeline_bytes(many) == json);
      CHECK(tagged_bytes(many.corpus, many.timexes) == tags);
      CHECK(done == corpus.documents.size());  // progress: one call per document
      CHECK(bytes > 0);
    }
  }
}

TEST_CASE("events streamed in batches (and rendered on the workers) are each report's own, in document order, for any batch and thread count") {
  Corpus corpus = load_corpus({(source_dir() / "corpus").string()}, {});
  REQUIRE(corpus.documents.size() > 3);
  CorpusTimexes timexes = tag_corpus(corpus, TagOptions{}, RunOptions{1, {}});
  auto ids = [](const std::vector<EventMention>& ms) {
    std::string out;
    for (const auto& m : ms) out += m.id + " " + m.label + "\n";
    return out;
  };
  std::vector<std::string> whole;  // each report on its own, in order, on this thread
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) whole.push_back(ids(report_events(corpus.documents[d], d, timexes[d]).mentions));
  std::vector<std::string> all;
  for (const auto& e : corpus_events(corpus, timexes, RunOptions{2, {}})) all.push_back(ids(e.mentions));
  CHECK(all == whole);
  for (std::size_t batch : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{1000}})
    for (std::size_t threads : {1, 2}) {
      CAPTURE(batch);
      CAPTURE(threads);
      std::vector<std::string> streamed;
      stream_corpus_events(corpus, timexes, RunOptions{threads, {}}, batch, [&](std::size_t d, ReportEvents&& e) {
        CHECK(d == streamed.size());
        streamed.push_back(ids(e.mentions));
      });
      CHECK(streamed == whole);
      // Rendered on the worker threads, written in order: the same text.
      std::vector<std::string> rendered;
      stream_corpus_output(
          corpus, RunOptions{threads, {}}, batch,
          [&](std::size_t d) {
            auto own = tag_document(corpus.documents[d], TagOptions{});
            return corpus.documents[d].id + "\n" + ids(report_events(corpus.documents[d], d, own).mentions);
          },
          [&](std::size_t d, std::string&& text) {
            CHECK(d == rendered.size());
            rendered.push_back(std::move(text));
          });
      REQUIRE(rendered.size() == whole.size());
      for (std::size_t d = 0; d < whole.size(); ++d) CHECK(rendered[d] == corpus.documents[d].id + "\n" + whole[d]);
    }
}

TEST_CASE("records of shards merge into exactly the timeline of the files, DCT inference included") {
  const std::string story = (source_dir() / "corpus").string();
  Analysis direct = analyze(load_corpus({story}, {}), TagOptions{});
  REQUIRE(!direct.timeline.events.empty());
  bool inferred = false;
  for (const auto& d : direct.corpus.documents) inferred |= d.dct_source == DctSource::inferred;
  CHECK(inferred);  // the corpus has undated reports: the merge must infer them over all shards
  for (std::size_t shards : {1, 3, 7}) {
    CAPTURE(shards);
    RecordSet set;
    std::size_t skipped_records = 0;
    for (std::size_t k = 0; k < shards; ++k) {
      LoadOptions load;
      load.shard = k, load.shards = shards;
      std::string records = extract_records({story}, load, 2);
      std::istringstream in(records);
      read_records(in, "shard" + std::to_string(k), set);
      skipped_records += load_corpus({story}, load).skipped.size();
    }
    CHECK(set.reports.size() == direct.corpus.documents.size());
    CHECK(set.skipped.size() == skipped_records);
    MergedCorpus merged = merge_records(std::move(set), TagOptions{}, RunOptions{2, {}});
    if (shards == 1) CHECK(merged.retagged == 0);  // one shard: every stored expression is reused
    CHECK(merged.reused + merged.retagged == direct.corpus.documents.size());
    Analysis a = analyze_tagged(std::move(merged.corpus), std::move(merged.timexes));
    CHECK(timeline_bytes(a) == timeline_bytes(direct));
    CHECK(corpus_to_json(a.corpus).dump() == corpus_to_json(direct.corpus).dump());
  }
}

TEST_CASE("stored expressions are used only while their fingerprint matches") {
  Corpus corpus = load_corpus({(source_dir() / "corpus" / "01-geneva-talks").string()}, {});
  REQUIRE(!corpus.documents.empty());
  Document doc = corpus.documents[0];
  std::string base = tagging_fingerprint(doc, TagOptions{});
  CHECK(base == tagging_fingerprint(doc, TagOptions{}));
  TagOptions future;
  future.prefer = Prefer::future;
  CHECK(tagging_fingerprint(doc, future) != base);
  Document other = doc;
  other.dct = parse_iso_time("2001-01-01");
  CHECK(tagging_fingerprint(other, TagOptions{}) != base);
  other = doc;
  other.versions[0].sentences.pop_back();
  CHECK(tagging_fingerprint(other, TagOptions{}) != base);
}

TEST_CASE("a malformed record is rejected naming the file and line") {
  const std::string good = extract_records({(source_dir() / "corpus" / "01-geneva-talks").string()}, {}, 1);
  auto first_newline = good.find('\n');
  REQUIRE(first_newline != std::string::npos);
  const std::string line1 = good.substr(0, first_newline + 1);
  CHECK(read_error(line1) == "");
  CHECK(read_error(line1 + "{\"document\": \n").starts_with("shard.jsonl:2: not a JSON record"));
  CHECK(read_error(line1 + "[1, 2]\n") == "shard.jsonl:2: a record must be a JSON object");
  CHECK(read_error("{\"document\": {}}\n").find("shard.jsonl:1 (a report record): missing \"extraction\"") == 0);
  CHECK(read_error("\n{\"skipped\": {\"path\": 3}}\n") == "shard.jsonl:2: \"path\" must be a string");
  std::string wrong_version = line1;
  auto at = wrong_version.find("\"record_version\":1");
  REQUIRE(at != std::string::npos);
  wrong_version.replace(at, 18, "\"record_version\":99");
  CHECK(read_error(wrong_version).starts_with("shard.jsonl:1: record version is not 1"));
  std::string outside = line1;
  at = outside.find("\"begin\":");
  auto timexes = outside.find("\"timexes\":[[{\"begin\":");
  REQUIRE(timexes != std::string::npos);
  at = timexes + std::string("\"timexes\":[[{\"begin\":").size();
  outside.insert(at, "99999999");
  CHECK(read_error(outside) == "shard.jsonl:1: a time expression's span lies outside the document");
}

TEST_CASE("CLI: build, tag and extract print the same bytes for --threads 1, 2 and 4 and across two runs") {
  std::vector<std::string> folders = {(source_dir() / "corpus").string()};
  if (auto seeds = seeds_dir(); !seeds.empty()) folders.push_back(seeds.string());
  for (const auto& folder : folders) {
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"build", "--format", "json"}, {"build", "--format", "text"}, {"tag", "--format", "json"}, {"extract"}}) {
      CAPTURE(folder);
      CAPTURE(command[0]);
      auto with = [&](const std::string& threads) {
        auto args = command;
        args.insert(args.end(), {"--threads", threads, folder});
        return run_timeline(args);
      };
      CliResult first = with("1");
      REQUIRE(first.exit_code == 0);
      CHECK(first.out.size() > 100);
      CHECK(first.err.find('\r') == std::string::npos);  // no progress bar when standard error is not a terminal
      for (const char* threads : {"1", "2", "4"}) {
        CliResult again = with(threads);
        CHECK(again.exit_code == 0);
        CHECK(again.out == first.out);
      }
    }
  }
}

TEST_CASE("CLI: tag --format json, written a report at a time, is one JSON document indented as one dump of it") {
  TempDir tmp;
  write_bytes(tmp.path / "a.txt", "The talks began on Friday, 9 September 2016, in Geneva.\n");
  write_bytes(tmp.path / "b.txt", "Ministers met again two days later.\n");
  write_bytes(tmp.path / "notes.md", "an annotation, not a report\n");
  write_bytes(tmp.path / "bad.txt", std::string("\xff\xfe not text\n"));
  std::vector<std::vector<std::string>> runs = {{"tag", "--format", "json", (source_dir() / "corpus").string()},
                                                {"tag", "--format", "json", "--threads", "2", tmp.path.string()},
                                                {"tag", "--format", "json", (tmp.path / "missing.txt").string()}};
  for (const auto& args : runs) {
    CAPTURE(args.back());
    CliResult r = run_timeline(args);
    auto parsed = nlohmann::ordered_json::parse(r.out);
    CHECK(r.out == parsed.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
    CHECK(parsed.contains("documents"));
    CHECK(parsed.contains("skipped"));
  }
  auto two = nlohmann::json::parse(run_timeline(runs[1]).out);
  CHECK(two["documents"].size() == 2);
  CHECK(two["skipped"].size() == 2);
  auto none = nlohmann::json::parse(run_timeline(runs[2]).out);
  CHECK(none["documents"].empty());
}

TEST_CASE("CLI: tag and extract print the same bytes when they read the files twice, a batch at a time (--hold-mib 0)") {
  std::vector<std::string> folders = {(source_dir() / "corpus").string()};
  if (auto seeds = seeds_dir(); !seeds.empty()) folders.push_back(seeds.string());
  for (const auto& folder : folders)
    for (const std::vector<std::string>& command : {std::vector<std::string>{"tag", "--format", "json"}, {"tag", "--format", "jsonl"}, {"extract"}}) {
      CAPTURE(folder);
      CAPTURE(command[0]);
      auto held_args = command, streamed_args = command;
      held_args.push_back(folder);
      streamed_args.insert(streamed_args.end(), {"--hold-mib", "0", folder});
      CliResult held = run_timeline(held_args), streamed = run_timeline(streamed_args);
      CHECK(held.exit_code == 0);
      CHECK(streamed.exit_code == 0);
      CHECK(held.out.size() > 100);
      CHECK(streamed.out == held.out);
    }
}

TEST_CASE("CLI: build --from-records gives the bytes of build on the files, for every story and format") {
  TempDir tmp;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "corpus")) {
    if (!entry.is_directory()) continue;
    const std::string story = entry.path().string();
    CAPTURE(story);
    std::vector<std::string> record_args;
    for (int k = 0; k < 2; ++k) {
      auto file = (tmp.path / (entry.path().filename().string() + std::to_string(k) + ".jsonl")).string();
      CliResult extract = run_timeline({"extract", "--shard", std::to_string(k) + "/2", "--out", file, story});
      CHECK(extract.exit_code <= 1);
      record_args.insert(record_args.end(), {"--from-records", file});
    }
    for (const char* format : {"text", "json", "dot"}) {
      CAPTURE(format);
      CliResult direct = run_timeline({"build", "--format", format, story});
      auto args = record_args;
      args.insert(args.begin(), {"build", "--format", format});
      CliResult merged = run_timeline(args);
      CHECK(merged.exit_code == direct.exit_code);
      CHECK(merged.out == direct.out);
    }
  }
}

TEST_CASE("CLI: records from standard input, and bad records and bad option combinations are clear errors") {
  const std::string story = (source_dir() / "corpus" / "02-akita-earthquake").string();
  TempDir tmp;
  auto records = (tmp.path / "r.jsonl").string();
  REQUIRE(run_timeline({"extract", "--out", records, story}).exit_code == 0);
  auto piped = [](const std::string& from) {
    std::string cmd = shell_quote(TIMELINE_BINARY) + " build --format json --from-records - < " + shell_quote(from) + " 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(cmd.c_str(), "r"), ::pclose);
    std::string out;
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe.get())) > 0;) out.append(buf, n);
    return out;
  };
  CHECK(piped("/dev/null").find("\"events\": []") != std::string::npos);  // no records: an empty timeline
  std::string out = piped(records);
  CHECK(out == run_timeline({"build", "--format", "json", story}).out);

  auto bad = (tmp.path / "bad.jsonl").string();
  write_bytes(bad, read_bytes(records) + "not json\n");
  CliResult rejected = run_timeline({"build", "--from-records", bad});
  CHECK(rejected.exit_code == 1);
  const std::string good = read_bytes(records);
  const auto bad_line = std::count(good.begin(), good.end(), '\n') + 1;
  CHECK(rejected.err.find(bad + ":" + std::to_string(bad_line) + ": not a JSON record") != std::string::npos);
  CHECK(run_timeline({"build"}).exit_code == 2);
  CHECK(run_timeline({"build", "--from-records", records, story}).exit_code == 2);
  CHECK(run_timeline({"build", "--from-records", records, "--dct", "2016-01-01"}).exit_code == 2);
  CliResult shard = run_timeline({"extract", "--shard", "2/2", story});
  CHECK(shard.exit_code == 2);
  CHECK(shard.err.find("--shard: expected K/N") != std::string::npos);
}
