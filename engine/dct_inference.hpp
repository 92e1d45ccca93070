#pragma once
// Infers the publication date of reports that no source dates (no --dct, manifest, header or URL),
// from the report's own time expressions and the other reports of its story: a weekday it names,
// the years and dates it mentions, and the fact that reports of one story appear close in time.
#include <cstddef>

#include <vector>

#include "corpus_loader.hpp"
#include "time_tagger.hpp"
#include "timex.hpp"

namespace timeline {

/// Sets `dct`, `dct_source = inferred`, `dct_evidence` and `dct_confidence` on every document
/// that has no DCT and whose date the evidence pins to a day; leaves the others unknown.
/// Reports in the same folder count as one story; without dated neighbours the whole corpus is used.
/// Each report's evidence is gathered on up to `threads` threads (0: all cores); the result does
/// not depend on the thread count. With `found`, it is sized to the corpus and receives the
/// find_times() results of every report read for evidence (for tag_corpus to resolve).
void infer_publication_dates(Corpus& corpus, const TagOptions& options, std::size_t threads = 1,
                             std::vector<FoundTimes>* found = nullptr);

}  // namespace timeline
