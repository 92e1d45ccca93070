#include "paragraphs.hpp"

#include "lines.hpp"
#include "sentence_splitter.hpp"

namespace timeline {

bool looks_like_heading(std::string_view line) {
  Span s = trim(line, {0, line.size()});
  line = line.substr(s.begin, s.size());
  if (line.empty() || line.size() > 200) return false;
  if (line.find('\n') != std::string_view::npos) return false;
  char last = line.back();
  if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';' || last == ':' ) return false;
  if (line.ends_with("\xE2\x80\x9D") || line.ends_with("\"")) {  // a closing quote after punctuation
    auto inner = line.substr(0, line.size() - (line.back() == '"' ? 1 : 3));
    if (!inner.empty() && (inner.back() == '.' || inner.back() == '!' || inner.back() == '?')) return false;
  }
  return true;
}

void split_version_sentences(const Document& doc, Version& version) {
  version.sentences.clear();
  for (const auto& p : version.paragraphs) {
    bool heading = looks_like_heading(doc.text(p.span));
    for (Span s : split_sentences(doc.bytes, p.span)) version.sentences.push_back({s, heading});
  }
}

std::string fold_for_compare(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' '), space = false;
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char t = static_cast<unsigned char>(text[i + 2]);
      if (t == 0x98 || t == 0x99) { out.push_back('\''); i += 2; continue; }
      if (t == 0x9C || t == 0x9D) { out.push_back('"'); i += 2; continue; }
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : static_cast<char>(c));
  }
  return out;
}

}  // namespace timeline
