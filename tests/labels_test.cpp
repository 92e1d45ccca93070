// Labels cut to one line end on a word that closes the phrase, not on one that leaves it hanging.
#include <doctest/doctest.h>

#include <string>

#include "events.hpp"

using namespace timeline;

TEST_CASE("labels: a label cut to one line drops the words that would leave it hanging") {
  CHECK(cut_label("State Department: there are few technical issues that remained unresolved before we agree", 80) ==
        "State Department: there are few technical issues that remained unresolved");
  CHECK(cut_label("Ongoing Valdoria negotiations between Tarsian Trade Minister Ines Harlow and Omar Petit", 80) ==
        "Ongoing Valdoria negotiations between Tarsian Trade Minister Ines Harlow");
  // Several in a row go ("... for a contract, and then at ...").
  CHECK(cut_label("Union negotiator: We must keep pushing, pushing hard for a contract, and then at that stage", 80) ==
        "Union negotiator: We must keep pushing, pushing hard for a contract");
  // A label that fits is left as written, however it ends.
  CHECK(cut_label("Nair: it is about what this man did", 80) == "Nair: it is about what this man did");
  CHECK(cut_label("They met in", 80) == "They met in");
  // A content word at the cut stays.
  CHECK(cut_label("Ms Varga's cabinet appeared to tighten its grip on the old industrial heartlands of Dornholm", 80) ==
        "Ms Varga's cabinet appeared to tighten its grip on the old industrial heartlands");
}
