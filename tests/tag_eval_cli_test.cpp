// The `tag` and `eval` commands, run as the built binary, and the JSON shapes they print. The time
// tagger may or may not be linked in (a weak fallback finds nothing), so assertions on the binary's
// output hold either way; exact records with time expressions are checked on the formatters.
#include <doctest/doctest.h>

#include <sstream>
#include <sys/wait.h>

#include <nlohmann/json.hpp>

#include "plain_reader.hpp"
#include "tag_output.hpp"
#include "test_support.hpp"
#include "timeml_reader.hpp"
#include "timeml_writer.hpp"

using namespace timeline;
namespace fs = std::filesystem;

namespace {

struct Run {
  int rc = -1;
  std::string out, err;
};

// Runs the binary with `args` (shell words), `input` on standard input.
Run run(const std::string& args, const std::string& input = "") {
  test::TempDir io;
  test::write_bytes(io.path / "in", input);
  std::string cmd = std::string(TIMELINE_BINARY) + " " + args + " <" + (io.path / "in").string() + " >" +
                    (io.path / "out").string() + " 2>" + (io.path / "err").string();
  int status = std::system(cmd.c_str());
  Run r;
  r.rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = test::read_bytes(io.path / "out");
  r.err = test::read_bytes(io.path / "err");
  return r;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Checks one `tag --lines` record: exact prefix and suffix, and the exact keys of each timex.
void check_line_record(const std::string& record, std::size_t number, const std::string& text) {
  CAPTURE(record);
  const std::string prefix = "{\"line\": " + std::to_string(number) + ", \"text\": " + nlohmann::json(text).dump() + ", \"timexes\": [";
  REQUIRE(record.starts_with(prefix));
  REQUIRE(record.ends_with("]}"));
  auto j = nlohmann::ordered_json::parse(record);
  for (const auto& t : j["timexes"]) {
    std::vector<std::string> keys;
    for (const auto& [k, v] : t.items()) keys.push_back(k);
    CHECK(keys == std::vector<std::string>{"begin", "end", "text", "type", "value", "mod"});
    auto b = t["begin"].get<std::size_t>(), e = t["end"].get<std::size_t>();
    REQUIRE(e <= text.size());
    CHECK(t["text"] == text.substr(b, e - b));
  }
}

const std::string kTml =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>d</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
    "temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n<TEXT>\nPrices <EVENT eid=\"e1\" "
    "class=\"OCCURRENCE\">fell</EVENT> on <TIMEX3 tid=\"t41\" type=\"DATE\" value=\"1998-01-05\" temporalFunction=\"true\" "
    "functionInDocument=\"NONE\" anchorTimeID=\"t0\">Monday</TIMEX3> after a <TIMEX3 tid=\"t42\" type=\"DURATION\" value=\"P1W\" "
    "temporalFunction=\"false\" functionInDocument=\"NONE\">week</TIMEX3> of gains.\n</TEXT>\n</TimeML>\n";

}  // namespace

TEST_CASE("write_line_record prints exactly the --lines record") {
  std::ostringstream out;
  Timex a;
  a.span = {11, 17};
  a.value = "2016-09-05";
  Timex b;
  b.span = {0, 4};
  b.type = TimexType::duration;
  b.value = "P1W";
  b.mod = "APPROX";
  write_line_record(out, 7, "week, \"on\" Monday", {a, b});
  CHECK(out.str() ==
        "{\"line\": 7, \"text\": \"week, \\\"on\\\" Monday\", \"timexes\": [{\"begin\": 0, \"end\": 4, \"text\": \"week\", "
        "\"type\": \"DURATION\", \"value\": \"P1W\", \"mod\": \"APPROX\"}, {\"begin\": 11, \"end\": 17, \"text\": \"Monday\", "
        "\"type\": \"DATE\", \"value\": \"2016-09-05\", \"mod\": \"\"}]}\n");
  std::ostringstream empty;
  write_line_record(empty, 1, "", {});
  CHECK(empty.str() == "{\"line\": 1, \"text\": \"\", \"timexes\": []}\n");
}

TEST_CASE("tagged_document_json gives each timex its text, version and sentence") {
  Document doc = read_plain("r.txt", "r.txt", "Title\n\nPrices fell on Monday. They rose a week later.\n");
  doc.dct = parse_iso_time("2016-09-09");
  doc.dct_source = DctSource::cli;
  REQUIRE(doc.versions.size() == 1);
  auto at = doc.bytes.find("Monday"), week = doc.bytes.find("week");
  Timex monday;
  monday.span = {at, at + 6};
  monday.value = "2016-09-05";
  monday.anchor = "dct";
  Timex w;
  w.span = {week, week + 4};
  w.type = TimexType::duration;
  w.value = "P1W";
  auto j = tagged_document_json(doc, {{w, monday}});
  CHECK(j["id"] == "r.txt");
  CHECK(j["dct"] == "2016-09-09");
  CHECK(j["dct_source"] == "cli");
  REQUIRE(j["timexes"].size() == 2);
  CHECK(j["timexes"][0]["text"] == "Monday");  // in text order
  CHECK(j["timexes"][0]["anchor"] == "dct");
  CHECK(j["timexes"][0]["version"] == 0);
  CHECK(j["timexes"][1]["type"] == "DURATION");
  // "Monday" and "week" are in different sentences.
  REQUIRE(j["timexes"][0]["sentence"].is_number());
  CHECK(j["timexes"][1]["sentence"].get<int>() == j["timexes"][0]["sentence"].get<int>() + 1);
}

TEST_CASE("timex3_value: a clock time's UTC offset is no part of the TIMEX3 value, and is given beside it") {
  struct Example {
    const char* value;
    const char* timex3;
    const char* offset;
  };
  for (const auto& e : {Example{"2023-11-01T17:17Z", "2023-11-01T17:17", "Z"},
                        Example{"2024-03-15T21:00+01:00", "2024-03-15T21:00", "+01:00"},
                        Example{"2024-03-15T15:00-04:00", "2024-03-15T15:00", "-04:00"},
                        Example{"2024-03-15T15:00:30+0530", "2024-03-15T15:00:30", "+0530"},
                        Example{"2024-03-15T09:00-05", "2024-03-15T09:00", "-05"},
                        Example{"2024-03-15T21:00", "2024-03-15T21:00", ""},
                        Example{"2016-09-09TNI", "2016-09-09TNI", ""},
                        Example{"2016-09-09", "2016-09-09", ""},
                        Example{"2016-W37-WE", "2016-W37-WE", ""},
                        Example{"PT12H", "PT12H", ""},
                        Example{"1998-08-07T07:35Zulu", "1998-08-07T07:35Zulu", ""}}) {
    CAPTURE(e.value);
    CHECK(timex3_value(e.value) == e.timex3);
    CHECK(value_offset(e.value) == e.offset);
  }
  Document doc = read_plain("r.txt", "r.txt", "Talks ended at 9pm BST.\n");
  auto at = doc.bytes.find("9pm");
  Timex t;
  t.span = {at, at + 7};
  t.type = TimexType::time;
  t.value = "2016-09-09T21:00+01:00";
  auto j = tagged_document_json(doc, {{t}});
  REQUIRE(j["timexes"].size() == 1);
  CHECK(j["timexes"][0]["value"] == "2016-09-09T21:00");
  CHECK(j["timexes"][0]["utc_offset"] == "+01:00");
  std::ostringstream line;
  t.span = {0, 3};
  write_line_record(line, 1, "9pm BST", {t});
  CHECK(line.str().find("\"value\": \"2016-09-09T21:00\", \"mod\": \"\", \"utc_offset\": \"+01:00\"}") != std::string::npos);
  t.span = {at, at + 7};
  const std::string tml = write_new_timeml(doc, {t}).bytes;
  CHECK(tml.find("value=\"2016-09-09T21:00\"") != std::string::npos);
  CHECK(tml.find("+01:00") == std::string::npos);
}

TEST_CASE("tag --lines prints one record per input line, numbered across inputs, offsets within the line") {
  test::TempDir tmp;
  test::write_bytes(tmp.path / "a.txt", "first file line\n");
  auto r = run("tag --lines --dct 2016-09-09 - " + (tmp.path / "a.txt").string(),
               "On Monday we met.\n\n  tab\there \"quoted\" caf\xC3\xA9\r\nno newline at the end");
  CHECK(r.rc == 0);
  auto records = lines_of(r.out);
  REQUIRE(records.size() == 5);
  check_line_record(records[0], 1, "On Monday we met.");
  check_line_record(records[1], 2, "");
  check_line_record(records[2], 3, "  tab\there \"quoted\" caf\xC3\xA9");
  check_line_record(records[3], 4, "no newline at the end");
  check_line_record(records[4], 5, "first file line");
}

TEST_CASE("tag: bad options are usage errors") {
  auto r = run("tag --lines -", "x\n");  // no --dct: still tagged, relative values unresolved
  CHECK(r.rc == 0);
  check_line_record(lines_of(r.out).at(0), 1, "x");
  CHECK(run("tag --lines --dct 2016-13-01 -", "x\n").rc == 2);
  CHECK(run("tag --lines --format timeml --dct 2016-09-09 -", "x\n").rc == 2);
  CHECK(run("tag --day-first --month-first -", "x\n").rc == 2);
  CHECK(run("tag --prefer sideways -", "x\n").rc == 2);
  CHECK(run("tag --out /tmp/x --format json -", "x\n").rc == 2);
}

TEST_CASE("tag --format json lists documents with their DCT, and the skipped inputs") {
  test::TempDir tmp;
  test::write_bytes(tmp.path / "bad.txt", std::string("a\0b", 3));
  auto r = run("tag --dct 2013-02-12T04:30-02:00 - " + (tmp.path / "bad.txt").string(), "Prices fell on Monday.\n");
  CHECK(r.rc == 0);
  auto j = nlohmann::ordered_json::parse(r.out);
  REQUIRE(j["documents"].size() == 1);
  CHECK(j["documents"][0]["id"] == "stdin");
  CHECK(j["documents"][0]["dct"] == "2013-02-12T04:30-02:00");
  CHECK(j["documents"][0]["timexes"].is_array());
  REQUIRE(j["skipped"].size() == 1);
  CHECK(j["skipped"][0]["path"] == (tmp.path / "bad.txt").string());
  // jsonl: one document per line.
  test::write_bytes(tmp.path / "b.txt", "Another report.\n");
  r = run("tag --format jsonl --dct 2016-09-09 - " + (tmp.path / "b.txt").string(), "One report.\n");
  auto records = lines_of(r.out);
  REQUIRE(records.size() == 2);
  CHECK(nlohmann::json::parse(records[1])["id"] == "b.txt");
}

TEST_CASE("tag: standard input longer than --max-file-bytes is skipped with the reason, not held") {
  auto r = run("tag --max-file-bytes 10 --dct 2016-09-09 -", "Prices fell on Monday.\n");
  CHECK(r.rc == 1);  // nothing could be read
  auto j = nlohmann::ordered_json::parse(r.out);
  CHECK(j["documents"].empty());
  REQUIRE(j["skipped"].size() == 1);
  CHECK(j["skipped"][0]["path"] == "-");
  CHECK(j["skipped"][0]["reason"] == "longer than the limit of 10 bytes");
  r = run("tag --lines --max-file-bytes 10 --dct 2016-09-09 -", "Prices fell on Monday.\n");
  CHECK(r.rc == 1);
  CHECK(r.out.empty());
  CHECK(r.err.find("-: skipped: longer than the limit of 10 bytes") != std::string::npos);
}

TEST_CASE("tag --format timeml --out writes each TimeML input under its own name, gold TIMEX3 replaced") {
  test::TempDir tmp;
  test::write_bytes(tmp.path / "in" / "d.tml", kTml);
  test::write_bytes(tmp.path / "in" / "r.txt", "Prices fell on Monday & more.\n");
  auto r = run("tag --format timeml --out " + (tmp.path / "out").string() + " --dct 1998-01-08 " + (tmp.path / "in").string());
  CHECK(r.rc == 0);
  REQUIRE(fs::exists(tmp.path / "out" / "d.tml"));
  REQUIRE(fs::exists(tmp.path / "out" / "r.txt.tml"));
  std::string error;
  auto gold = read_timeml("d.tml", "d.tml", kTml, &error);
  auto sys = read_timeml("d.tml", "d.tml", test::read_bytes(tmp.path / "out" / "d.tml"), &error);
  REQUIRE_MESSAGE(sys, error);
  CHECK(sys->bytes == gold->bytes);
  // The EVENT is kept; no gold TIMEX3 survives (a real tagger's own may appear, with tids from t1).
  std::size_t events = 0;
  for (const auto& a : sys->annotations) {
    if (a.tag == "EVENT") {
      ++events;
      CHECK(a.span == gold->annotations[0].span);
    }
    if (a.tag == "TIMEX3") CHECK(a.attribute("tid").size() == 2);
  }
  CHECK(events == 1);
  auto plain = read_timeml("r", "r", test::read_bytes(tmp.path / "out" / "r.txt.tml"), &error);
  REQUIRE_MESSAGE(plain, error);
  CHECK(plain->bytes == "Prices fell on Monday &amp; more.\n");
  CHECK(plain->dct == parse_iso_time("1998-01-08"));

  // --no-strip keeps the gold tags.
  r = run("tag --format timeml --no-strip " + (tmp.path / "in" / "d.tml").string());
  CHECK(r.rc == 0);
  CHECK(r.out.find("<TIMEX3 tid=\"t41\" type=\"DATE\" value=\"1998-01-05\" temporalFunction=\"true\" functionInDocument=\"NONE\" "
                   "anchorTimeID=\"t0\">Monday</TIMEX3>") != std::string::npos);
  // Several documents and no --out: a usage error.
  CHECK(run("tag --format timeml " + (tmp.path / "in").string()).rc == 2);
}

TEST_CASE("eval prints the TempEval-3 table and JSON, exit codes 0, 1 and 2") {
  test::TempDir tmp;
  test::write_bytes(tmp.path / "gold" / "d.tml", kTml);
  // The system found "Monday" with a wrong value and missed "week".
  std::string sys = kTml;
  auto week = sys.find("<TIMEX3 tid=\"t42\"");
  sys.erase(week, sys.find('>', week) + 1 - week);
  sys.erase(sys.find("</TIMEX3> of gains"), 9);
  sys.replace(sys.find("1998-01-05"), 10, "1998-01-12");
  test::write_bytes(tmp.path / "sys" / "d.tml", sys);
  fs::create_directories(tmp.path / "empty");
  const std::string gold = " --gold " + (tmp.path / "gold").string();

  auto r = run("eval" + gold + " --system " + (tmp.path / "sys").string());
  CHECK(r.rc == 0);
  CHECK(r.out.find("strict extent       1.0000    0.5000    0.6667                   1") != std::string::npos);
  CHECK(r.out.find("value               0.0000    0.0000    0.0000    0.0000         0") != std::string::npos);
  r = run("eval --format json" + gold + " --system " + (tmp.path / "sys").string());
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["relaxed"]["f1"].get<double>() == doctest::Approx(2.0 / 3));
  CHECK(j["type"]["accuracy"].get<double>() == 1.0);

  r = run("eval" + gold + " --system " + (tmp.path / "empty").string());
  CHECK(r.rc == 1);
  CHECK(r.out.find("missed: d.tml (no system file)") != std::string::npos);
  CHECK(run("eval" + gold).rc == 2);
  CHECK(run("eval" + gold + " --system " + (tmp.path / "nowhere").string()).rc == 2);
  // A folder given as PATHS is a story folder; one without gold/timeline.json has nothing to compare.
  CHECK(run("eval " + (tmp.path / "gold").string()).rc == 1);
  CHECK(run("eval " + (tmp.path / "gold").string() + " --system " + (tmp.path / "gold").string()).rc == 2);
}
