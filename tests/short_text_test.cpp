#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "short_text.hpp"
#include "time_value.hpp"

using namespace timeline;

TEST_CASE("a short text holds up to its capacity and refuses more") {
  ShortText<5> t;
  CHECK(t.empty());
  CHECK(t.assign("EVERY"));
  CHECK(t == "EVERY");
  CHECK(t.size() == 5);
  CHECK_FALSE(t.assign("EVERY2"));
  CHECK(t == "EVERY");  // unchanged by a refused assignment
  CHECK_THROWS_AS(t = "toolong", std::length_error);
  t = "MIN";
  CHECK(t.view() == "MIN");
  CHECK(t != "MI");
  CHECK(t.starts_with("MI"));
  CHECK(t.ends_with("IN"));
  CHECK(t.find('N') == 2);
  CHECK(t.back() == 'N');
  CHECK("P3" + t == "P3MIN");
  CHECK(std::string("P") + t + "!" == "PMIN!");
  ShortText<5> u = t;
  CHECK(u == t);
  u.clear();
  CHECK(u.empty());
  CHECK(u < t);
}

TEST_CASE("a time value with its codes set copies as one block") {
  TimeValue v;
  REQUIRE(set_field(v, "unit", "MIN"));
  REQUIRE(set_field(v, "mod", "EQUAL_OR_LESS"));
  REQUIRE(set_field(v, "zone", "Australian Eastern Time"));
  CHECK_FALSE(set_field(v, "mod", "A_MOD_LONGER_THAN_ANY"));  // refused, not cut
  TimeValue w = v;
  CHECK(w.unit == "MIN");
  CHECK(w.mod == "EQUAL_OR_LESS");
  CHECK(w.zone == "Australian Eastern Time");
  CHECK(std::is_trivially_copyable_v<TimeValue>);
}
