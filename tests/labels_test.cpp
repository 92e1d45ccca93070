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

TEST_CASE("labels: a cut that falls inside a phrase ends before the last phrase that opens in the label's second half") {
  // "on the back of stronger | sales": the label ends before "on".
  CHECK(cut_label("Harbour Foods: underlying profit before one-off items rose 8% on back of stronger sales of frozen fish", 80) ==
        "Harbour Foods: underlying profit before one-off items rose 8%");
  // A cut where a phrase opens anyway stays where it is: "in Lisbon | on Friday".
  CHECK(cut_label("Union negotiators and the shipping line reached a critical moment in Lisbon on Friday night after talks", 80) ==
        "Union negotiators and the shipping line reached a critical moment in Lisbon");
  // ... and so does one before a word that opens nothing of the phrase ("in Porto | can last", its
  // "that" left out).
  CHECK(cut_label("Ferreira: port workers and the line are working on a possible truce in Porto can last ten days", 80) ==
        "Ferreira: port workers and the line are working on a possible truce in Porto");
  // Never before the event's own word: the sale stays in the sale's label.
  CHECK(cut_label("Valdor Electronics filed for bankruptcy and was sold to a Dutch firm for less than half its value", 80, "sold") ==
        "Valdor Electronics filed for bankruptcy and was sold to a Dutch firm");
  CHECK(cut_label("Valdor Electronics filed for bankruptcy and was sold to a Dutch firm for less than half its value", 80) ==
        "Valdor Electronics filed for bankruptcy and was sold to a Dutch firm");
  // Not past a name: "a bid for Ana Sousa | should" keeps her.
  CHECK(cut_label("Porto: they will not be rushed into making a bid for the winger Ana Sousa should Benfica sell", 80) ==
        "Porto: they will not be rushed into making a bid for the winger Ana Sousa");
  // A sentence finished before the cut is where the label ends; a capital opening the next one is no name.
  CHECK(cut_label("Okafor: We have a long road ahead to repair the cranes. Work continues on the third berth", 80) ==
        "Okafor: We have a long road ahead to repair the cranes.");
  // A sentence closed inside quotation marks is a whole phrase.
  CHECK(cut_label("Ribeiro: It is the hardest crossing the crew have ever made in winter.\u201D The ferry then docked", 80) ==
        "Ribeiro: It is the hardest crossing the crew have ever made in winter.\u201D");
}

TEST_CASE("labels: a cut after a participle of a plural noun ends at the noun, a verb's participle stays") {
  // "ranging | from phone calls ...": the cut took the phrase the participle opened.
  CHECK(cut_label("Two envoys held at least 30 conversations ranging from video calls to all-night sessions alone.", 80) ==
        "Two envoys held at least 30 conversations");
  // After a verb it is the verb group: "were continuing" stays.
  CHECK(cut_label("Dock workers and the shipping line said their talks were continuing into a third long night", 80) ==
        "Dock workers and the shipping line said their talks were continuing");
  // The event's own word stays, whatever comes before it.
  CHECK(cut_label("Harbour Foods: the three shipping lines and the dock unions had been meeting since dawn at the port", 80,
                  "meeting") == "Harbour Foods: the three shipping lines and the dock unions had been meeting");
}

TEST_CASE("labels: no label ends on a dash, a word's own hyphen stays") {
  CHECK(cut_label("Okafor won four medals at the harbour games -", 80) == "Okafor won four medals at the harbour games");
  CHECK(cut_label("Ferries showed value of approvals --", 80) == "Ferries showed value of approvals");
  CHECK(cut_label("Ferry sales rose \xE2\x80\x94", 80) == "Ferry sales rose");
  CHECK(cut_label("The tariff applies to pre-", 80) == "The tariff applies to pre-");
  // A cut that leaves a dash last drops it too.
  CHECK(cut_label("Harbour Foods said its profit for the whole of the year rose by a fifth to high - the best since 1990", 81) ==
        "Harbour Foods said its profit for the whole of the year rose by a fifth to high");
}


TEST_CASE("labels: a cut one short word before the label's end or a comma takes that word") {
  // 86 bytes: the last word ends the label (it read "... the old northern").
  CHECK(cut_label("Mr Varga's new cabinet appeared to tighten its firm grip on all the old northern towns", 80) ==
        "Mr Varga's new cabinet appeared to tighten its firm grip on all the old northern towns");
  // ... and one before a comma.
  CHECK(cut_label("Harbour Foods said that the largest recall involves 155,465 tins, jars and stone pots, a record", 80) ==
        "Harbour Foods said that the largest recall involves 155,465 tins, jars and stone pots");
  // Not when more follows the word than a comma: the usual cut.
  CHECK(cut_label("Okafor: the dock workers want to sort out the open questions that they face in reaching a deal", 80) ==
        "Okafor: the dock workers want to sort out the open questions that they face");
  // Never past the line and the slack together.
  CHECK(cut_label("Mr Varga's new cabinet appeared to tighten its firm grip on the old northern steel town", 80).size() <=
        80 + kLabelSlackBytes);
}
