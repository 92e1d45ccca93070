#include <doctest/doctest.h>

#include "boilerplate.hpp"

using namespace timeline;

TEST_CASE("line rules from data/boilerplate.tsv, with their reasons") {
  CHECK(boilerplate_line_reason("icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon closeicon") ==
        "icon and menu strings");
  CHECK(boilerplate_line_reason("The article has changed 4 times. There is an RSS feed of changes available.") == std::nullopt);
  CHECK(boilerplate_line_reason("There is an RSS feed of changes available.") == "feed or newsletter notice");
  CHECK(boilerplate_line_reason("Sign up to our daily newsletter") == "feed or newsletter notice");
  CHECK(boilerplate_line_reason("Advertisement") == "advertising or navigation notice");
  CHECK(boilerplate_line_reason("Share Tweet Email") == "sharing buttons");
  CHECK(boilerplate_line_reason("Image copyright Reuters") == "media caption");
  CHECK(boilerplate_line_reason("We use cookies to improve your experience.") == "tracking notice");
}

TEST_CASE("real sentences are never boilerplate") {
  CHECK_FALSE(boilerplate_line_reason("The minister said the icon of the revolution had been removed.").has_value());
  CHECK_FALSE(boilerplate_line_reason("Related talks are planned for next week.").has_value());
  CHECK_FALSE(boilerplate_line_reason("Share prices fell sharply on Monday.").has_value());
  CHECK_FALSE(boilerplate_footer_reason("More on this topic was discussed in the chamber than ever before, the speaker said.").has_value());
}

TEST_CASE("footer headings open a related-links block") {
  CHECK(boilerplate_footer_reason("More on this topic") == "related-links block");
  CHECK(boilerplate_footer_reason("More in this Section") == "related-links block");
  CHECK(boilerplate_footer_reason("More From The Daily Example") == "related-links block");
  CHECK(boilerplate_footer_reason("You may also like") == "related-links block");
}

TEST_CASE("doubled text") {
  CHECK(is_doubled_text("Flood waters rise in the valleyFlood waters rise in the valley"));
  CHECK(is_doubled_text("Flood waters rise in the valley Flood waters rise in the valley"));
  CHECK_FALSE(is_doubled_text("No no"));
  CHECK_FALSE(is_doubled_text("Flood waters rise in the valley, and again they rise"));
}

TEST_CASE("find_boilerplate marks the whole footer block and keeps the article") {
  std::string text =
      "Headline here\n\nA real paragraph of the report.\n\nMore on this topic\n\nOther storyOther story\n\n"
      "A teaser that reads like prose. It is still a link.\n";
  auto lines = split_lines(text);
  auto reasons = find_boilerplate(text, lines);
  REQUIRE(reasons.size() == lines.size());
  CHECK(reasons[0].empty());
  CHECK(reasons[2].empty());
  CHECK(reasons[4] == "related-links block");
  CHECK(reasons[6] == "related-links block");
  CHECK(reasons[8] == "related-links block");
}
