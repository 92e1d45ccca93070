#pragma once
// The document model every stage reads: a report as it came from disk, its versions and sentences,
// each sentence addressed by exact byte offsets into the original file.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "iso_time.hpp"

namespace timeline {

/// A byte range [begin, end) of a document's original file.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

/// Where a document's publication time (DCT) came from, strongest first.
enum class DctSource { cli, manifest, header, url, inferred, none };
std::string_view to_string(DctSource source);

/// The reader that produced a document.
enum class Format { plain, versions, timeml };
std::string_view to_string(Format format);

/// One sentence (or heading, or list line): its bytes in the file are exactly its text.
struct Sentence {
  Span span;
  bool heading = false;  ///< a title or section heading rather than running prose
};

/// A paragraph of one version; `flag` is non-empty when the reader is unsure of it
/// (e.g. a diff row it could not split between two versions).
struct Paragraph {
  Span span;
  std::string flag;
};

/// One version of a report. Plain reports have exactly one.
struct Version {
  int index = 0;
  std::optional<int> delay_minutes;  ///< after the first version, where the page says so
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
};

/// A line the reader removed as not part of the report, with the reason.
struct Removed {
  Span span;
  std::string reason;
};

/// A problem the reader worked around; `line` is 1-based (0 when not tied to a line).
struct Notice {
  std::size_t line = 0;
  std::string message;
};

/// An annotation read from an annotated input (TimeML TIMEX3, EVENT, ...): its tag, its span
/// in the document's text and its attributes in file order.
struct Annotation {
  std::string tag;
  Span span;
  std::vector<std::pair<std::string, std::string>> attributes;
  /// The value of attribute `name`, or "" when absent.
  std::string_view attribute(std::string_view name) const;
};

/// A report: one input file.
struct Document {
  std::string id;    ///< file name
  std::string path;  ///< as given or found
  Format format = Format::plain;
  std::string source;  ///< publisher name, where known
  std::string url;
  std::string title;
  std::optional<PublicationTime> dct;
  DctSource dct_source = DctSource::none;
  std::string dct_evidence;    ///< for an inferred DCT: what it was inferred from
  std::string dct_zone_source; ///< when the DCT's zone came from the source: "url: www.rt.com" (source_zone.hpp)
  double dct_confidence = 1.0; ///< for an inferred DCT: 0 (a guess) to 1 (pinned down)
  std::string bytes;  ///< the file's content, unchanged (for TimeML: the text inside <TEXT>, tags removed)
  /// TimeML only: file offset of each byte of `bytes`, plus one entry for the end.
  std::vector<std::size_t> file_offsets;
  std::vector<Annotation> annotations;  ///< annotations the input already carried (TimeML gold)
  std::vector<Version> versions;
  std::vector<Removed> removed;
  std::vector<Notice> notices;

  /// The bytes of `span` in the original file.
  std::string_view text(Span span) const { return std::string_view(bytes).substr(span.begin, span.size()); }
  /// 1-based line number of a byte offset.
  std::size_t line_of(std::size_t offset) const;
};

}  // namespace timeline
