#pragma once
// Writes time expressions as TimeML TIMEX3 tags: into the original bytes of a TimeML file (everything
// but the TIMEX3 tags stays byte-identical, so TempEval-3 tools read the result as system output), or
// into TimeML built from scratch for a plain report.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document.hpp"
#include "timex.hpp"

namespace timeline {

/// One TIMEX3 tag to write: its span in Document::bytes and its attributes, written in this order.
struct TimexTag {
  Span span;
  std::vector<std::pair<std::string, std::string>> attributes;  ///< raw (already XML-escaped) values
};

/// The TIMEX3 attributes of `timex` in TempEval-3 order: tid type value [mod] temporalFunction
/// functionInDocument [anchorTimeID] [quant] [freq]. `dct_tid` is the DCT's tid ("t0"), written as
/// anchorTimeID when Timex::anchor is "dct"; `anchor_tid` is the tid written for an anchor "t<n>"
/// (the caller maps n to the tid it gave that expression; empty: no anchorTimeID).
TimexTag to_timex_tag(const Timex& timex, std::string tid, std::string_view dct_tid, std::string_view anchor_tid = {});

/// How write_timeml() treats the TIMEX3 tags the file already holds inside <TEXT>.
struct TimemlWriteOptions {
  /// Remove them (except a CREATION_TIME one), so the output holds only the new tags: TempEval-3
  /// system output. When false they are kept and new tags overlapping them are dropped.
  bool strip_existing = true;
};

/// The result of writing: the bytes, and one warning per tag trimmed or dropped.
struct TimemlOutput {
  std::string bytes;
  std::vector<std::string> warnings;
};

/// The tid of the file's DCT TIMEX3 (<DCT><TIMEX3 tid=...>), or nullopt when it has none.
std::optional<std::string> find_dct_tid(std::string_view file_bytes);

/// Writes `tags` into `file_bytes`, the original file that `doc` (read by read_timeml) was read from.
/// Tags that would cross an existing tag are trimmed to the part inside it, or dropped when nothing
/// is left; empty or overlapping tags are dropped. Nullopt (and `error`) when `doc` does not match
/// `file_bytes`.
std::optional<TimemlOutput> write_timeml(const Document& doc, std::string_view file_bytes, std::vector<TimexTag> tags,
                                         const TimemlWriteOptions& options, std::string* error);

/// Converts `timexes` with to_timex_tag() (tids t1, t2, ... not used by the file, in text order) and
/// writes them. `timexes` are in resolution order: an anchor "t<n>" is timexes[n - 1], written as
/// that expression's tid. An anchorTimeID whose tag is not written (dropped) is left out.
std::optional<TimemlOutput> write_timeml(const Document& doc, std::string_view file_bytes, const std::vector<Timex>& timexes,
                                         const TimemlWriteOptions& options, std::string* error);

/// TimeML built from scratch for a non-TimeML document: DOCID, the DCT as TIMEX3 tid "t0" with
/// functionInDocument="CREATION_TIME" (omitted when the document has no DCT), and TEXT holding the
/// document's bytes XML-escaped with the timexes tagged.
TimemlOutput write_new_timeml(const Document& doc, const std::vector<Timex>& timexes);

/// The opening of a TimeML file built from scratch: the XML declaration, <TimeML>, DOCID and (when
/// known) the DCT as TIMEX3 tid "t0" with functionInDocument="CREATION_TIME", in local time.
std::string timeml_preamble(std::string_view docid, const std::optional<PublicationTime>& dct);

/// `text` with &, < and > escaped (and " when `attribute`); C0 controls other than tab and line
/// feed become character references or spaces so that the output is well-formed XML 1.0.
std::string xml_escape(std::string_view text, bool attribute = false);

}  // namespace timeline
