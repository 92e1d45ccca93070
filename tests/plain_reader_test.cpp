#include <doctest/doctest.h>

#include "invariants.hpp"
#include "plain_reader.hpp"

using namespace timeline;
using namespace timeline::test;

namespace {
std::vector<std::string> sentences(const Document& d) {
  std::vector<std::string> out;
  for (const auto& s : d.versions.at(0).sentences) out.emplace_back(d.text(s.span));
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("metadata header, title, repeated headline, paragraphs") {
  std::string text =
      "Source: Example Post\n"
      "URL: https://example.com/world/2024/mar/14/port-strike\n"
      "Published: 2024-03-14T18:30+01:00\n"
      "\n"
      "Dockers\xE2\x80\x99 strike closes the port\n"
      "\n"
      "Dockers' strike closes the port\n"
      "\n"
      "The port closed on Thursday. Ships waited offshore.\n"
      "\n"
      "Talks resume\n"
      "\n"
      "Union leaders said talks would resume next week.\n";
  Document d = read_plain("a.txt", "dir/a.txt", text);
  CHECK(d.format == Format::plain);
  CHECK(d.source == "Example Post");
  CHECK(d.url == "https://example.com/world/2024/mar/14/port-strike");
  REQUIRE(d.dct);
  CHECK(d.dct->iso() == "2024-03-14T18:30+01:00");
  CHECK(d.dct_source == DctSource::header);  // a stated time beats the URL's date
  CHECK(d.title == "Dockers\xE2\x80\x99 strike closes the port");
  CHECK(sentences(d) == V{"Dockers\xE2\x80\x99 strike closes the port", "The port closed on Thursday.", "Ships waited offshore.",
                          "Talks resume", "Union leaders said talks would resume next week."});
  CHECK(d.versions[0].sentences[0].heading);
  CHECK(d.versions[0].sentences[3].heading);
  CHECK_FALSE(d.versions[0].sentences[1].heading);
  REQUIRE(d.removed.size() == 4);
  CHECK(d.removed[0].reason == "metadata header");
  CHECK(d.removed[3].reason == "headline printed twice");
  CHECK(d.text(d.removed[3].span) == "Dockers' strike closes the port");
  check_nothing_lost(d);
  check_clean_sentences(d);
}

TEST_CASE("the URL gives the date when nothing else does, a bad header is noted, not fatal") {
  Document d = read_plain("b.txt", "b.txt",
                          "URL: https://example.org/2023/11/02/flood\nPublished: yesterday\n\nFlood\n\nWater rose.\n");
  REQUIRE(d.dct);
  CHECK(d.dct->iso() == "2023-11-02");
  CHECK(d.dct_source == DctSource::url);
  REQUIRE(d.notices.size() == 1);
  CHECK(d.notices[0].line == 2);
  CHECK(d.notices[0].message.starts_with("ignored publication time: expected a date"));
}

TEST_CASE("BOM and CRLF: offsets stay exact") {
  std::string text = "\xEF\xBB\xBFTitle line\r\n\r\nFirst sentence. Second one\r\nwrapped on.\r\n";
  Document d = read_plain("c.txt", "c.txt", text);
  CHECK(sentences(d) == V{"Title line", "First sentence.", "Second one\r\nwrapped on."});
  CHECK(d.versions[0].sentences[0].span.begin == 3);
  check_nothing_lost(d);
}

TEST_CASE("boilerplate lines and a related-links footer are removed with reasons") {
  std::string text =
      "icon menu icon search icon share icon close icon print icon mail icon home\n"
      "Quake shakes the coast\n"
      "\n"
      "A strong earthquake struck before dawn.\n"
      "\n"
      "Advertisement\n"
      "\n"
      "Rescuers searched the old town.\n"
      "\n"
      "More on this topic\n"
      "\n"
      "Aftershocks expected, experts sayAftershocks expected, experts say\n";
  Document d = read_plain("d.txt", "d.txt", text);
  CHECK(d.title == "Quake shakes the coast");
  CHECK(sentences(d) == V{"Quake shakes the coast", "A strong earthquake struck before dawn.", "Rescuers searched the old town."});
  std::vector<std::string> reasons;
  for (const auto& r : d.removed) reasons.push_back(r.reason);
  CHECK(reasons == V{"icon and menu strings", "advertising or navigation notice", "related-links block", "related-links block"});
  check_nothing_lost(d);
}

TEST_CASE("a document with no title-like first line has no title") {
  Document d = read_plain("e.txt", "e.txt", "It rained all day. The match was called off.\n");
  CHECK(d.title.empty());
  CHECK(sentences(d) == V{"It rained all day.", "The match was called off."});
}
