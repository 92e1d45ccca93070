#include <doctest/doctest.h>

#include "corpus_loader.hpp"
#include "dct_inference.hpp"
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

TEST_CASE("a named weekday and a dated neighbour pin the day; stated sources are never overridden") {
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

TEST_CASE("without dated neighbours, a report's own latest date bounds it; with nothing, it stays unknown") {
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
