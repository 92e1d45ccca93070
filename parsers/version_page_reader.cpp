#include "version_page_reader.hpp"

#include <algorithm>

#include <re2/re2.h>

#include "boilerplate.hpp"
#include "lines.hpp"
#include "paragraphs.hpp"
#include "sentence_splitter.hpp"
#include "text_check.hpp"
#include "url_date.hpp"

namespace timeline {
namespace {

const RE2& version_header() {
  static const RE2 re(R"(Version\s+(\d+)\s*\|?\s*Version\s+(\d+)\s*\|?)");
  return re;
}

std::string_view view(std::string_view all, Span s) { return all.substr(s.begin, s.size()); }

// A row's cells: `old | new |` (table form) or the whole line (run-together form).
struct Row {
  std::size_t line = 0;
  Span whole;
  std::optional<Span> old_cell, new_cell;  // set for table rows
};

// Splits a table row `old | new |` into its two cells, trimmed (either may be empty).
std::pair<Span, Span> table_cells(std::string_view all, Span whole) {
  std::string_view text = view(all, whole);
  std::size_t end = text.size();
  if (end > 0 && text[end - 1] == '|') --end;
  std::vector<std::size_t> seps;
  for (std::size_t p = text.find('|'); p != std::string_view::npos && p < end; p = text.find('|', p + 1)) seps.push_back(p);
  std::size_t sep = seps.empty() ? end : seps[seps.size() / 2];
  for (std::size_t p : seps) {  // prefer the separator whose two sides are equal
    Span a = trim(all, {whole.begin, whole.begin + p}), b = trim(all, {whole.begin + p + 1, whole.begin + end});
    if (view(all, a) == view(all, b)) sep = p;
  }
  Span a = trim(all, {whole.begin, whole.begin + sep});
  Span b = sep < end ? trim(all, {whole.begin + sep + 1, whole.begin + end}) : Span{whole.begin + end, whole.begin + end};
  return {a, b};
}

// Candidate split points of a run-together row: after sentence ends and at word gaps for titles.
std::vector<std::size_t> sentence_gaps(std::string_view all, Span whole) {
  std::vector<std::size_t> gaps;
  for (Span s : split_sentences(all, whole))
    if (s.end < whole.end) gaps.push_back(s.end);
  return gaps;
}

// Splits a run-together row into (old, new). nullopt when nothing says where the boundary is.
std::optional<std::pair<Span, Span>> split_run_together(std::string_view all, Span whole, const KnownText& known) {
  std::string_view text = view(all, whole);
  // 1. The same text twice: "X X".
  if (is_doubled_text(text) || (text.size() % 2 == 1 && text[text.size() / 2] == ' ' &&
                                text.substr(0, text.size() / 2) == text.substr(text.size() / 2 + 1))) {
    std::size_t half = text.size() / 2;
    Span a = trim(all, {whole.begin, whole.begin + half});
    Span b = trim(all, {whole.begin + half, whole.end});
    return std::make_pair(a, b);
  }
  // 2. A side that other reports print as a whole paragraph.
  auto gaps = sentence_gaps(all, whole);
  for (std::size_t gap : gaps) {
    Span a = trim(all, {whole.begin, gap}), b = trim(all, {gap, whole.end});
    if (known.paragraphs.contains(fold_for_compare(view(all, a))) || known.paragraphs.contains(fold_for_compare(view(all, b))))
      return std::make_pair(a, b);
  }
  return std::nullopt;
}

}  // namespace

void KnownText::add(const Document& doc) {
  for (const auto& v : doc.versions) {
    for (const auto& p : v.paragraphs) paragraphs.insert(fold_for_compare(doc.text(p.span)));
    for (const auto& s : v.sentences) sentences.insert(fold_for_compare(doc.text(s.span)));
  }
}

bool looks_like_version_page(std::string_view bytes) {
  auto head = bytes.substr(0, 4096);
  if (head.find("This article is from the source") != std::string_view::npos) return true;
  for (const auto& line : split_lines(head)) {
    std::string_view t = view(head, trim(head, line.span));
    if (RE2::FullMatch(t, version_header())) return true;
  }
  return false;
}

std::optional<int> parse_delay_minutes(std::string_view note) {
  static const RE2 re(R"((?i)\(\s*(?:about|around|roughly|approximately|nearly|almost|over|some)?\s*(\d+|an?|one)\s+(minute|hour|day|week)s?\s+later\s*\))");
  std::string count, unit;
  if (!RE2::FullMatch(note, re, &count, &unit)) return std::nullopt;
  long n = (count == "a" || count == "an" || count == "one") ? 1 : std::strtol(count.c_str(), nullptr, 10);
  long per = unit == "minute" ? 1 : unit == "hour" ? 60 : unit == "day" ? 1440 : 10080;
  if (n < 0 || n > 10'000'000 / per) return std::nullopt;
  return static_cast<int>(n * per);
}

Document read_version_page(std::string id, std::string path, std::string bytes, const KnownText& known) {
  Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  doc.format = Format::versions;
  doc.bytes = std::move(bytes);
  const std::string_view all = doc.bytes;
  auto lines = split_lines(all, bom_length(all));

  static const RE2 source_re(R"(This article is from the source '([^']*)'.*)");
  static const RE2 url_re(R"(You can find the current article at its original source at (\S+))");
  static const RE2 changed_re(R"(The article has changed \d+ times?\..*)");
  static const RE2 separator_re(R"(\|?\s*-{3,}\s*\|\s*-{3,}\s*\|?)");

  Version older, newer;
  bool table = false, in_body = false;
  std::vector<Row> rows;
  for (const auto& line : lines) {
    Span s = trim(all, line.span);
    std::string_view t = view(all, s);
    if (t.empty()) continue;
    std::string source, url;
    int a = 0, b = 0;
    if (!in_body && RE2::FullMatch(t, source_re, &source)) {
      doc.source = source;
      doc.removed.push_back({s, "diff page header"});
    } else if (!in_body && RE2::PartialMatch(t, url_re, &url)) {
      doc.url = url;
      doc.removed.push_back({s, "diff page header"});
    } else if (!in_body && RE2::FullMatch(t, changed_re)) {
      doc.removed.push_back({s, "diff page header (change count and feed notice)"});
    } else if (!in_body && RE2::FullMatch(t, version_header(), &a, &b)) {
      older.index = a, newer.index = b;
      table = t.find('|') != std::string_view::npos;
      in_body = true;
      doc.removed.push_back({s, "diff page header (version names)"});
    } else if (in_body && RE2::FullMatch(t, separator_re)) {
      doc.removed.push_back({s, "diff table rule"});
    } else if (!in_body) {
      if (auto r = boilerplate_line_reason(t)) doc.removed.push_back({s, *r});
      else doc.notices.push_back({line.number, "text before the version table kept as the first version's"}),
           older.paragraphs.push_back({s, {}});
    } else {
      Row row{line.number, s, {}, {}};
      if (table) {
        auto [o, n] = table_cells(all, s);
        row.old_cell = o, row.new_cell = n;
      }
      rows.push_back(row);
    }
  }

  bool delay_seen = false;
  for (const auto& row : rows) {
    std::string_view first = row.old_cell ? view(all, *row.old_cell) : view(all, row.whole);
    if (!delay_seen) {
      if (auto minutes = parse_delay_minutes(first)) {
        newer.delay_minutes = *minutes;
        delay_seen = true;
        doc.removed.push_back({row.old_cell ? *row.old_cell : row.whole, "diff page delay note"});
        continue;
      }
    }
    if (auto r = boilerplate_line_reason(view(all, row.whole))) {
      doc.removed.push_back({row.whole, *r});
      continue;
    }
    std::optional<std::pair<Span, Span>> cells;
    if (row.old_cell) cells = std::make_pair(*row.old_cell, *row.new_cell);
    else cells = split_run_together(all, row.whole, known);
    if (cells) {
      if (!cells->first.empty()) older.paragraphs.push_back({cells->first, {}});
      if (!cells->second.empty()) newer.paragraphs.push_back({cells->second, {}});
    } else {
      // Kept in both versions, flagged, rather than guessed or dropped.
      std::string flag = "unsplit: the two versions' text could not be separated";
      older.paragraphs.push_back({row.whole, flag});
      newer.paragraphs.push_back({row.whole, flag});
      doc.notices.push_back({row.line, "row could not be split between versions " + std::to_string(older.index) + " and " +
                                           std::to_string(newer.index) + "; kept in both and flagged"});
    }
  }
  if (!older.paragraphs.empty()) doc.title = std::string(view(all, older.paragraphs.front().span));
  if (auto t = date_from_url(doc.url)) doc.dct = *t, doc.dct_source = DctSource::url;
  split_version_sentences(doc, older);
  split_version_sentences(doc, newer);
  doc.versions.push_back(std::move(older));
  doc.versions.push_back(std::move(newer));
  std::sort(doc.removed.begin(), doc.removed.end(), [](const Removed& x, const Removed& y) { return x.span.begin < y.span.begin; });
  return doc;
}

}  // namespace timeline
