#pragma once
// What `timeline read` prints: each document's format, DCT, source, versions, sentences and removed
// lines, as JSON (a contract: fields are added, never renamed or dropped) or as readable text.
#include <ostream>

#include <nlohmann/json.hpp>

#include "corpus_loader.hpp"
#include "json_writer.hpp"

namespace timeline {

/// One document of `read --format json` (id, path, format, dct, ..., versions, removed, notices).
void write_document(JsonWriter& w, const Document& doc);
nlohmann::ordered_json document_json(const Document& doc);  ///< the same, as a JSON value

/// The members "begin", "end" and "text" of span `s` of `doc` (text empty when `s` lies outside).
void write_span(JsonWriter& w, const Document& doc, Span s);

/// The `read --format json` document: {"documents": [...], "skipped": [...]}.
nlohmann::ordered_json corpus_to_json(const Corpus& corpus);

/// A human-readable summary of every document, then the skipped inputs.
void print_corpus_text(const Corpus& corpus, std::ostream& out);

}  // namespace timeline
