#include <doctest/doctest.h>

#include <filesystem>

#include "test_support.hpp"
#include "timeml_reader.hpp"
#include "timeml_writer.hpp"

using namespace timeline;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> tbaq_files() {
  auto dir = test::shared_dir() / "corpora" / "tbaq";
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) {
    MESSAGE("skipped: ../shared/corpora/tbaq is absent (" << dir.string() << ")");
    return files;
  }
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.path().extension() == ".tml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

Document read(const std::string& bytes) {
  std::string error;
  auto doc = read_timeml("x.tml", "x.tml", bytes, &error);
  REQUIRE_MESSAGE(doc.has_value(), error);
  return *doc;
}

bool creation_time(const Annotation& a) { return a.attribute("functionInDocument") == "CREATION_TIME"; }

TimexType type_of(std::string_view s) {
  if (s == "TIME") return TimexType::time;
  if (s == "DURATION") return TimexType::duration;
  if (s == "SET") return TimexType::set;
  return TimexType::date;
}

Timex make_timex(std::size_t b, std::size_t e, std::string value, std::string anchor = "") {
  Timex t;
  t.span = {b, e};
  t.value = std::move(value);
  t.anchor = std::move(anchor);
  return t;
}

const std::string kHead =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" temporalFunction=\"false\" "
    "functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n<TEXT>";
const std::string kTail = "</TEXT>\n<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>\n</TimeML>\n";

}  // namespace

TEST_CASE("writing each TBAQ file's gold TIMEX3 tags back into it reproduces the file byte for byte") {
  std::size_t files = 0, timexes = 0, irregular = 0, identical = 0;
  for (const auto& path : tbaq_files()) {
    CAPTURE(path.string());
    const std::string original = test::read_bytes(path);
    Document doc = read(original);
    std::vector<TimexTag> tags;
    for (const auto& a : doc.annotations)
      if (a.tag == "TIMEX3" && !creation_time(a)) tags.push_back({a.span, a.attributes});
    timexes += tags.size();
    std::string error;
    auto out = write_timeml(doc, original, tags, TimemlWriteOptions{}, &error);
    REQUIRE_MESSAGE(out.has_value(), error);
    CHECK(out->warnings.empty());
    // Tags are written as <TIMEX3 k="v" ...>; one gold tag in the corpus has a space before its '>'.
    std::string expected = original;
    for (auto at = expected.find("\" >", expected.find("<TEXT>")); at != std::string::npos; at = expected.find("\" >", at))
      expected.erase(at + 1, 1), ++irregular;
    CHECK(out->bytes == expected);
    if (out->bytes == original) ++identical;
    ++files;
  }
  if (files) {
    CHECK(files == 256);
    CHECK(timexes == 1822);  // the counts in ../shared/corpora/tbaq/README.md
    CHECK(irregular == 1);   // AQUAINT/XIE19981203.0008.tml: temporalFunction="false" >
    CHECK(identical == files - 1);
  }
}

TEST_CASE("gold TIMEX3 written from Timex values read back as the same spans, types and values") {
  for (const auto& path : tbaq_files()) {
    CAPTURE(path.string());
    const std::string original = test::read_bytes(path);
    Document doc = read(original);
    const std::string dct_tid = find_dct_tid(original).value_or("");
    REQUIRE_FALSE(dct_tid.empty());
    std::vector<Timex> timexes;
    std::vector<Annotation> gold, others;
    for (const auto& a : doc.annotations) {
      if (a.tag != "TIMEX3") {
        others.push_back(a);
        continue;
      }
      if (creation_time(a)) continue;
      gold.push_back(a);
      Timex t;
      t.span = a.span;
      t.type = type_of(a.attribute("type"));
      t.value = std::string(a.attribute("value"));
      t.mod = std::string(a.attribute("mod"));
      if (a.attribute("anchorTimeID") == dct_tid) t.anchor = "dct";
      timexes.push_back(std::move(t));
    }
    std::string error;
    auto out = write_timeml(doc, original, timexes, TimemlWriteOptions{}, &error);
    REQUIRE_MESSAGE(out.has_value(), error);
    CHECK(out->warnings.empty());
    Document back = read(out->bytes);
    CHECK(back.bytes == doc.bytes);
    std::vector<Annotation> got, got_others;
    for (const auto& a : back.annotations) (a.tag == "TIMEX3" ? got : got_others).push_back(a);
    REQUIRE(got.size() == gold.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i].span == gold[i].span);
      CHECK(got[i].attribute("type") == gold[i].attribute("type"));
      CHECK(got[i].attribute("value") == gold[i].attribute("value"));
      CHECK(got[i].attribute("mod") == gold[i].attribute("mod"));
      CHECK((got[i].attribute("anchorTimeID") == dct_tid) == (gold[i].attribute("anchorTimeID") == dct_tid));
    }
    REQUIRE(got_others.size() == others.size());
    for (std::size_t i = 0; i < others.size(); ++i) {
      CHECK(got_others[i].span == others[i].span);
      CHECK(got_others[i].attributes == others[i].attributes);
    }
    // Outside <TEXT> nothing changes.
    auto text_open = original.find("<TEXT>");
    CHECK(out->bytes.substr(0, text_open) == original.substr(0, text_open));
    auto tail = original.substr(original.rfind("</TEXT>"));
    CHECK(out->bytes.ends_with(tail));
  }
}

TEST_CASE("existing TIMEX3 are replaced by the new ones, which get fresh tids and the DCT's tid as anchor") {
  const std::string file = kHead + "\nOn <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3> it <EVENT eid=\"e1\">fell</EVENT>.\n" + kTail;
  Document doc = read(file);
  REQUIRE(doc.bytes == "\nOn Wednesday it fell.\n");
  std::string error;
  auto out = write_timeml(doc, file, std::vector<Timex>{make_timex(4, 13, "1998-01-07", "dct")}, TimemlWriteOptions{}, &error);
  REQUIRE(out);
  CHECK(out->bytes == kHead +
                          "\nOn <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\" temporalFunction=\"true\" "
                          "functionInDocument=\"NONE\" anchorTimeID=\"t0\">Wednesday</TIMEX3> it <EVENT eid=\"e1\">fell</EVENT>.\n" +
                          kTail);
  // Empty (non-consuming) gold TIMEX3 go as well; comments stay.
  const std::string empty_tag = kHead + "A<TIMEX3 tid=\"t9\" type=\"DURATION\" value=\"P1D\"/><!-- c -->B" + kTail;
  out = write_timeml(read(empty_tag), empty_tag, std::vector<Timex>{}, TimemlWriteOptions{}, &error);
  REQUIRE(out);
  CHECK(out->bytes == kHead + "A<!-- c -->B" + kTail);
  // With nothing to write the gold TIMEX3 is simply removed.
  out = write_timeml(doc, file, std::vector<Timex>{}, TimemlWriteOptions{}, &error);
  REQUIRE(out);
  CHECK(out->bytes == kHead + "\nOn Wednesday it <EVENT eid=\"e1\">fell</EVENT>.\n" + kTail);
}

TEST_CASE("keeping existing TIMEX3: new tags overlapping them are dropped and new tids avoid theirs") {
  const std::string file = kHead + "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3> and Friday." + kTail;
  Document doc = read(file);
  TimemlWriteOptions keep;
  keep.strip_existing = false;
  std::string error;
  Timex mod = make_timex(17, 23, "1998-01-09");
  mod.mod = "APPROX";
  auto out = write_timeml(doc, file, std::vector<Timex>{make_timex(3, 12, "1998-01-07"), mod}, keep, &error);
  REQUIRE(out);
  CHECK(out->warnings.size() == 1);
  CHECK(out->bytes == kHead +
                          "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3> and <TIMEX3 tid=\"t3\" "
                          "type=\"DATE\" value=\"1998-01-09\" mod=\"APPROX\" temporalFunction=\"false\" functionInDocument=\"NONE\">"
                          "Friday</TIMEX3>." +
                          kTail);
}

TEST_CASE("a new tag never crosses an existing one: it is trimmed, or dropped when nothing is left") {
  // "late <EVENT>Friday night</EVENT>": a timex "late Friday" crosses the EVENT.
  const std::string file = kHead + "late <EVENT eid=\"e1\">Friday night</EVENT> x" + kTail;
  Document doc = read(file);
  REQUIRE(doc.bytes == "late Friday night x");
  std::string error;
  auto out = write_timeml(doc, file, std::vector<Timex>{make_timex(0, 11, "XXXX")}, TimemlWriteOptions{}, &error);
  REQUIRE(out);
  REQUIRE(out->warnings.size() == 1);
  CHECK(out->warnings[0].starts_with("trimmed"));
  CHECK(out->bytes.find("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"XXXX\" temporalFunction=\"false\" functionInDocument=\"NONE\">"
                        "late</TIMEX3> <EVENT eid=\"e1\">Friday night</EVENT> x") != std::string::npos);
  // "night x" starts inside the EVENT and ends after it: the part after the EVENT is " x" -> "x".
  out = write_timeml(doc, file, std::vector<Timex>{make_timex(12, 19, "XXXX")}, TimemlWriteOptions{}, &error);
  REQUIRE(out);
  CHECK(out->bytes.find("</EVENT> <TIMEX3") != std::string::npos);
  CHECK(out->bytes.find("\">x</TIMEX3></TEXT>") != std::string::npos);
  // Inside and around the EVENT is fine, with the same span too: the TIMEX3 goes outside.
  out = write_timeml(doc, file, std::vector<Timex>{make_timex(5, 17, "XXXX")}, TimemlWriteOptions{}, &error);
  REQUIRE(out);
  CHECK(out->warnings.empty());
  CHECK(out->bytes.find("late <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"XXXX\" temporalFunction=\"false\" functionInDocument=\"NONE\">"
                        "<EVENT eid=\"e1\">Friday night</EVENT></TIMEX3> x") != std::string::npos);
  out = write_timeml(doc, file, std::vector<Timex>{make_timex(5, 11, "XXXX"), make_timex(8, 15, "YYYY"), make_timex(17, 17, "ZZZZ")}, TimemlWriteOptions{}, &error);
  REQUIRE(out);
  CHECK(out->warnings.size() == 2);  // the overlapping one and the empty one
  CHECK(out->bytes.find("<EVENT eid=\"e1\"><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"XXXX\" temporalFunction=\"false\" "
                        "functionInDocument=\"NONE\">Friday</TIMEX3> night</EVENT>") != std::string::npos);
  // Adjacent expressions close before the next one opens.
  out = write_timeml(doc, file, std::vector<Timex>{make_timex(0, 4, "A"), make_timex(4, 5, "B")}, TimemlWriteOptions{}, &error);
  REQUIRE(out);
  CHECK(out->bytes.find(">late</TIMEX3><TIMEX3 tid=\"t2\"") != std::string::npos);
  CHECK(read(out->bytes).bytes == doc.bytes);
}

TEST_CASE("write_timeml refuses a document that was not read from the file") {
  const std::string file = kHead + "Monday" + kTail;
  Document doc = read(file);
  std::string error;
  CHECK_FALSE(write_timeml(doc, kHead + "Tuesday" + kTail, std::vector<Timex>{}, TimemlWriteOptions{}, &error));
  CHECK(error == "the document's text does not match the file");
  Document plain;
  plain.bytes = "Monday";
  CHECK_FALSE(write_timeml(plain, file, std::vector<Timex>{}, TimemlWriteOptions{}, &error));
}

TEST_CASE("a plain document becomes TimeML with its DCT, its text escaped and the timexes tagged") {
  Document doc;
  doc.id = "a&b.txt";
  doc.bytes = "Q3 <results> on Friday & \"later\"\r\n";
  doc.dct = parse_iso_time("2016-09-09T21:00+01:00");
  Timex t = make_timex(16, 22, "2016-09-09", "dct");
  auto out = write_new_timeml(doc, {t});
  CHECK(out.warnings.empty());
  CHECK(out.bytes ==
        "<?xml version=\"1.0\" ?>\n"
        "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n"
        "<DOCID>a&amp;b.txt</DOCID>\n\n"
        "<DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"2016-09-09T21:00\" temporalFunction=\"false\" "
        "functionInDocument=\"CREATION_TIME\">2016-09-09T21:00</TIMEX3></DCT>\n\n"
        "<TEXT>Q3 &lt;results&gt; on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2016-09-09\" temporalFunction=\"true\" "
        "functionInDocument=\"NONE\" anchorTimeID=\"t0\">Friday</TIMEX3> &amp; \"later\"&#13;\n</TEXT>\n\n</TimeML>\n");
  // The result reads back with the same text and span.
  std::string error;
  auto back = read_timeml("x", "x", out.bytes, &error);
  REQUIRE(back);
  CHECK(back->dct == parse_iso_time("2016-09-09T21:00"));
  REQUIRE(back->annotations.size() == 1);
  CHECK(back->text(back->annotations[0].span) == "Friday");
}

TEST_CASE("xml_escape") {
  CHECK(xml_escape("a<b>&\"c\"") == "a&lt;b&gt;&amp;\"c\"");
  CHECK(xml_escape("a\"b", true) == "a&quot;b");
  CHECK(xml_escape(std::string("x\x01y\tz\n", 6)) == "x y\tz\n");
}

TEST_CASE("anchorTimeID names the tid written for the anchoring expression (Timex::anchor t<n>, resolution order)") {
  // Kept gold TIMEX3 t1 pushes the new tids to t2, t3: "t1" as an anchor means the first resolved
  // expression, whose tag is t2, not the gold t1.
  const std::string file = kHead + "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3> and Friday, that night." + kTail;
  Document doc = read(file);
  REQUIRE(doc.bytes == "On Wednesday and Friday, that night.");
  TimemlWriteOptions keep;
  keep.strip_existing = false;
  std::string error;
  auto out = write_timeml(doc, file, std::vector<Timex>{make_timex(17, 23, "1998-01-09", "dct"), make_timex(25, 35, "1998-01-09TNI", "t1")}, keep, &error);
  REQUIRE(out);
  CHECK(out->bytes.find("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-01-09\" temporalFunction=\"true\" functionInDocument=\"NONE\" "
                        "anchorTimeID=\"t0\">Friday</TIMEX3>") != std::string::npos);
  CHECK(out->bytes.find("<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"1998-01-09TNI\" temporalFunction=\"true\" functionInDocument=\"NONE\" "
                        "anchorTimeID=\"t2\">that night</TIMEX3>") != std::string::npos);

  // Resolution order is not text order: the anchor follows the expression, not its position.
  Document plain;
  plain.id = "p.txt";
  plain.bytes = "That night, it rained; on Friday it stopped.";
  plain.dct = parse_iso_time("1998-01-10");
  auto made = write_new_timeml(plain, {make_timex(26, 32, "1998-01-09", "dct"), make_timex(0, 10, "1998-01-09TNI", "t1")});
  CHECK(made.bytes.find("tid=\"t1\" type=\"DATE\" value=\"1998-01-09TNI\" temporalFunction=\"true\" functionInDocument=\"NONE\" "
                        "anchorTimeID=\"t2\">That night<") != std::string::npos);
  CHECK(made.bytes.find("tid=\"t2\" type=\"DATE\" value=\"1998-01-09\" temporalFunction=\"true\" functionInDocument=\"NONE\" "
                        "anchorTimeID=\"t0\">Friday<") != std::string::npos);

  // An anchor whose tag is dropped (it overlaps an earlier one) is left out rather than dangling.
  made = write_new_timeml(plain, {make_timex(0, 10, "1998-01-09TNI"), make_timex(5, 10, "1998-01-09TNI"), make_timex(26, 32, "X", "t2")});
  CHECK(made.warnings.size() == 1);
  CHECK(made.bytes.find("anchorTimeID") == std::string::npos);
  // Without a DCT there is no t0: "dct" anchors are left out.
  plain.dct.reset();
  made = write_new_timeml(plain, {make_timex(26, 32, "XXXX-WXX-5", "dct")});
  CHECK(made.bytes.find("anchorTimeID") == std::string::npos);
}
