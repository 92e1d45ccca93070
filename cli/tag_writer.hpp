#pragma once
// `timeline tag`'s output, a report at a time: each report's text (JSON, a JSON Lines record or
// TimeML) is built on a worker thread by render() and written in document order by write(), so
// that the expressions of the whole corpus are never held at once (docs/performance.md).
#include <cstddef>
#include <filesystem>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "corpus_loader.hpp"
#include "timex.hpp"

namespace timeline::cli {

class TagWriter {
 public:
  /// `format`: json, jsonl or timeml; `out_dir`: with timeml, the folder each file goes to (else
  /// standard output); `strip`: replace the TIMEX3 tags a TimeML input already holds.
  /// `stdin_bytes`: the bytes read from standard input, for a TimeML report read from there.
  TagWriter(std::ostream& out, std::string format, std::string out_dir, bool strip, const std::string& stdin_bytes);

  /// What one report writes (thread-safe: it touches no state of the writer).
  struct Rendered {
    std::string text;
    std::optional<std::string> failed;  ///< why it cannot be written (TimeML that cannot be rebuilt)
  };
  Rendered render(const Document& doc, std::vector<std::vector<Timex>> per_version) const;

  /// Writes a rendered report; one at a time, in document order. What cannot be written goes to
  /// skipped() in that order.
  void write(const Document& doc, Rendered&& rendered);

  /// Ends the output: for json, the "skipped" list of `skipped` followed by skipped() (the whole
  /// output is then one JSON document, the bytes one dump(2) of it prints).
  void finish(const std::vector<Skipped>& skipped);

  std::size_t tagged() const { return tagged_; }
  const std::vector<Skipped>& skipped() const { return skipped_; }
  /// The output file that could not be written, if one could not: nothing is written after it.
  const std::optional<std::string>& write_error() const { return write_error_; }

 private:
  std::ostream& out_;
  std::string format_, out_dir_;
  bool strip_;
  const std::string& stdin_bytes_;
  bool first_json_ = true;
  std::set<std::string> written_;
  std::size_t tagged_ = 0;
  std::vector<Skipped> skipped_;
  std::optional<std::string> write_error_;
};

}  // namespace timeline::cli
