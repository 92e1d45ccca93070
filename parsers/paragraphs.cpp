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
  // Written through a pointer into a buffer of the input's size: the folded text is never longer
  // (runs of white space become one space, curly quotes one byte).
  std::string out(text.size(), '\0');
  char* o = out.data();
  std::size_t n = 0;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = n > 0;
      continue;
    }
    if (space) o[n++] = ' ', space = false;
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char t = static_cast<unsigned char>(text[i + 2]);
      if (t == 0x98 || t == 0x99) { o[n++] = '\''; i += 2; continue; }
      if (t == 0x9C || t == 0x9D) { o[n++] = '"'; i += 2; continue; }
    }
    o[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : static_cast<char>(c);
  }
  out.resize(n);
  return out;
}

}  // namespace timeline
