// Runs every example of parsers/data/time_examples.tsv (the tagger's specification) through
// tag_phrase with the reference time the file states, and reports each failure with its line.
#include <doctest/doctest.h>

#include <sstream>

#include "lexicon.hpp"
#include "time_resolver.hpp"

using namespace timeline;

namespace {

struct Example {
  std::size_t line = 0;
  std::string value, type, mod, text, options;
  Span expected;
};

Example parse_example(const DataRow& row) {
  Example e;
  e.line = row.line;
  e.value = std::string(row.fields.at(0));
  e.type = std::string(row.fields.at(1));
  e.mod = row.fields.at(2) == "-" ? "" : std::string(row.fields.at(2));
  std::string raw(row.fields.at(3));
  if (row.fields.size() > 4) e.options = std::string(row.fields[4]);
  auto open = raw.find('['), close = raw.find(']');
  if (open == std::string::npos || close == std::string::npos || close < open) {
    e.text = raw;
    e.expected = {0, raw.size()};
  } else {
    e.text = raw.substr(0, open) + raw.substr(open + 1, close - open - 1) + raw.substr(close + 1);
    e.expected = {open, close - 1};
  }
  return e;
}

std::string describe(const std::vector<Timex>& found, const std::string& text) {
  std::ostringstream out;
  for (const auto& t : found)
    out << " [" << text.substr(t.span.begin, t.span.size()) << "]=" << to_string(t.type) << ":" << t.value
        << (t.value_max.empty() ? "" : ".." + t.value_max) << (t.mod.empty() ? "" : " " + t.mod) << " (" << t.rule << ")";
  return found.empty() ? " nothing" : out.str();
}

// Empty when the example passes, else why it fails.
std::string check(const Example& e, const PublicationTime& ref) {
  TagOptions options;
  if (e.options.find("month_first") != std::string::npos) options.day_first = false;
  if (e.options.find("prefer=future") != std::string::npos) options.prefer = Prefer::future;
  if (e.options.find("prefer=nearest") != std::string::npos) options.prefer = Prefer::nearest;
  auto found = tag_phrase(e.text, ref, options);
  std::vector<Timex> over;
  for (const auto& t : found)
    if (t.span.begin < e.expected.end && e.expected.begin < t.span.end) over.push_back(t);
  if (e.value == "-") return over.empty() ? "" : "expected nothing, found" + describe(over, e.text);
  if (over.size() != 1) return "expected one expression, found" + describe(over, e.text);
  const auto& t = over[0];
  std::string value = t.value + (t.value_max.empty() ? "" : ".." + t.value_max);
  if (t.span == e.expected && value == e.value && to_string(t.type) == e.type && t.mod == e.mod) return "";
  return "expected [" + e.text.substr(e.expected.begin, e.expected.size()) + "]=" + e.type + ":" + e.value +
         (e.mod.empty() ? "" : " " + e.mod) + ", found" + describe(over, e.text);
}

}  // namespace

TEST_CASE("time examples (parsers/data/time_examples.tsv) all pass") {
  auto ref = parse_iso_time("2016-09-09");
  REQUIRE(ref);
  std::size_t passed = 0, total = 0;
  for (const auto& row : embedded_rows("time_examples.tsv")) {
    REQUIRE_MESSAGE(row.fields.size() >= 4, "time_examples.tsv line " << row.line << ": expected 4 fields");
    auto e = parse_example(row);
    auto why = check(e, *ref);
    ++total;
    if (why.empty()) ++passed;
    else FAIL_CHECK("time_examples.tsv line " << e.line << ": " << e.text << " -- " << why);
  }
  MESSAGE("time examples: " << passed << "/" << total << " pass");
  CHECK(total > 100);
}
