#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sentence_splitter.hpp"

using namespace timeline;

namespace {
std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  for (Span s : split_sentences(text, {0, text.size()})) out.emplace_back(text.substr(s.begin, s.size()));
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("plain sentence ends") {
  CHECK(split("The vote closed. Counting began at once! Was it fair? Nobody knew.") ==
        V{"The vote closed.", "Counting began at once!", "Was it fair?", "Nobody knew."});
  CHECK(split("  Leading and trailing space.  ") == V{"Leading and trailing space."});
  CHECK(split("No final stop") == V{"No final stop"});
}

TEST_CASE("titles and initials never end a sentence") {
  CHECK(split("Mr. Okafor met Dr. Lindqvist and Gen. Mbeki. They spoke.") ==
        V{"Mr. Okafor met Dr. Lindqvist and Gen. Mbeki.", "They spoke."});
  CHECK(split("The mayor, J. R. Hollis, resigned. A vote follows.") ==
        V{"The mayor, J. R. Hollis, resigned.", "A vote follows."});
  // A capital letter after a number is a unit, not an initial.
  CHECK(split("Temperatures passed 43C. A wind change came at 6pm.") ==
        V{"Temperatures passed 43C.", "A wind change came at 6pm."});
}

TEST_CASE("dotted acronyms end a sentence only before a sentence starter") {
  CHECK(split("Officials from the U.S. State Department arrived. They left.") ==
        V{"Officials from the U.S. State Department arrived.", "They left."});
  CHECK(split("The envoy flew back to the U.S. The talks resume soon.") ==
        V{"The envoy flew back to the U.S.", "The talks resume soon."});
  CHECK(split("It began at 9 p.m. Tuesday in the port.") == V{"It began at 9 p.m. Tuesday in the port."});
}

TEST_CASE("month abbreviations before a day number") {
  CHECK(split("The deadline is Sept. 9 and talks end Oct. 2. Then a vote.") ==
        V{"The deadline is Sept. 9 and talks end Oct. 2.", "Then a vote."});
}

TEST_CASE("numbers and inner dots are not ends") {
  CHECK(split("Growth was 3.5 per cent. Prices rose.") == V{"Growth was 3.5 per cent.", "Prices rose."});
  CHECK(split("Visit example.com today. It helps.") == V{"Visit example.com today.", "It helps."});
}

TEST_CASE("a quotation stays with its attribution") {
  CHECK(split("\xE2\x80\x9CWe are close. We need a day,\xE2\x80\x9D the minister said. Talks went on.") ==
        V{"\xE2\x80\x9CWe are close. We need a day,\xE2\x80\x9D the minister said.", "Talks went on."});
  CHECK(split("\"It is over.\" The crowd left.") == V{"\"It is over.\"", "The crowd left."});
  // A mark straight in, curly out, as the web often mixes them.
  CHECK(split("\"We wait, we hope,\xE2\x80\x9D she said. Then silence.") ==
        V{"\"We wait, we hope,\xE2\x80\x9D she said.", "Then silence."});
  // An unbalanced quote does not swallow the paragraph.
  CHECK(split("\xE2\x80\x9CIt started. Then it stopped. Nobody closed this quote.") ==
        V{"\xE2\x80\x9CIt started.", "Then it stopped.", "Nobody closed this quote."});
}

TEST_CASE("ellipses end a sentence only before a capital") {
  CHECK(split("We reached a point \xE2\x80\xA6 towards a deal. Fine.") == V{"We reached a point \xE2\x80\xA6 towards a deal.", "Fine."});
  CHECK(split("And so... we wait. Fine.") == V{"And so... we wait.", "Fine."});
  CHECK(split("It ended... Nobody cheered.") == V{"It ended...", "Nobody cheered."});
}

TEST_CASE("wrapped lines are joined, list lines stand alone") {
  CHECK(split("The council met on\nMonday to vote. It passed.") == V{"The council met on\nMonday to vote.", "It passed."});
  CHECK(split("Demands:\n- a ceasefire\n- aid corridors\n* talks") == V{"Demands:", "- a ceasefire", "- aid corridors", "* talks"});
  CHECK(split("Steps\n1. vote\n2) count") == V{"Steps", "1. vote", "2) count"});
  CHECK(split("Line one.\r\n\xE2\x80\xA2 bullet") == V{"Line one.", "\xE2\x80\xA2 bullet"});
}

TEST_CASE("offsets are relative to the whole buffer") {
  std::string text = "HEADER. First here. Second here.";
  auto spans = split_sentences(text, {8, text.size()});
  REQUIRE(spans.size() == 2);
  CHECK(spans[0] == Span{8, 19});
  CHECK(text.substr(spans[1].begin, spans[1].size()) == "Second here.");
}

TEST_CASE("a question or exclamation in quotes keeps its short attribution") {
  // Who asked closes the sentence of the question (attribution_verbs.txt).
  CHECK(split("\"How can you go against the film?\" Mr Halloran's lawyer Ana Reyes said. The case resumes.") ==
        V{"\"How can you go against the film?\" Mr Halloran's lawyer Ana Reyes said.", "The case resumes."});
  CHECK(split("\xE2\x80\x9CNot at all!\xE2\x80\x9D said Ms Reyes, who led the appeal. It failed.") ==
        V{"\xE2\x80\x9CNot at all!\xE2\x80\x9D said Ms Reyes, who led the appeal.", "It failed."});
  // A clause of its own after the quotation, or no reporting verb: two sentences.
  CHECK(split("\"Why now?\" Critics said the timing was odd.") == V{"\"Why now?\"", "Critics said the timing was odd."});
  CHECK(split("\"Why now?\" Nobody answered.") == V{"\"Why now?\"", "Nobody answered."});
  // A full stop written for the comma: the same.
  CHECK(split("\"We won.\" Ana Reyes said. Then she left.") == V{"\"We won.\" Ana Reyes said.", "Then she left."});
  // A clause that introduces the next quotation, or a participle clause, is no attribution.
  CHECK(split("\"We won.\" The statement added: \"Thanks.\"") == V{"\"We won.\"", "The statement added: \"Thanks.\""});
  CHECK(split("\"We lost.\" Asked if it was over, Lee replied: \"No.\"") ==
        V{"\"We lost.\"", "Asked if it was over, Lee replied: \"No.\""});
}
