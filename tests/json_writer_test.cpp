#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "json_writer.hpp"

using namespace timeline;

TEST_CASE("JsonWriter writes what nlohmann::json dumps for the same values") {
  JsonWriter w;
  std::optional<int> none, some = -7;
  w.object().member("s", "say \"no\"\\ \n\t").member("utf8", "Genève – “talks”").member("n", std::size_t{42});
  w.member("neg", -3).member("yes", true).member("no", false).member("none", none).member("some", some);
  w.member("half", 0.5).key("list").array().value("a").value(std::uint64_t{18446744073709551615ull}).end_array();
  w.key("empty").object().end_object().end_object();
  const std::string text = w.take();

  nlohmann::ordered_json j;
  j["s"] = "say \"no\"\\ \n\t";
  j["utf8"] = "Genève – “talks”";
  j["n"] = 42;
  j["neg"] = -3;
  j["yes"] = true;
  j["no"] = false;
  j["none"] = nullptr;
  j["some"] = -7;
  j["half"] = 0.5;
  j["list"] = {"a", 18446744073709551615ull};
  j["empty"] = nlohmann::ordered_json::object();
  CHECK(text == j.dump());
  CHECK(nlohmann::ordered_json::parse(text) == j);
}

TEST_CASE("JsonWriter replaces invalid UTF-8 and escapes control characters, and starts over after take()") {
  JsonWriter w;
  w.array().value(std::string_view("ab\xC0\x80z\xFF", 6)).value(std::string_view("\x01\x1f", 2)).end_array();
  const std::string text = w.take();
  auto j = nlohmann::json::parse(text);  // valid JSON whatever the input bytes
  CHECK(j[0] == "ab\xEF\xBF\xBD\xEF\xBF\xBDz\xEF\xBF\xBD");  // each stray byte is one U+FFFD
  CHECK(j[1] == std::string("\x01\x1f"));
  w.array().value(1).end_array();
  CHECK(w.take() == "[1]");  // nothing left of the first text
}

TEST_CASE("JsonWriter refuses a value where a key belongs") {
  JsonWriter w;
  w.object();
  CHECK_THROWS_AS(w.value(1), std::logic_error);
}
