#include <doctest/doctest.h>

#include <sstream>

#include "tempeval.hpp"
#include "test_support.hpp"

using namespace timeline;

namespace {

// "On Monday and Tuesday we met last week."
const std::vector<TimexMention> kGold = {
    {{3, 9}, "DATE", "2016-09-05"},
    {{14, 21}, "DATE", "2016-09-06"},
    {{29, 38}, "DATE", "2016-W35"},
};

void check_prf(const Prf& x, double p, double r, double f) {
  CHECK(x.precision == doctest::Approx(p));
  CHECK(x.recall == doctest::Approx(r));
  CHECK(x.f1 == doctest::Approx(f));
}

std::string tml(const std::string& text) {
  return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>d</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2016-09-09\" "
         "functionInDocument=\"CREATION_TIME\">2016-09-09</TIMEX3></DCT>\n<TEXT>" +
         text + "</TEXT>\n</TimeML>\n";
}

}  // namespace

TEST_CASE("gold against itself scores 1 on every measure") {
  auto c = compare_timexes(kGold, kGold);
  CHECK(c == TimexCounts{3, 3, 3, 3, 3, 3});
  auto x = tempeval_scores(c);
  check_prf(x.strict, 1, 1, 1);
  check_prf(x.relaxed, 1, 1, 1);
  check_prf(x.type, 1, 1, 1);
  check_prf(x.value, 1, 1, 1);
  CHECK(x.type_accuracy == 1);
  CHECK(x.value_accuracy == 1);
}

TEST_CASE("one value changed: extents and type stay perfect, value accuracy and F1 drop to 2/3") {
  auto system = kGold;
  system[1].value = "2016-09-13";
  auto c = compare_timexes(kGold, system);
  CHECK(c == TimexCounts{3, 3, 3, 3, 3, 2});
  auto x = tempeval_scores(c);
  check_prf(x.strict, 1, 1, 1);
  check_prf(x.type, 1, 1, 1);
  CHECK(x.value_accuracy == doctest::Approx(2.0 / 3));
  check_prf(x.value, 2.0 / 3, 2.0 / 3, 2.0 / 3);
}

TEST_CASE("one span shifted: strict drops to 2/3, relaxed and attributes stay perfect") {
  auto system = kGold;
  system[2].span = {34, 38};  // "week" instead of "last week"
  auto c = compare_timexes(kGold, system);
  CHECK(c == TimexCounts{3, 3, 2, 3, 3, 3});
  auto x = tempeval_scores(c);
  check_prf(x.strict, 2.0 / 3, 2.0 / 3, 2.0 / 3);
  check_prf(x.relaxed, 1, 1, 1);
  check_prf(x.value, 1, 1, 1);
}

TEST_CASE("one expression missing: precision 1, recall 2/3, F1 0.8 on every measure") {
  auto system = kGold;
  system.erase(system.begin() + 1);
  auto c = compare_timexes(kGold, system);
  CHECK(c == TimexCounts{3, 2, 2, 2, 2, 2});
  auto x = tempeval_scores(c);
  check_prf(x.strict, 1, 2.0 / 3, 0.8);
  check_prf(x.relaxed, 1, 2.0 / 3, 0.8);
  check_prf(x.type, 1, 2.0 / 3, 0.8);
  check_prf(x.value, 1, 2.0 / 3, 0.8);
}

TEST_CASE("the three documents above micro-averaged") {
  auto changed = kGold, shifted = kGold, missing = kGold;
  changed[1].value = "2016-09-13";
  shifted[2].span = {34, 38};
  missing.erase(missing.begin() + 1);
  TimexCounts total;
  total += compare_timexes(kGold, changed);
  total += compare_timexes(kGold, shifted);
  total += compare_timexes(kGold, missing);
  CHECK(total == TimexCounts{9, 8, 7, 8, 8, 7});
  auto x = tempeval_scores(total);
  check_prf(x.strict, 7.0 / 8, 7.0 / 9, 14.0 / 17);
  check_prf(x.relaxed, 1, 8.0 / 9, 16.0 / 17);
  CHECK(x.value_accuracy == doctest::Approx(7.0 / 8));
  check_prf(x.value, 7.0 / 8, 7.0 / 9, 14.0 / 17);  // relaxed x 7/8
  check_prf(x.type, 1, 8.0 / 9, 16.0 / 17);
}

TEST_CASE("relaxed matching is one-to-one and maximum, attributes are compared trimmed") {
  // One system span over two gold spans matches one of them.
  auto c = compare_timexes({{{0, 5}, "DATE", "a"}, {{6, 10}, "DATE", "b"}}, {{{0, 10}, "DATE", "a"}});
  CHECK(c == TimexCounts{2, 1, 0, 1, 1, 1});
  // Two system spans inside one gold span: one matches.
  c = compare_timexes({{{0, 10}, "DATE", "a"}}, {{{0, 4}, "DATE", "a"}, {{5, 10}, "DATE", "a"}});
  CHECK(c == TimexCounts{1, 2, 0, 1, 1, 1});
  // X overlaps both gold spans, Y only the first: both gold spans get a partner.
  c = compare_timexes({{{0, 5}, "DATE", "a"}, {{4, 10}, "TIME", "b"}}, {{{3, 6}, "DATE", "b"}, {{0, 2}, "DATE", "a"}});
  CHECK(c == TimexCounts{2, 2, 0, 2, 1, 2});
  // No overlap at all: touching spans do not match.
  c = compare_timexes({{{0, 5}, "DATE", "a"}}, {{{5, 9}, "DATE", "a"}});
  CHECK(c == TimexCounts{1, 1, 0, 0, 0, 0});
  c = compare_timexes({{{0, 5}, " DATE", "2016 "}}, {{{0, 5}, "DATE\n", " 2016"}});
  CHECK(c == TimexCounts{1, 1, 1, 1, 1, 1});
  // Nothing to compare: every measure is 0, not NaN.
  auto x = tempeval_scores(compare_timexes({}, {}));
  check_prf(x.strict, 0, 0, 0);
  check_prf(x.value, 0, 0, 0);
}

TEST_CASE("timex_mentions takes TIMEX3 annotations and Timex lists alike, without the DCT") {
  Document doc;
  doc.annotations = {{"TIMEX3", {0, 4}, {{"tid", "t0"}, {"type", "DATE"}, {"functionInDocument", "CREATION_TIME"}}},
                     {"EVENT", {5, 8}, {{"eid", "e1"}}},
                     {"TIMEX3", {9, 15}, {{"tid", "t1"}, {"type", "DATE"}, {"value", "2016-09-09"}}}};
  auto m = timex_mentions(doc);
  REQUIRE(m.size() == 1);
  CHECK(m[0].span == Span{9, 15});
  CHECK(m[0].value == "2016-09-09");
  Timex t;
  t.span = {9, 15};
  t.type = TimexType::duration;
  t.value = "P1D";
  auto n = timex_mentions(std::vector<Timex>{t});
  REQUIRE(n.size() == 1);
  CHECK(n[0].type == "DURATION");
}

TEST_CASE("folders are paired by file name, a gold file with no system file counts as all missed") {
  test::TempDir tmp;
  auto gold = tmp.path / "gold", system = tmp.path / "system";
  const std::string a = "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2016-09-05\">Monday</TIMEX3> we met.";
  test::write_bytes(gold / "sub" / "a.tml", tml(a));
  test::write_bytes(gold / "b.tml", tml("It lasted <TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P2D\">two days</TIMEX3>."));
  test::write_bytes(gold / "c.tml", tml("In <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2015\">2015</TIMEX3>."));
  test::write_bytes(gold / "notes.txt", "not TimeML");
  test::write_bytes(system / "a.tml", tml("On <TIMEX3 tid=\"t9\" type=\"DATE\" value=\"2016-09-12\">Monday</TIMEX3> we met."));
  test::write_bytes(system / "c.tml", tml("In 2015 and more."));  // another text: cannot be aligned
  test::write_bytes(system / "z.tml", tml("Extra."));
  auto r = evaluate_timeml_folders(gold.string(), system.string());
  REQUIRE(r.documents.size() == 3);
  CHECK(r.documents[0].id == "a.tml");
  CHECK(r.documents[0].counts == TimexCounts{1, 1, 1, 1, 1, 0});
  CHECK(r.documents[1].note == "no system file");
  CHECK(r.documents[2].note == "system text differs from the gold text");
  CHECK(r.total == TimexCounts{3, 1, 1, 1, 1, 0});
  CHECK(r.missing_system == std::vector<std::string>{"b.tml", "c.tml"});
  CHECK(r.extra_system == std::vector<std::string>{(system / "z.tml").string()});
  CHECK(r.unreadable.empty());

  std::ostringstream text;
  print_tempeval_text(r, text);
  CHECK(text.str().find("strict extent       1.0000    0.3333    0.5000") != std::string::npos);
  CHECK(text.str().find("value               0.0000    0.0000    0.0000    0.0000         0") != std::string::npos);
  CHECK(text.str().find("missed: b.tml (no system file)") != std::string::npos);
  auto j = tempeval_to_json(r);
  CHECK(j["relaxed"]["recall"].get<double>() == doctest::Approx(1.0 / 3));
  CHECK(j["counts"]["gold"] == 3);
  CHECK(j["per_document"][1]["note"] == "no system file");

  // Gold against itself.
  auto same = evaluate_timeml_folders(gold.string(), gold.string());
  CHECK(same.total == TimexCounts{3, 3, 3, 3, 3, 3});
  CHECK(same.missing_system.empty());
}

TEST_CASE("TBAQ gold against itself scores 1, against an empty system 0") {
  auto dir = test::shared_dir() / "corpora" / "tbaq";
  if (!std::filesystem::is_directory(dir)) {
    MESSAGE("skipped: ../shared/corpora/tbaq is absent");
    return;
  }
  auto r = evaluate_timeml_folders(dir.string(), dir.string());
  CHECK(r.documents.size() == 256);
  CHECK(r.total == TimexCounts{1822, 1822, 1822, 1822, 1822, 1822});
  test::TempDir empty;
  auto none = evaluate_timeml_folders(dir.string(), empty.path.string());
  CHECK(none.missing_system.size() == 256);
  CHECK(tempeval_scores(none.total).relaxed.recall == 0);
}
