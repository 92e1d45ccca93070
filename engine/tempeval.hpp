#pragma once
// The TempEval-3 TIMEX3 measures (UzZaman et al. 2013): strict and relaxed extent precision, recall
// and F1, and type and value accuracy and F1 over the relaxed matches; micro-averaged over documents.
// Spans are compared as byte offsets in the document's text (docs/evaluation.md).
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus_loader.hpp"
#include "document.hpp"
#include "timex.hpp"

namespace timeline {

/// A time expression as the scorer sees it: its span and its attributes as strings.
struct TimexMention {
  Span span;
  std::string type;
  std::string value;
};

/// The TIMEX3 annotations of a TimeML document's text, without the document creation time.
std::vector<TimexMention> timex_mentions(const Document& doc);
/// The same for the tagger's output.
std::vector<TimexMention> timex_mentions(const std::vector<Timex>& timexes);

/// Counts from which every measure follows; they add up over documents (micro-averaging).
struct TimexCounts {
  std::size_t gold = 0, system = 0;
  std::size_t strict = 0;         ///< one-to-one pairs with exactly the same span
  std::size_t relaxed = 0;        ///< one-to-one pairs whose spans overlap
  std::size_t type_correct = 0;   ///< relaxed pairs with the same type
  std::size_t value_correct = 0;  ///< relaxed pairs with the same value
  TimexCounts& operator+=(const TimexCounts& other);
  friend bool operator==(const TimexCounts&, const TimexCounts&) = default;
};

/// The relaxed matching compare_timexes() uses: for each system mention, the index of its gold
/// partner, or -1. Spans (not attributes) decide; exact pairs are kept first.
std::vector<long> relaxed_partners(const std::vector<TimexMention>& gold, const std::vector<TimexMention>& system);

/// Compares one document's system expressions to its gold ones. Relaxed pairs are a maximum
/// one-to-one matching of overlapping spans that keeps as many exact-span pairs as it can.
TimexCounts compare_timexes(const std::vector<TimexMention>& gold, const std::vector<TimexMention>& system);

/// Precision, recall and F1 (each 0 when its denominator is 0).
struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};

/// Every TempEval-3 TIMEX3 measure.
struct TempEvalScores {
  Prf strict, relaxed;
  double type_accuracy = 0, value_accuracy = 0;  ///< over relaxed pairs
  Prf type, value;                               ///< relaxed P, R and F1 each times the accuracy
};

/// The measures from the counts.
TempEvalScores tempeval_scores(const TimexCounts& counts);

/// One compared document.
struct DocumentEvaluation {
  std::string id;      ///< file name
  TimexCounts counts;
  std::size_t events_gold = 0, events_system = 0, events_strict = 0, events_relaxed = 0, events_class = 0;
  std::size_t tlinks_gold = 0, tlinks_system = 0, tlinks_system_entailed = 0, tlinks_gold_entailed = 0;
  std::string note;    ///< why the system side counted as empty ("no system file"), else ""
};

/// The evaluation of a system folder against a gold folder.
struct TempEvalReport {
  std::vector<DocumentEvaluation> documents;  ///< every gold document, by file name
  TimexCounts total;
  /// EVENT and TLINK totals (link_eval.hpp), over gold documents that have EVENT (TLINK) tags.
  std::size_t events_gold = 0, events_system = 0, events_strict = 0, events_relaxed = 0, events_class = 0;
  std::size_t tlinks_gold = 0, tlinks_system = 0, tlinks_system_entailed = 0, tlinks_gold_entailed = 0;
  bool has_events = false, has_tlinks = false;
  std::vector<std::string> missing_system;    ///< gold documents with no (usable) system file
  std::vector<std::string> extra_system;      ///< system files with no gold document (ignored)
  std::vector<Skipped> unreadable;            ///< gold or system files that could not be read
};

/// Reads the `.tml` files below `gold_dir` and `system_dir` (recursively) and pairs them by file
/// name. A gold document without a usable system file (none, unreadable, or with another text)
/// counts as all missed; unreadable gold files are listed and not compared.
TempEvalReport evaluate_timeml_folders(const std::string& gold_dir, const std::string& system_dir);

/// The report as JSON: counts, measures, lists, and per-document counts.
nlohmann::ordered_json tempeval_to_json(const TempEvalReport& report);

/// The report as a table.
void print_tempeval_text(const TempEvalReport& report, std::ostream& out);

}  // namespace timeline
