#pragma once
// Loads the data files (lexicons, tables) that hold the rules' vocabulary.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace timeline {

/// The text of a data file compiled into the library (by file name, e.g. "abbreviations.tsv").
std::optional<std::string_view> data_file(std::string_view name);

/// One non-comment, non-blank line of a data file, split at tabs, with its 1-based line number.
struct DataRow {
  std::size_t line = 0;
  std::vector<std::string_view> fields;
};

/// The rows of a data file's text: '#' starts a comment line, blank lines are skipped.
std::vector<DataRow> data_rows(std::string_view text);

/// The rows of an embedded data file; throws std::runtime_error naming the file if it is missing.
std::vector<DataRow> embedded_rows(std::string_view name);

/// An embedded data file of `key<TAB>value` rows as a map; throws std::runtime_error naming the
/// file and line of a row with another number of fields or a key listed twice.
std::unordered_map<std::string, std::string> embedded_pairs(std::string_view name);

}  // namespace timeline
