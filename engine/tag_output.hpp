#pragma once
// What `timeline tag` prints: each document's time expressions as JSON (a contract: fields are
// added, never renamed or dropped), and the JSON Lines records of `tag --lines`.
#include <ostream>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "document.hpp"
#include "json_writer.hpp"
#include "timex.hpp"

namespace timeline {

/// One document of `tag --format json|jsonl`: {"id", "path", "format", "dct", "dct_source",
/// "timexes": [{"begin", "end", "text", "type", "value", "mod", "anchor", "quant", "freq", "rule",
/// "version", "sentence"}]}. `per_version[i]` holds the expressions found in doc.versions[i];
/// offsets are bytes in Document::bytes; "sentence" is the index in its version (null if outside).
void write_tagged_document(JsonWriter& w, const Document& doc, const std::vector<std::vector<Timex>>& per_version);
nlohmann::ordered_json tagged_document_json(const Document& doc, const std::vector<std::vector<Timex>>& per_version);  ///< as a value

/// One record of `tag --lines`, exactly `{"line": N, "text": "...", "timexes": [{"begin": b, "end": e,
/// "text": "...", "type": "DATE", "value": "...", "mod": ""}]}` and a newline; offsets are bytes in `text`.
void write_line_record(std::ostream& out, std::size_t number, std::string_view text, const std::vector<Timex>& timexes);

}  // namespace timeline
