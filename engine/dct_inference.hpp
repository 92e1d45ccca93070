#pragma once
// Infers the publication date of reports that no source dates (no --dct, manifest, header or URL),
// from the report's own time expressions and the other reports of its story: a weekday it names,
// the years and dates it mentions, and the fact that reports of one story appear close in time.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <date/date.h>

#include "corpus_loader.hpp"
#include "time_tagger.hpp"
#include "timex.hpp"

namespace timeline {

/// What one report's own words say about when it was written: the weekdays, dates, years and days
/// of the month it names, with their tense.
struct DateEvidence {
  struct Weekday {
    int iso;
    Tense tense;
  };
  std::vector<Weekday> weekdays;                               // "on Friday", "Friday night"
  std::vector<std::pair<date::sys_days, Tense>> dates;         // "September 9, 2016"
  std::vector<std::pair<int, Tense>> years;                    // "in 2016"
  std::vector<std::pair<date::month_day, Tense>> month_days;   // "Since August 26"
  /// The sentences that tell something "yesterday", "today" or "tomorrow" (the days from the
  /// publication: -1, 0, +1) with their words (told_words()): the same event told on a day a
  /// dated report of the story names dates this report ("found guilty yesterday" / "on Tuesday").
  struct Deictic {
    int offset = 0;
    std::vector<std::uint32_t> words;
  };
  std::vector<Deictic> deictic;
};

/// A day a dated report names ("on Tuesday", "today", "yesterday"), resolved against its
/// publication, with the words of its sentence and of the sentence before it (a lead and its
/// detail): what an undated report's "yesterday" may tell of.
struct ToldDay {
  date::sys_days day;
  std::vector<std::uint32_t> words;
};

/// The content words of a text as sorted, unique 32-bit hashes: lower-cased letter runs of four
/// letters or more, without the commonest function words and the words of day expressions.
std::vector<std::uint32_t> told_words(std::string_view text);

/// The first two days a dated report names in a sentence that holds "day" (weekdays, "today",
/// "yesterday"), with their words; `found` receives the find_times() results read. Two a report
/// at most: what a corpus holds of them grows by about 300 bytes a report.
std::vector<ToldDay> gather_told_days(const Document& doc, const TagOptions& options, FoundTimes& found);

/// The evidence of `doc`'s own sentences; `found` receives the find_times() results read.
DateEvidence gather_date_evidence(const Document& doc, const TagOptions& options, FoundTimes& found);

/// One report as the inference weighs it: its folder (the reports of a folder are one story), its
/// publication day when a source gives it, else the evidence of its own words.
struct DatedReport {
  std::string folder;
  std::optional<date::sys_days> day;
  DateEvidence evidence;
  std::vector<ToldDay> told;  ///< a dated report's named days (gather_told_days)
};

/// The inferred publication day of an undated report, what it rests on, and how sure (0-1).
struct InferredDate {
  date::sys_days day;
  std::string evidence;
  double confidence = 0;
};

/// The dated reports whose told days (gather_told_days) the inference reads: those of a folder in
/// which an undated report tells something from its own day. Indices into `reports`, ascending;
/// empty for most corpora, so that the days are gathered (and the reports read again, when they
/// are read a batch at a time) only where they can date something.
std::vector<std::size_t> told_days_needed(const std::vector<DatedReport>& reports);

/// For a corpus read a batch at a time, whose text is gone once its evidence is gathered: reads
/// again the reports told_days_needed() names, `batch` at a time, and sets their told days.
/// `read` reads the reports at the given places of `reports`; `path_of` is the path of the report
/// at a place (a document read is matched by its path; one that cannot be read keeps no days).
void read_told_days(std::vector<DatedReport>& reports, const TagOptions& options, std::size_t batch, std::size_t threads,
                    const std::function<std::string_view(std::size_t)>& path_of,
                    const std::function<Corpus(const std::vector<std::size_t>&)>& read);

/// The inferred day of every undated report the evidence pins to one (nullopt for the dated ones
/// and the others); the same for any number of threads. infer_publication_dates() is this over a
/// corpus, for reading a corpus a batch at a time (`build --by-story`).
std::vector<std::optional<InferredDate>> infer_dates(const std::vector<DatedReport>& reports, std::size_t threads = 1);

/// Sets the inferred date on `doc` (`dct`, `dct_source = inferred`, evidence, confidence, the zone
/// its source implies).
void apply_inferred_date(Document& doc, const InferredDate& date);

/// A report's folder, as the inference groups reports.
std::string report_folder(const Document& doc);

/// Sets `dct`, `dct_source = inferred`, `dct_evidence` and `dct_confidence` on every document
/// that has no DCT and whose date the evidence pins to a day; leaves the others unknown.
/// Reports in the same folder count as one story; without dated neighbours the whole corpus is used.
/// Each report's evidence is gathered on up to `threads` threads (0: all cores); the result does
/// not depend on the thread count. With `found`, it is sized to the corpus and receives the
/// find_times() results of every report read for evidence (for tag_corpus to resolve).
void infer_publication_dates(Corpus& corpus, const TagOptions& options, std::size_t threads = 1,
                             std::vector<FoundTimes>* found = nullptr);

}  // namespace timeline
