#pragma once
// Stage 2 of time tagging: resolves the tagger's underspecified values (parsers/time_tagger.hpp)
// into TIMEX3 values against the publication time (deictic expressions: "tomorrow", "next week")
// and the story's most recent time (anaphoric ones: "that day", "two days later").
#include <optional>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "time_value.hpp"
#include "time_tagger.hpp"
#include "timex.hpp"

namespace timeline {

/// The time the story last mentioned, at the granularity it was given (year, month or day).
struct StoryTime {
  int year = 0;
  std::optional<int> month, day;
  std::optional<int> quarter;  ///< when the story talks about a quarter ("the third quarter")
};

/// The resolver's state while reading one document from the start.
struct ResolveContext {
  std::optional<PublicationTime> dct;  ///< without it relative values stay underspecified ("XXXX-09-09")
  std::optional<StoryTime> last;       ///< the last resolved date, for anaphora
  TagOptions options;
  std::size_t resolved = 0;             ///< expressions resolved so far (the next one's index)
  std::optional<std::size_t> last_index;  ///< index of the expression that set `last`
  std::size_t paragraph = 0;              ///< the paragraph being read (set by the caller)
  std::size_t last_paragraph = 0;         ///< the paragraph of the expression that set `last`
  /// The report has named a time "local time" ("the early hours of Thursday local time"): its
  /// clock times are read where it happened, which may be ahead of the report's own clock.
  bool local_frame = false;
  std::size_t sentence = 0;               ///< the sentence being read (set by the caller)
  std::size_t last_sentence = 0;          ///< the sentence of the expression that set `last`
  /// The last date that was not after the publication day, and its expression's index: what a
  /// past-tense anaphor ("faced a long journey the same night") means when the story has since
  /// named a plan ("a parade on Wednesday").
  std::optional<StoryTime> last_past;
  std::optional<std::size_t> last_past_index;
  std::size_t last_past_paragraph = 0;
  /// Years written out so far, and how many of them lie three years or more before the
  /// publication (or in a report with none): a history told from long after ("In 1940 ... In
  /// June ...") counts bare months from the story's year, not the report's (`narrative()`).
  std::size_t years_written = 0, years_far = 0;
  /// The last story time three years or more before the publication: what a history counts bare
  /// months from, even after an expression read from the report's own time.
  std::optional<StoryTime> last_far;
  std::size_t deictic = 0;      ///< expressions read from the publication by their words ("Thursday", "last week")
  bool last_from_dct = false;  ///< `last` was read from the publication ("On June 10" given the report's year)
  std::optional<std::size_t> last_far_index;
  std::size_t last_far_paragraph = 0;
  bool narrative() const {
    return (years_written >= 2 && years_far == years_written) || (years_written >= 3 && 3 * years_far >= 2 * years_written);
  }
};

/// Resolves one tagged expression into TIMEX3; updates `context.last` when it names a date.
/// Timex::anchor is "dct" for deictic expressions and "t<n>" for anaphoric ones: the n-th
/// expression (1-based, in resolution order, as TimeML tids are usually numbered) they count from.
Timex resolve_time(const TaggedTime& tagged, ResolveContext& context);

/// All time expressions of one version of a document, resolved against doc.dct, in text order.
std::vector<Timex> tag_times(const Document& doc, const Version& version, const TagOptions& options,
                             const FoundTimes* found = nullptr);

/// The time expressions of a short text (split into sentences; later ones may refer to earlier
/// ones), resolved against `reference`. Spans are byte offsets into `text`. For tests and --lines.
std::vector<Timex> tag_phrase(std::string_view text, const std::optional<PublicationTime>& reference, const TagOptions& options);

}  // namespace timeline
