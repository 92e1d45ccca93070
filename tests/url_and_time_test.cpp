#include <doctest/doctest.h>

#include "iso_time.hpp"
#include "url_date.hpp"

using namespace timeline;

TEST_CASE("dates in URLs") {
  auto iso = [](std::string_view url) {
    auto t = date_from_url(url);
    return t ? t->iso() : std::string("none");
  };
  CHECK(iso("https://www.example.com/world/2016/sep/09/talks-in-geneva") == "2016-09-09");
  CHECK(iso("https://example.com/news/2016/09/09/story.html") == "2016-09-09");
  CHECK(iso("https://example.com/2023-11-02-storm-hits") == "2023-11-02");
  CHECK(iso("https://example.com/a/20240314/b") == "2024-03-14");
  CHECK(iso("https://www.example.com/news/358841-talks-geneva/") == "none");
  CHECK(iso("https://example.com/2016/02/30/no-such-day") == "none");
  CHECK(iso("https://example.com/2016/13/01/no-such-month") == "none");
}

TEST_CASE("ISO 8601 publication times") {
  auto round = [](std::string_view s) {
    std::string why;
    auto t = parse_iso_time(s, &why);
    return t ? t->iso() : "error: " + why;
  };
  CHECK(round("2016-09-09") == "2016-09-09");
  CHECK(round("2016-09-09T21:00") == "2016-09-09T21:00");
  CHECK(round("2013-02-12T04:30-02:00") == "2013-02-12T04:30-02:00");
  CHECK(round("2013-02-12T04:30:15Z") == "2013-02-12T04:30+00:00");
  CHECK(round("2013-02-12T04:30+0530") == "2013-02-12T04:30+05:30");
  CHECK(round("2016-02-30") == "error: no such date: '2016-02-30'");
  CHECK(round("2016-9-9").starts_with("error: expected a date"));
  CHECK(round("2016-09-09T25:61").starts_with("error: expected a time"));
  CHECK(round("2016-09-09T10:00+99:00").starts_with("error: bad UTC offset"));
}

TEST_CASE("zones come from the tz database") {
  auto t = parse_iso_time("2016-09-09T21:00");
  REQUIRE(t);
  std::string why;
  REQUIRE(apply_zone(*t, "Europe/London", &why));
  CHECK(t->iso() == "2016-09-09T21:00+01:00");  // BST in September
  auto w = parse_iso_time("2016-12-09T21:00");
  REQUIRE(apply_zone(*w, "Europe/London", &why));
  CHECK(w->iso() == "2016-12-09T21:00+00:00");
  CHECK_FALSE(apply_zone(*w, "Mars/Olympus_Mons", &why));
  CHECK(why == "unknown time zone 'Mars/Olympus_Mons'");
}

TEST_CASE("in_zone: the same instant as local time elsewhere, a day alone keeps its day") {
  auto t = parse_iso_time("2023-11-01T23:50+00:00");
  REQUIRE(t);
  auto tokyo = in_zone(*t, "Asia/Tokyo");
  REQUIRE(tokyo);
  CHECK(tokyo->iso() == "2023-11-02T08:50+09:00");
  CHECK(tokyo->zone == "Asia/Tokyo");
  auto ny = in_zone(*t, "America/New_York");
  REQUIRE(ny);
  CHECK(ny->iso() == "2023-11-01T19:50-04:00");  // EDT until 5 November
  auto day = parse_iso_time("2023-11-01");
  REQUIRE(day);
  auto day_there = in_zone(*day, "Asia/Tokyo");
  REQUIRE(day_there);
  CHECK(day_there->iso() == "2023-11-01");
  CHECK_FALSE(in_zone(*t, "Mars/Olympus_Mons"));
}

#include "text_check.hpp"

TEST_CASE("error messages never cut a UTF-8 character") {
  std::string why;
  std::string bad = "2016-09-09T" + std::string(28, 'x') + "\xC3\xA9\xC3\xA9";  // an é straddles byte 40
  CHECK_FALSE(parse_iso_time(bad, &why).has_value());
  CHECK_FALSE(find_invalid_utf8(why).has_value());
}

#include "source_zone.hpp"

TEST_CASE("a report's zone from its source: the URL's host, outlets by name, one-zone country domains") {
  CHECK(source_zone("https://www.rt.com/news/358841-lavrov-kerry-geneva-syria/") == "Europe/Moscow");
  CHECK(source_zone("https://www.theguardian.com/world/2016/sep/09/x") == "Europe/London");
  CHECK(source_zone("https://www.bbc.co.uk/news/world") == "Europe/London");
  CHECK(source_zone("HTTPS://News.Example.DE:8080/a?b=c") == "Europe/Berlin");
  CHECK(source_zone("https://www.example.com/a") == "");        // .com says nothing
  CHECK(source_zone("https://rt.com.example.org/a") == "");      // a listed name must end the host
  CHECK(source_zone("https://www.reuters.com/article/x") == ""); // wires publish from everywhere
  CHECK(source_zone("") == "");

  Document d;
  d.url = "https://www.rt.com/news/1-x/";
  d.dct = parse_iso_time("2016-09-09");
  CHECK(apply_source_zone(d));
  CHECK(d.dct->zone == "Europe/Moscow");
  CHECK(d.dct_zone_source == "url: www.rt.com");
  // A stated offset or zone wins: nothing is applied.
  Document o;
  o.url = d.url;
  o.dct = parse_iso_time("2016-09-09T21:00+01:00");
  CHECK_FALSE(apply_source_zone(o));
  CHECK(o.dct->zone.empty());
  Document none;
  none.url = d.url;
  CHECK_FALSE(apply_source_zone(none));  // no publication time to give a zone to
}
