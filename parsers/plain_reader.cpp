#include "plain_reader.hpp"

#include <algorithm>

#include "boilerplate.hpp"
#include "lines.hpp"
#include "paragraphs.hpp"
#include "text_check.hpp"
#include "url_date.hpp"

namespace timeline {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  return out;
}

// Applies one `Key: value` header line; false when the line is not a header line.
bool apply_header(Document& doc, std::string_view line, std::size_t number) {
  auto colon = line.find(':');
  if (colon == std::string_view::npos || colon > 12) return false;
  std::string key = lower(line.substr(0, colon));
  Span v = trim(line, {colon + 1, line.size()});
  std::string_view value = line.substr(v.begin, v.size());
  if (value.empty()) return false;
  if (key == "source") {
    doc.source = std::string(value);
  } else if (key == "url") {
    doc.url = std::string(value);
  } else if (key == "published" || key == "date") {
    std::string error;
    if (auto t = parse_published(value, &error)) {
      doc.dct = *t;
      doc.dct_source = DctSource::header;
    } else {
      doc.notices.push_back({number, "ignored publication time: " + error});
    }
  } else {
    return false;
  }
  return true;
}

// A short unpunctuated line followed directly by text is a heading ("Talks resume" above its
// paragraph) only if it holds no sentence end itself and the next line starts like a sentence;
// otherwise it is a wrapped line of a paragraph.
bool short_heading_before(std::string_view line, std::string_view next) {
  if (line.size() >= 60 || line.find(". ") != std::string_view::npos) return false;
  if (next.empty()) return true;
  unsigned char c = static_cast<unsigned char>(next[0]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c >= 0xC3 || next.starts_with("\xE2\x80\x9C");
}

}  // namespace

std::optional<PublicationTime> parse_published(std::string_view value, std::string* error) {
  auto space = value.find(' ', 10);
  // "2016-09-09 21:00" is one ISO value; a zone name comes after the time (or after the date).
  if (space == 10 && value.size() > 11 && value[11] >= '0' && value[11] <= '9') space = value.find(' ', 11);
  std::string iso(value.substr(0, space));
  if (iso.size() > 10 && iso[10] == ' ') iso[10] = 'T';
  auto t = parse_iso_time(iso, error);
  if (t && space != std::string_view::npos) {
    auto zone = value.substr(space + 1);
    if (!apply_zone(*t, zone, error)) return std::nullopt;
  }
  return t;
}

Document read_plain(std::string id, std::string path, std::string bytes) {
  Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  doc.format = Format::plain;
  doc.bytes = std::move(bytes);
  const std::string_view all = doc.bytes;
  auto lines = split_lines(all, bom_length(all));
  auto reasons = find_boilerplate(all, lines);

  auto line_text = [&](std::size_t i) { Span s = trim(all, lines[i].span); return all.substr(s.begin, s.size()); };
  auto remove = [&](std::size_t i, std::string reason) {
    doc.removed.push_back({trim(all, lines[i].span), std::move(reason)});
  };

  // Metadata header lines come first; the first other content line is the title candidate.
  std::size_t i = 0;
  for (; i < lines.size(); ++i) {
    if (line_text(i).empty()) continue;
    if (!reasons[i].empty()) continue;
    if (!apply_header(doc, line_text(i), lines[i].number)) break;
    reasons[i] = "metadata header";
  }
  std::optional<std::size_t> title_line;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (line_text(k).empty() || !reasons[k].empty()) continue;
    if (looks_like_heading(line_text(k))) title_line = k;
    break;
  }
  if (title_line) {
    doc.title = std::string(line_text(*title_line));
    // A headline printed twice: the next content line repeats it (quotes may differ).
    for (std::size_t k = *title_line + 1; k < lines.size(); ++k) {
      if (line_text(k).empty()) continue;
      if (reasons[k].empty() && fold_for_compare(line_text(k)) == fold_for_compare(doc.title))
        reasons[k] = "headline printed twice";
      break;
    }
  }
  if (doc.dct_source == DctSource::none && !doc.url.empty()) {
    if (auto t = date_from_url(doc.url)) doc.dct = *t, doc.dct_source = DctSource::url;
  }

  // Paragraphs: runs of kept, non-blank lines. A heading-like line stands alone.
  Version version;
  std::optional<Span> open;
  auto close = [&] {
    if (open) version.paragraphs.push_back({*open, {}});
    open.reset();
  };
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!reasons[k].empty()) {
      close();
      if (!line_text(k).empty()) remove(k, reasons[k]);
      continue;
    }
    Span s = trim(all, lines[k].span);
    if (s.empty()) {
      close();
      continue;
    }
    bool heading = looks_like_heading(all.substr(s.begin, s.size())) &&
                   (k + 1 >= lines.size() || trim(all, lines[k + 1].span).empty() || title_line == k ||
                    short_heading_before(all.substr(s.begin, s.size()), all.substr(trim(all, lines[k + 1].span).begin)));
    if (heading) {
      close();
      version.paragraphs.push_back({s, {}});
      continue;
    }
    if (open) open->end = s.end;
    else open = s;
  }
  close();
  split_version_sentences(doc, version);
  doc.versions.push_back(std::move(version));
  std::sort(doc.removed.begin(), doc.removed.end(), [](const Removed& a, const Removed& b) { return a.span.begin < b.span.begin; });
  return doc;
}

}  // namespace timeline
