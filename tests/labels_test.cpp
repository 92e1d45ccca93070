// Labels cut to one line end on a word that closes the phrase, not on one that leaves it hanging.
#include <doctest/doctest.h>

#include <string>

#include "events.hpp"

using namespace timeline;

TEST_CASE("labels: a label cut to one line drops the words that would leave it hanging") {
  CHECK(cut_label("State Department: there are few technical issues that remained unresolved before we agree", 80) ==
        "State Department: there are few technical issues that remained unresolved");
  CHECK(cut_label("Current Geneva negotiations between Russian Foreign Minister Sergey Lavrov and John Kerry", 80) ==
        "Current Geneva negotiations between Russian Foreign Minister Sergey Lavrov");
  // Several in a row go ("... close to a deal, and then at ...").
  CHECK(cut_label("Senior official: We need to get moving close, very close to a deal, and then at that point", 80) ==
        "Senior official: We need to get moving close, very close to a deal");
  // A label that fits is left as written, however it ends.
  CHECK(cut_label("Nair: it is about what this man did", 80) == "Nair: it is about what this man did");
  CHECK(cut_label("They met in", 80) == "They met in");
  // A content word at the cut stays.
  CHECK(cut_label("Mr Assad's government appeared to tighten its siege of the former commercial hub of Aleppo", 80) ==
        "Mr Assad's government appeared to tighten its siege of the former commercial hub");
}
