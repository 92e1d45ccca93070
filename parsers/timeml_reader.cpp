#include "timeml_reader.hpp"

#include <algorithm>

#include "paragraphs.hpp"
#include "lines.hpp"

namespace timeline {
namespace {

struct Tag {
  std::string name;
  bool closing = false, self_closing = false;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::size_t begin = 0, end = 0;  // file offsets of '<' and one past '>'
};

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ':' || c == '.'; }

// Parses the tag starting at `pos` ('<'); nullopt if it is not well formed.
std::optional<Tag> parse_tag(std::string_view s, std::size_t pos) {
  Tag t;
  t.begin = pos;
  std::size_t i = pos + 1;
  if (i < s.size() && (s[i] == '?' || s[i] == '!')) {  // declaration or comment: skip whole
    auto close = s[i] == '!' && s.substr(i, 3) == "!--" ? s.find("-->", i) : s.find('>', i);
    if (close == std::string_view::npos) return std::nullopt;
    t.name = "?";
    t.end = close + (s[i] == '!' && s.substr(i, 3) == "!--" ? 3 : 1);
    return t;
  }
  if (i < s.size() && s[i] == '/') t.closing = true, ++i;
  std::size_t n = i;
  while (n < s.size() && name_char(s[n])) ++n;
  if (n == i) return std::nullopt;
  t.name = std::string(s.substr(i, n - i));
  i = n;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i >= s.size()) return std::nullopt;
    if (s[i] == '>') {
      t.end = i + 1;
      return t;
    }
    if (s[i] == '/' && i + 1 < s.size() && s[i + 1] == '>') {
      t.self_closing = true;
      t.end = i + 2;
      return t;
    }
    std::size_t k = i;
    while (k < s.size() && name_char(s[k])) ++k;
    if (k == i || k >= s.size()) return std::nullopt;
    std::string key(s.substr(i, k - i));
    while (k < s.size() && std::isspace(static_cast<unsigned char>(s[k]))) ++k;
    if (k >= s.size() || s[k] != '=') return std::nullopt;
    ++k;
    while (k < s.size() && std::isspace(static_cast<unsigned char>(s[k]))) ++k;
    if (k >= s.size() || (s[k] != '"' && s[k] != '\'')) return std::nullopt;
    char q = s[k];
    auto close = s.find(q, k + 1);
    if (close == std::string_view::npos) return std::nullopt;
    t.attributes.emplace_back(std::move(key), std::string(s.substr(k + 1, close - k - 1)));
    i = close + 1;
  }
  return std::nullopt;
}

std::size_t line_at(std::string_view s, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(std::min(offset, s.size())), '\n'));
}

}  // namespace

bool looks_like_timeml(std::string_view bytes) { return bytes.substr(0, 4096).find("<TimeML") != std::string_view::npos; }

std::optional<Document> read_timeml(std::string id, std::string path, std::string bytes, std::string* error) {
  auto fail = [&](std::size_t offset, const std::string& message) -> std::optional<Document> {
    if (error) *error = "line " + std::to_string(line_at(bytes, offset)) + ": " + message;
    return std::nullopt;
  };
  const std::string_view s = bytes;
  Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  doc.format = Format::timeml;

  bool in_text = false, in_dct = false, text_seen = false;
  std::vector<std::pair<Tag, std::size_t>> open;  // annotation tags open inside <TEXT>, with text offset
  std::size_t i = 0;
  while (i < s.size()) {
    auto lt = s.find('<', i);
    std::size_t stop = lt == std::string_view::npos ? s.size() : lt;
    if (in_text)
      for (std::size_t k = i; k < stop; ++k) doc.bytes.push_back(s[k]), doc.file_offsets.push_back(k);
    if (lt == std::string_view::npos) break;
    auto tag = parse_tag(s, lt);
    if (!tag) return fail(lt, "malformed tag");
    i = tag->end;
    if (tag->name == "?") continue;
    if (tag->name == "TEXT") {
      if (tag->closing) {
        // A stray </TEXT> would add a second end entry to file_offsets (found by fuzz_timeml_reader).
        if (!in_text) return fail(lt, "</TEXT> closes no open <TEXT>");
        if (!open.empty()) return fail(lt, "<" + open.back().first.name + "> is never closed");
        in_text = false;
        doc.file_offsets.push_back(lt);
      } else {
        if (text_seen) return fail(lt, "a second <TEXT> element");
        in_text = text_seen = true;
      }
      continue;
    }
    if (tag->name == "DCT") {
      in_dct = !tag->closing;
      continue;
    }
    if (in_dct && tag->name == "TIMEX3" && !tag->closing) {
      for (const auto& [k, v] : tag->attributes) {
        if (k != "value") continue;
        std::string why;
        auto t = parse_iso_time(v.size() >= 10 ? v : v, &why);
        if (t) doc.dct = *t, doc.dct_source = DctSource::header;
        else if (error) doc.notices.push_back({line_at(s, lt), "DCT value ignored: " + why});
      }
      continue;
    }
    if (!in_text) {
      // After the text: event instances and links (TempEval-3), kept at the text's end offset.
      if (text_seen && tag->self_closing && (tag->name == "MAKEINSTANCE" || tag->name == "TLINK"))
        doc.annotations.push_back({tag->name, {doc.bytes.size(), doc.bytes.size()}, tag->attributes});
      continue;
    }
    if (tag->self_closing) {
      doc.annotations.push_back({tag->name, {doc.bytes.size(), doc.bytes.size()}, tag->attributes});
    } else if (!tag->closing) {
      if (open.size() >= 32) return fail(lt, "annotations nested more than 32 deep");
      open.emplace_back(std::move(*tag), doc.bytes.size());
    } else {
      if (open.empty() || open.back().first.name != tag->name)
        return fail(lt, "</" + tag->name + "> does not close " + (open.empty() ? std::string("any open tag") : "<" + open.back().first.name + ">"));
      auto [start_tag, start] = std::move(open.back());
      open.pop_back();
      doc.annotations.push_back({start_tag.name, {start, doc.bytes.size()}, std::move(start_tag.attributes)});
    }
  }
  if (!text_seen) return fail(s.size(), "no <TEXT> element");
  if (in_text) return fail(s.size(), "<TEXT> is never closed (truncated file?)");
  std::sort(doc.annotations.begin(), doc.annotations.end(),
            [](const Annotation& a, const Annotation& b) { return a.span.begin < b.span.begin || (a.span.begin == b.span.begin && a.span.end > b.span.end); });

  // Paragraphs: blocks of the text separated by blank lines.
  Version version;
  auto lines = split_lines(doc.bytes);
  std::optional<Span> para;
  for (const auto& line : lines) {
    Span t = trim(doc.bytes, line.span);
    if (t.empty()) {
      if (para) version.paragraphs.push_back({*para, {}}), para.reset();
      continue;
    }
    if (para) para->end = t.end;
    else para = t;
  }
  if (para) version.paragraphs.push_back({*para, {}});
  split_version_sentences(doc, version);
  doc.versions.push_back(std::move(version));
  return doc;
}

}  // namespace timeline
