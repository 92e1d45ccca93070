#include <doctest/doctest.h>

#include "corpus_loader.hpp"
#include "dct_inference.hpp"
#include "extraction.hpp"
#include "test_support.hpp"

using namespace timeline;
using namespace timeline::test;

TEST_CASE("seeds: every report's publication date is 2016-09-09, given or inferred") {
  auto dir = seeds_dir();
  if (dir.empty()) return;
  Corpus c = load_corpus({dir.string()}, {});
  infer_publication_dates(c, {});
  for (const auto& d : c.documents) {
    CAPTURE(d.id);
    REQUIRE(d.dct.has_value());
    CHECK(d.dct->iso() == "2016-09-09");
    if (d.dct_source == DctSource::inferred) CHECK_FALSE(d.dct_evidence.empty());
  }
}

TEST_CASE("a named weekday and a dated neighbour pin the day, stated sources are never overridden") {
  TempDir dir;
  write_bytes(dir.path / "dated.txt", "URL: https://example.com/2024/03/14/talks\n\nTalks\n\nThe talks opened on Thursday.\n");
  write_bytes(dir.path / "undated.txt", "Talks end\n\nThe envoys left Geneva on Saturday after the talks collapsed late on Friday.\n");
  write_bytes(dir.path / "alone.txt", "Nothing dated\n\nIt rained.\n");
  Corpus c = load_corpus({dir.path.string()}, {});
  infer_publication_dates(c, {});
  for (const auto& d : c.documents) {
    CAPTURE(d.id);
    REQUIRE(d.dct.has_value());  // alone.txt: the folder's dated report still bounds it
  }
  const Document* undated = nullptr;
  for (const auto& d : c.documents)
    if (d.id == "undated.txt") undated = &d;
  REQUIRE(undated);
  CHECK(undated->dct->iso() == "2024-03-16");  // Saturday after Thursday 14 March
  CHECK(undated->dct_source == DctSource::inferred);
  // alone.txt says nothing of its own: it gets its story's date, and says it is unsure.
  CHECK(c.documents[0].id == "alone.txt");
  CHECK(c.documents[0].dct->iso() == "2024-03-14");
  CHECK(c.documents[0].dct_confidence < 0.5);
  CHECK(undated->dct_confidence > c.documents[0].dct_confidence);
}

TEST_CASE("without dated neighbours, a report's own latest date bounds it, with nothing, it stays unknown") {
  TempDir dir;
  write_bytes(dir.path / "a.txt", "Storm\n\nThe storm reached the coast on 2 November 2023 and weakened on Friday.\n");
  write_bytes(dir.path / "b.txt", "Quiet\n\nNothing happened.\n");
  Corpus c1 = load_corpus({(dir.path / "a.txt").string()}, {});
  infer_publication_dates(c1, {});
  REQUIRE(c1.documents[0].dct.has_value());
  CHECK(c1.documents[0].dct->iso() == "2023-11-03");  // the Friday after Thursday 2 November
  Corpus c2 = load_corpus({(dir.path / "b.txt").string()}, {});
  infer_publication_dates(c2, {});
  CHECK_FALSE(c2.documents[0].dct.has_value());
  CHECK(c2.documents[0].dct_source == DctSource::none);
}

TEST_CASE("the expressions found to infer a date are resolved, not found again: same result as tagging afresh") {
  // corpus/ (always present) has undated reports; their stage-1 results come from the inference.
  Corpus c = load_corpus({(source_dir() / "corpus").string()}, {});
  std::vector<FoundTimes> found;
  infer_publication_dates(c, {}, 1, &found);
  REQUIRE(found.size() == c.documents.size());
  std::size_t reused = 0;
  for (std::size_t d = 0; d < c.documents.size(); ++d) {
    // Only reports with no date of their own were read for evidence.
    if (c.documents[d].dct_source == DctSource::inferred) CHECK_FALSE(found[d].empty());
    reused += found[d].size();
  }
  CHECK(reused > 0);
  RunOptions run;
  CorpusTimexes fresh = tag_corpus(c, {}, run);
  CorpusTimexes resolved = tag_corpus(c, {}, run, {}, &found);
  REQUIRE(fresh.size() == resolved.size());
  for (std::size_t d = 0; d < fresh.size(); ++d) {
    CAPTURE(c.documents[d].id);
    REQUIRE(fresh[d].size() == resolved[d].size());
    for (std::size_t v = 0; v < fresh[d].size(); ++v) {
      REQUIRE(fresh[d][v].size() == resolved[d][v].size());
      for (std::size_t k = 0; k < fresh[d][v].size(); ++k) {
        CHECK(fresh[d][v][k].span.begin == resolved[d][v][k].span.begin);
        CHECK(fresh[d][v][k].value == resolved[d][v][k].value);
        CHECK(fresh[d][v][k].mod == resolved[d][v][k].mod);
      }
    }
  }
}

TEST_CASE("inferred publication dates are the same whatever the thread count") {
  // Three folders: one with a dated report, one without (its reports weigh every day around the
  // corpus's dated ones), reports with and without evidence of their own.
  TempDir dir;
  std::filesystem::create_directories(dir.path / "story-a");
  std::filesystem::create_directories(dir.path / "story-b");
  write_bytes(dir.path / "story-a" / "dated.txt", "URL: https://example.com/2024/03/14/talks\n\nTalks\n\nThe talks opened on Thursday.\n");
  write_bytes(dir.path / "story-a" / "later.txt", "Talks end\n\nThe envoys left on Saturday after the talks ended late on Friday.\n");
  write_bytes(dir.path / "story-a" / "plain.txt", "Talks\n\nIt rained.\n");
  write_bytes(dir.path / "dated-b.txt", "URL: https://example.com/2019/07/02/vote\n\nVote\n\nThe vote was held in 2019.\n");
  for (int k = 0; k < 12; ++k)
    write_bytes(dir.path / "story-b" / ("r" + std::to_string(k) + ".txt"),
                "Count\n\nThe count began on " + std::string(k % 2 ? "Monday" : "Tuesday") + " and ended on " +
                    std::to_string(1 + k) + " July 2019.\n");
  auto infer = [&](std::size_t threads) {
    Corpus c = load_corpus({dir.path.string()}, {});
    infer_publication_dates(c, {}, threads);
    std::vector<std::string> out;
    for (const auto& d : c.documents)
      out.push_back(d.id + " " + (d.dct ? d.dct->iso() : "-") + " " + std::to_string(d.dct_confidence) + " " + d.dct_evidence);
    return out;
  };
  auto one = infer(1);
  CHECK(one.size() == 16);
  for (const auto& line : one) CHECK(line.find(" - ") == std::string::npos);  // every report got a day
  CHECK(infer(2) == one);
  CHECK(infer(4) == one);
}

TEST_CASE("an event told 'yesterday' that a dated report of the story puts on a day dates the report the day after") {
  TempDir dir;
  write_bytes(dir.path / "wire.txt",
              "Published: 2023-06-13T17:10+01:00\n\nVerdict\n\n"
              "A former harbour master has been found guilty of selling berths at Porto Vell for cash. "
              "Tomas Reyes showed no emotion as the verdict was read out at 2.40pm on Tuesday.\n");
  write_bytes(dir.path / "weekly.txt",
              "Harbour master guilty\n\n"
              "Tomas Reyes was found guilty yesterday of selling berths at Porto Vell for cash, after the "
              "jury heard evidence for nine days.\n");
  write_bytes(dir.path / "other.txt",
              "Ferries\n\nThe ferry company said yesterday that the spring timetable will start in March.\n");
  for (std::size_t threads : {1, 2}) {
    Corpus c = load_corpus({dir.path.string()}, {});
    infer_publication_dates(c, {}, threads);
    for (const auto& d : c.documents) {
      CAPTURE(d.id);
      REQUIRE(d.dct.has_value());
      // Was 2023-06-13, the dated report's own day: the verdict was on Tuesday the 13th.
      if (d.id == "weekly.txt") CHECK(d.dct->iso() == "2023-06-14");
      // A "yesterday" that tells of nothing the dated report tells stays with the story's day.
      if (d.id == "other.txt") CHECK(d.dct->iso() == "2023-06-13");
    }
  }
}
