// The sentence pre-filter (parsers/time_prefilter.hpp) must never change what the tagger finds:
// on every sentence of the sample corpus, the seeds, the BBC news and TBAQ, find_times with and
// without it gives the same expressions.
#include <doctest/doctest.h>

#include "test_support.hpp"
#include "time_prefilter.hpp"
#include "time_tagger.hpp"

namespace timeline {
namespace {

struct Count {
  std::size_t sentences = 0, ruled_out = 0;
};

void check_same(const std::filesystem::path& dir, Count& count) {
  Corpus corpus = load_corpus({dir.string()}, {});
  TagOptions with, without;
  without.prefilter = false;
  for (const auto& doc : corpus.documents)
    for (const auto& v : doc.versions)
      for (const auto& s : v.sentences) {
        ++count.sentences;
        auto text = std::string_view(doc.bytes).substr(s.span.begin, s.span.size());
        bool pass = may_hold_time(text);
        count.ruled_out += !pass;
        auto full = find_times(doc.bytes, s.span, without);
        if (!pass && !full.empty()) {
          INFO(doc.path << ": " << text);
          FAIL("the pre-filter ruled out a sentence holding '" << doc.bytes.substr(full[0].span.begin, full[0].span.size()) << "' ("
                                                                 << full[0].rule << ")");
        }
        auto fast = find_times(doc.bytes, s.span, with);
        REQUIRE(fast.size() == full.size());
        for (std::size_t k = 0; k < fast.size(); ++k) {
          CHECK(fast[k].span.begin == full[k].span.begin);
          CHECK(fast[k].span.end == full[k].span.end);
          CHECK(fast[k].rule == full[k].rule);
        }
      }
}

}  // namespace

TEST_CASE("the pre-filter rules out sentences without time words and keeps the others") {
  CHECK(time_prefilter_active());
  CHECK(may_hold_time("The talks resumed on Friday."));
  CHECK(may_hold_time("They met in 2016."));
  CHECK(may_hold_time("A FIVE-HOUR wait ended."));
  CHECK(may_hold_time("He left the day before."));
  CHECK_FALSE(may_hold_time("Prices rose sharply as investors sold shares."));
  CHECK_FALSE(may_hold_time("The minister said talks would continue."));
  CHECK_FALSE(may_hold_time(""));
  // Letters glued to other characters are still seen: "(Monday)" and "Monday's".
  CHECK(may_hold_time("(Monday)"));
  CHECK(may_hold_time("Monday's vote"));
  // A number alone is no key: "Q3" is keyed on its letters, so "500 staff" is ruled out.
  CHECK(may_hold_time("The launch is planned for Q3."));
  CHECK_FALSE(may_hold_time("The firm cut 500 staff and 12 stores."));
}

TEST_CASE("the pre-filter never changes what the tagger finds") {
  Count count;
  check_same(test::source_dir() / "corpus", count);
  for (const char* sub : {"seeds", "corpora/news/bbc", "corpora/tbaq"}) {
    auto dir = test::shared_dir() / sub;
    if (std::filesystem::is_directory(dir)) check_same(dir, count);
    else MESSAGE("skipped: " << dir.string() << " is absent");
  }
  MESSAGE(count.ruled_out << " of " << count.sentences << " sentences ruled out");
  CHECK(count.ruled_out > 0);
}

}  // namespace timeline
