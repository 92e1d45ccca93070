#pragma once
// Shared by the readers: turns a version's paragraphs into sentences.
#include "document.hpp"

namespace timeline {

/// True when a line reads as a heading: short, and not ended by sentence punctuation.
bool looks_like_heading(std::string_view line);

/// Fills `version.sentences` from `version.paragraphs`; single-line headings are marked.
void split_version_sentences(const Document& doc, Version& version);

/// Folds a text for comparing near-identical copies: curly quotes to straight ones, runs of
/// white space to one space, ASCII letters to lower case.
std::string fold_for_compare(std::string_view text);

}  // namespace timeline
