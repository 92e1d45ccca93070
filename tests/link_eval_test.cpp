// Issue 6: EVENT extent/class and TLINK temporal awareness (UzZaman & Allen 2011), hand-computed.
#include <doctest/doctest.h>

#include "link_eval.hpp"
#include "timeml_reader.hpp"

using namespace timeline;

namespace {
Document tml(const std::string& text_and_links) {
  std::string error;
  auto d = read_timeml("x.tml", "x.tml",
                       "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2016-09-09\" functionInDocument=\"CREATION_TIME\">"
                       "2016-09-09</TIMEX3></DCT>\n" + text_and_links + "</TimeML>",
                       &error);
  REQUIRE_MESSAGE(d, error);
  return *d;
}
const std::string kText =
    "<TEXT>They <EVENT eid=\"e1\" class=\"OCCURRENCE\">met</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2016-09-08\">"
    "Thursday</TIMEX3> and <EVENT eid=\"e2\" class=\"REPORTING\">said</EVENT> it was <EVENT eid=\"e3\" "
    "class=\"STATE\">over</EVENT>.</TEXT>\n"
    "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\"/><MAKEINSTANCE eiid=\"ei2\" eventID=\"e2\"/><MAKEINSTANCE eiid=\"ei3\" eventID=\"e3\"/>\n";
}  // namespace

TEST_CASE("link eval: closure over interval endpoints") {
  std::vector<LinkRelation> links{{"A", "B", "BEFORE"}, {"B", "C", "BEFORE"}};
  CHECK(entails(links, {"A", "C", "BEFORE"}));     // transitivity
  CHECK(entails(links, {"C", "A", "AFTER"}));      // the inverse
  CHECK_FALSE(entails(links, {"C", "A", "BEFORE"}));
  CHECK_FALSE(entails(links, {"A", "C", "SIMULTANEOUS"}));
  std::vector<LinkRelation> nest{{"A", "B", "INCLUDES"}, {"B", "C", "SIMULTANEOUS"}, {"C", "D", "BEGINS"}};
  CHECK(entails(nest, {"C", "A", "IS_INCLUDED"}));
  CHECK(entails(nest, {"D", "C", "BEGUN_BY"}));
  CHECK(entails(nest, {"B", "D", "BEGINS"}));
  CHECK_FALSE(entails(nest, {"A", "D", "INCLUDES"}));  // D may end after A
  CHECK_FALSE(entails(nest, {"A", "C", "UNKNOWN_TYPE"}));
}

TEST_CASE("link eval: EVENT extent and class, TLINK awareness through the closure (hand-computed)") {
  Document gold = tml(kText +
                      "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>\n"
                      "<TLINK lid=\"l2\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToEventInstance=\"ei2\"/>\n"
                      "<TLINK lid=\"l3\" relType=\"BEFORE\" eventInstanceID=\"ei2\" relatedToTime=\"t0\"/>\n");
  // The system: "met" and "said" (one with another class), no "over"; one gold link as it is, one
  // entailed only through the gold closure (met before the DCT), one wrong.
  std::string system_text = kText;
  system_text.replace(system_text.find("class=\"REPORTING\""), 17, "class=\"OCCURRENCE\"");
  system_text.replace(system_text.find("<EVENT eid=\"e3\" class=\"STATE\">over</EVENT>"), 42, "over");
  system_text.replace(system_text.find("<MAKEINSTANCE eiid=\"ei3\" eventID=\"e3\"/>"), 39, "");
  Document system = tml(system_text +
                        "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>\n"
                        "<TLINK lid=\"l2\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToTime=\"t0\"/>\n"
                        "<TLINK lid=\"l3\" relType=\"AFTER\" eventInstanceID=\"ei1\" relatedToEventInstance=\"ei2\"/>\n");
  REQUIRE(gold.bytes == system.bytes);
  EventCounts ev;
  TlinkCounts tl;
  compare_links(gold, system, ev, tl);
  CHECK(ev == EventCounts{3, 2, 2, 2, 1});
  CHECK(tl.gold == 3);
  CHECK(tl.system == 3);
  CHECK(tl.system_entailed == 2);  // l1 as given, l2 through ei1 < ei2 < DCT; not l3
  // l1 as given; l3 through the system's own (wrong) order: said < met < DCT; never l2, whose
  // opposite the system states.
  CHECK(tl.gold_entailed == 2);
}
