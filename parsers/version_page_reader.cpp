#include "version_page_reader.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>

#include <re2/re2.h>

#include "boilerplate.hpp"
#include "lines.hpp"
#include "paragraphs.hpp"
#include "sentence_splitter.hpp"
#include "text_check.hpp"
#include "url_date.hpp"

namespace timeline {
namespace {

// Limits that keep a hostile page's cost bounded: a row past them is kept unsplit and flagged.
constexpr std::size_t kMaxRowBytes = 32 * 1024;
constexpr std::size_t kMaxCuts = 128;             // candidate split points per row
constexpr std::size_t kMaxStraddleBytes = 2000;   // longest known sentence looked for across a gap
constexpr std::size_t kMaxStraddleWindow = 48;    // most candidate gaps one sentence may cover
constexpr std::size_t kPageWorkBytes = 64u << 20;  // bytes folded for comparison, per page, plus
constexpr std::size_t kWorkPerPageByte = 32;       //   this many per byte of the page: linear time
constexpr std::size_t kMaxTitlesBytes = 400;      // two titles run together
constexpr std::size_t kMinEqualHalf = 12;         // "Bye bye" is text, not two equal cells
constexpr std::size_t kOpeningWords = 4;          // a row's opening must be this long to count
constexpr std::size_t kOpeningBytes = 20;         //   as recurring at the newer side's start

const RE2& version_header() {
  static const RE2 re(R"(Version\s+(\d+)\s*\|?\s*Version\s+(\d+)\s*\|?)");
  return re;
}

std::string_view view(std::string_view all, Span s) { return all.substr(s.begin, s.size()); }

enum class Side { none, old_side, new_side };

// One body line of the page, after the "Version N Version M" header.
struct Row {
  std::size_t line = 0;
  Span whole;
  bool table = false;  // the page is a table: `|` separates the cells
};

// One way to cut a row into (older, newer); either side may be empty.
struct Cut {
  Span left, right;
};

// Where one row's text goes. A non-empty flag keeps the whole row in both versions.
struct Placement {
  Span old_text, new_text;
  std::string flag;
  bool open = false;  // flagged for want of evidence: the page's own recurrences may still place it
};

// What the page and the corpus say about one row.
struct Evidence {
  std::vector<Cut> cuts;
  std::vector<char> blocked;  // a known sentence runs across this cut
  std::vector<std::vector<std::size_t>> left_docs, right_docs;  // reports printing a side as a paragraph
  std::vector<std::size_t> whole_docs;  // reports printing the whole row as one paragraph
  std::optional<std::size_t> equal_cut, opening_cut;
  bool explicit_cells = false;  // a table row with exactly one column separator
  std::string unanalysed;       // why the row was not looked at (too long, work limit)
};

// Comparison work left for the page, so hostile input stays bounded in time.
struct Budget {
  std::size_t left;
  bool take(std::size_t n) {
    if (n > left) {
      left = 0;
      return false;
    }
    left -= n;
    return true;
  }
};

bool is_word_space(char c) { return c == ' ' || c == '\t'; }

// Two titles run together: one line, not ended like a sentence (looks_like_heading() judges the
// ending; its length limit is for one title, not two).
bool reads_as_titles(std::string_view piece) {
  if (piece.size() > kMaxTitlesBytes || piece.find('\n') != std::string_view::npos) return false;
  return looks_like_heading(piece.substr(piece.size() - std::min<std::size_t>(piece.size(), 100)));
}

// Offsets where the newer text could begin in a run-together row: sentence starts, and word
// starts inside pieces that read as titles (no sentence punctuation to split on).
std::vector<std::size_t> candidate_gaps(std::string_view all, Span whole) {
  std::vector<std::size_t> gaps;
  auto pieces = split_sentences(all, whole);
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i > 0) gaps.push_back(pieces[i].begin);
    if (!reads_as_titles(view(all, pieces[i]))) continue;
    for (std::size_t p = pieces[i].begin + 1; p < pieces[i].end; ++p)
      if (is_word_space(all[p - 1]) && !is_word_space(all[p])) gaps.push_back(p);
  }
  std::sort(gaps.begin(), gaps.end());
  gaps.erase(std::unique(gaps.begin(), gaps.end()), gaps.end());
  return gaps;
}

// The column separators of a table row, without the row's closing `|`.
std::vector<std::size_t> table_separators(std::string_view all, Span whole) {
  std::string_view text = view(all, whole);
  std::size_t end = text.size();
  if (end > 0 && text[end - 1] == '|') --end;
  std::vector<std::size_t> seps;
  for (std::size_t p = text.find('|'); p != std::string_view::npos && p < end; p = text.find('|', p + 1))
    seps.push_back(whole.begin + p);
  return seps;
}

Span row_body(std::string_view all, Span whole, bool table) {
  if (table && whole.end > whole.begin && all[whole.end - 1] == '|') --whole.end;
  return whole;
}

std::vector<Cut> make_cuts(std::string_view all, const Row& row, bool& explicit_cells) {
  std::vector<Cut> cuts;
  Span body = row_body(all, row.whole, row.table);
  if (row.table) {
    auto seps = table_separators(all, row.whole);
    explicit_cells = seps.size() == 1;
    for (std::size_t sep : seps)
      cuts.push_back({trim(all, {body.begin, sep}), trim(all, {sep + 1, body.end})});
    if (!seps.empty()) return cuts;
  }
  for (std::size_t gap : candidate_gaps(all, body))
    cuts.push_back({trim(all, {body.begin, gap}), trim(all, {gap, body.end})});
  return cuts;
}

bool fold_equal(std::string_view a, std::string_view b, Budget& budget) {
  if (a == b) return true;
  std::size_t small = std::min(a.size(), b.size()), large = std::max(a.size(), b.size());
  if (small * 5 < large * 4 || !budget.take(a.size() + b.size())) return false;  // folding cannot bridge that
  return fold_for_compare(a) == fold_for_compare(b);
}

// A known sentence that runs across a cut makes that cut impossible.
void block_straddled(std::string_view all, Evidence& ev, Span body, const KnownText& known, Budget& budget) {
  if (known.sentences.empty() || ev.cuts.empty()) return;
  std::vector<std::size_t> bounds{body.begin};
  for (const Cut& c : ev.cuts) bounds.push_back(c.right.begin);
  bounds.push_back(body.end);
  std::size_t longest = std::min(kMaxStraddleBytes, known.longest_sentence + 64);  // folding only shrinks text
  for (std::size_t i = 0; i + 2 < bounds.size(); ++i) {
    for (std::size_t j = i + 2; j < bounds.size() && j - i <= kMaxStraddleWindow; ++j) {
      Span s = trim(all, {bounds[i], bounds[j]});
      if (s.size() > longest) break;
      if (!budget.take(s.size())) return;
      if (!known.sentences.contains(fold_for_compare(view(all, s)))) continue;
      for (std::size_t k = i + 1; k < j; ++k) ev.blocked[k - 1] = 1;
    }
  }
}

const std::vector<std::size_t>* docs_printing(std::string_view text, const KnownText& known, Budget& budget) {
  if (text.empty() || !budget.take(text.size())) return nullptr;
  auto it = known.paragraph_docs.find(fold_for_compare(text));
  return it == known.paragraph_docs.end() ? nullptr : &it->second;
}

// The row's first words recur at exactly one cut: the newer text restates the older's opening.
std::optional<std::size_t> repeated_opening(std::string_view all, Span body, const Evidence& ev) {
  std::string_view text = view(all, body);
  std::size_t end = 0, words = 0;
  while (end < text.size() && (words < kOpeningWords || end < kOpeningBytes)) {
    while (end < text.size() && is_word_space(text[end])) ++end;
    while (end < text.size() && !is_word_space(text[end])) ++end;
    ++words;
  }
  if (words < kOpeningWords || end < kOpeningBytes || end >= text.size()) return std::nullopt;
  std::string_view opening = text.substr(0, end);
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < ev.cuts.size(); ++i) {
    std::string_view right = view(all, ev.cuts[i].right);
    if (ev.blocked[i] || !right.starts_with(opening)) continue;
    if (right.size() > opening.size() && !is_word_space(right[opening.size()])) continue;
    if (found) return std::nullopt;  // recurs twice: no telling which is the newer side's start
    found = i;
  }
  if (!found) return std::nullopt;
  std::size_t left = ev.cuts[*found].left.size(), right = ev.cuts[*found].right.size();
  if (left > 2 * right || right > 2 * left) return std::nullopt;  // an edit keeps a paragraph's length roughly
  return found;
}

// Marks the row unanalysed (kept whole and flagged) when looking at it would cost too much.
bool too_costly(Evidence& ev, const Row& row, const Budget& budget) {
  if (row.whole.size() > kMaxRowBytes) ev.unanalysed = "row longer than " + std::to_string(kMaxRowBytes) + " bytes";
  else if (ev.cuts.size() > kMaxCuts) ev.unanalysed = "row with more than " + std::to_string(kMaxCuts) + " candidate split points";
  else if (budget.left == 0) ev.unanalysed = "page comparison work limit reached";
  else return false;
  ev.unanalysed += ", not analysed";
  ev.cuts.clear();
  return true;
}

Evidence gather_evidence(std::string_view all, const Row& row, const KnownText& known, Budget& budget) {
  Evidence ev;
  ev.cuts = make_cuts(all, row, ev.explicit_cells);
  ev.blocked.assign(ev.cuts.size(), 0);
  ev.left_docs.resize(ev.cuts.size());
  ev.right_docs.resize(ev.cuts.size());
  if (ev.explicit_cells || too_costly(ev, row, budget)) return ev;  // a table row's cells need no evidence
  Span body = row_body(all, row.whole, row.table);
  if (!row.table) block_straddled(all, ev, body, known, budget);
  for (std::size_t i = 0; i < ev.cuts.size(); ++i) {
    const Cut& c = ev.cuts[i];
    std::string_view left = view(all, c.left), right = view(all, c.right);
    if (!ev.equal_cut && !ev.blocked[i] && std::min(left.size(), right.size()) >= kMinEqualHalf &&
        fold_equal(left, right, budget))
      ev.equal_cut = i;
    if (ev.blocked[i]) continue;
    if (auto d = docs_printing(left, known, budget)) ev.left_docs[i] = *d;
    if (auto d = docs_printing(right, known, budget)) ev.right_docs[i] = *d;
  }
  if (!row.table) {
    if (auto d = docs_printing(view(all, body), known, budget)) ev.whole_docs = *d;
    ev.opening_cut = repeated_opening(all, body, ev);
  }
  return ev;
}

// Which version each report matches, by the sides its paragraphs took in rows with one clear cut.
struct Leaning {
  std::unordered_map<std::size_t, std::pair<int, int>> votes;  // report -> (older, newer)
  Side side(std::size_t doc) const {
    auto it = votes.find(doc);
    if (it == votes.end() || it->second.first == it->second.second) return Side::none;
    return it->second.first > it->second.second ? Side::old_side : Side::new_side;
  }
};

// Cuts that some report supports, not blocked by a straddling sentence.
std::vector<std::size_t> supported_cuts(const Evidence& ev) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < ev.cuts.size(); ++i)
    if (!ev.blocked[i] && (!ev.left_docs[i].empty() || !ev.right_docs[i].empty())) out.push_back(i);
  return out;
}

void add_votes(Leaning& lean, const Evidence& ev, const KnownText& known, std::string_view all, Budget& budget) {
  if (ev.explicit_cells) {  // a table row: its cells say the side outright
    const Cut& c = ev.cuts.front();
    if (fold_equal(view(all, c.left), view(all, c.right), budget)) return;  // unchanged text shows nothing
    if (auto d = docs_printing(view(all, c.left), known, budget))
      for (auto doc : *d) ++lean.votes[doc].first;
    if (auto d = docs_printing(view(all, c.right), known, budget))
      for (auto doc : *d) ++lean.votes[doc].second;
    return;
  }
  auto cuts = supported_cuts(ev);
  if (cuts.size() != 1 || ev.equal_cut) return;
  for (auto doc : ev.left_docs[cuts[0]]) ++lean.votes[doc].first;
  for (auto doc : ev.right_docs[cuts[0]]) ++lean.votes[doc].second;
}

bool any_leaning(const std::vector<std::size_t>& docs, const Leaning& lean, Side side) {
  return std::any_of(docs.begin(), docs.end(), [&](std::size_t d) { return lean.side(d) == side; });
}

// The side that the reports printing a whole one-sided row match, when they agree.
Side whole_row_side(const std::vector<std::size_t>& docs, const Leaning& lean) {
  bool older = any_leaning(docs, lean, Side::old_side), newer = any_leaning(docs, lean, Side::new_side);
  return older == newer ? Side::none : older ? Side::old_side : Side::new_side;
}

Placement cut_at(const Evidence& ev, std::size_t i) { return {ev.cuts[i].left, ev.cuts[i].right, {}}; }
Placement flagged(std::string why, bool open = false) { return {{}, {}, "unsplit: " + std::move(why), open}; }

// A report supports a cut strongly when the paragraph it prints lies on the side the report
// matches (or the report matches neither); a report of the other version is weak support, since
// a version's paragraph often reappears in the next one extended or cut short.
std::optional<Placement> decide_by_reports(const Evidence& ev, const Leaning& lean) {
  auto supported = supported_cuts(ev);
  if (supported.empty()) return std::nullopt;
  std::vector<std::size_t> strong;
  for (auto i : supported) {
    bool right = std::any_of(ev.right_docs[i].begin(), ev.right_docs[i].end(),
                             [&](std::size_t d) { return lean.side(d) != Side::old_side; });
    bool left = std::any_of(ev.left_docs[i].begin(), ev.left_docs[i].end(),
                            [&](std::size_t d) { return lean.side(d) != Side::new_side; });
    if (right || left) strong.push_back(i);
  }
  if (!ev.whole_docs.empty())
    return flagged("other reports print the whole row as one paragraph and also print parts of it");
  if (strong.size() == 1) return cut_at(ev, strong[0]);
  if (strong.size() > 1)
    return flagged("other reports support " + std::to_string(strong.size()) + " different split points");
  return flagged("only reports matching the other version support a split point");
}

Placement decide(const Evidence& ev, const Row& row, const Leaning& lean) {
  if (!ev.unanalysed.empty()) return flagged(ev.unanalysed);
  if (ev.explicit_cells) return cut_at(ev, 0);
  if (ev.equal_cut) return cut_at(ev, *ev.equal_cut);
  if (auto p = decide_by_reports(ev, lean)) return *p;
  if (!ev.whole_docs.empty()) {
    Side side = whole_row_side(ev.whole_docs, lean);
    if (side == Side::new_side) return {{}, row.whole, {}};
    if (side == Side::old_side) return {row.whole, {}, {}};
    return flagged("one paragraph printed by other reports, but not by reports of one version only");
  }
  if (ev.opening_cut) return cut_at(ev, *ev.opening_cut);
  if (row.table) return flagged("several '|' in the row; the column boundary is unknown");
  if (ev.cuts.empty()) return flagged("one sentence; which version it belongs to is unknown", true);
  return flagged("nothing shows where the older text ends and the newer begins", true);
}

// Sides each folded sentence took in rows already placed: 1 older, 2 newer, 3 both.
using SentenceSides = std::unordered_map<std::string, int>;

void note_sides(std::string_view all, const Placement& p, SentenceSides& sides) {
  if (!p.flag.empty()) return;
  for (Span s : split_sentences(all, p.old_text)) sides[fold_for_compare(view(all, s))] |= 1;
  for (Span s : split_sentences(all, p.new_text)) sides[fold_for_compare(view(all, s))] |= 2;
}

// A version prints a sentence once: a sentence placed on one side elsewhere on the page is on
// the other side here. Places the row when exactly one split point (or one side) fits all of them.
std::optional<Placement> place_by_page(std::string_view all, const Row& row, const Evidence& ev,
                                       const SentenceSides& sides, Budget& budget) {
  if (!budget.take(row.whole.size())) return std::nullopt;
  std::size_t low = row.whole.begin, high = row.whole.end;  // where the newer side may start
  bool constrained = false;
  for (Span s : split_sentences(all, row.whole)) {
    auto it = sides.find(fold_for_compare(view(all, s)));
    if (it == sides.end() || it->second == 3) continue;
    constrained = true;
    if (it->second == 1) high = std::min(high, s.begin);
    else low = std::max(low, s.end);
  }
  if (!constrained || low > high) return std::nullopt;
  std::vector<Placement> fits;
  if (low == row.whole.begin) fits.push_back({{}, row.whole, {}});
  for (std::size_t i = 0; i < ev.cuts.size(); ++i)
    if (!ev.blocked[i] && ev.cuts[i].right.begin >= low && ev.cuts[i].right.begin <= high) fits.push_back(cut_at(ev, i));
  if (high == row.whole.end) fits.push_back({row.whole, {}, {}});
  if (fits.size() != 1) return std::nullopt;
  return fits.front();
}

// Places open rows by the page's own recurring sentences, again while that places more.
void place_open_rows(std::string_view all, const std::vector<Row>& rows, const std::vector<Evidence>& evidence,
                     std::vector<Placement>& placements, Budget& budget) {
  constexpr int kMaxRounds = 4;  // each round is linear in the page; few pages need more than one
  SentenceSides sides;
  for (const auto& p : placements) note_sides(all, p, sides);
  for (int round = 0; round < kMaxRounds; ++round) {
    bool placed = false;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (!placements[i].open || rows[i].table) continue;
      if (auto p = place_by_page(all, rows[i], evidence[i], sides, budget)) {
        placements[i] = *p;
        note_sides(all, *p, sides);
        placed = true;
      }
    }
    if (!placed) return;
  }
}

struct Header {
  std::unique_ptr<RE2> pattern;
  std::string reason;
  enum Field { none, source, url } field;
};

// The page's own header lines, as data: the pattern (matched against the whole trimmed line), why
// it is removed, and the document field it fills.
const std::vector<Header>& header_rules() {
  static const std::vector<Header> rules = [] {
    std::vector<Header> r;
    auto add = [&](const char* re, const char* why, Header::Field f) { r.push_back({std::make_unique<RE2>(re), why, f}); };
    add(R"(This article is from the source '([^']*)'.*)", "diff page header", Header::source);
    add(R"(You can find the current article at its original source at (\S+).*)", "diff page header", Header::url);
    add(R"(The article has changed \d+ times?\..*)", "diff page header (change count and feed notice)", Header::none);
    return r;
  }();
  return rules;
}

bool read_header_line(Document& doc, std::string_view t, Span s) {
  for (const auto& rule : header_rules()) {
    std::string value;
    bool match = rule.field == Header::none ? RE2::FullMatch(t, *rule.pattern) : RE2::FullMatch(t, *rule.pattern, &value);
    if (!match) continue;
    if (rule.field == Header::source) doc.source = value;
    if (rule.field == Header::url) doc.url = value;
    doc.removed.push_back({s, rule.reason});
    return true;
  }
  return false;
}

std::string unsplit_notice(const Version& older, const Version& newer, const std::string& flag) {
  return "row not split between versions " + std::to_string(older.index) + " and " + std::to_string(newer.index) +
         " (" + flag.substr(flag.find(' ') + 1) + "); kept in both and flagged";
}

// A table's title row printed once (the other cell empty) is the title of both versions.
void share_title(Placement& p) {
  if (!p.flag.empty()) return;
  if (p.new_text.empty()) p.new_text = p.old_text;
  else if (p.old_text.empty()) p.old_text = p.new_text;
}

// Sorts the page's lines: header lines (removed), text before the table (the older version's),
// and the table's rows.
std::vector<Row> read_page_lines(Document& doc, Version& older, Version& newer) {
  static const RE2 separator_re(R"(\|?\s*-{3,}\s*\|\s*-{3,}\s*\|?)");
  const std::string_view all = doc.bytes;
  bool table = false, in_body = false;
  std::vector<Row> rows;
  for (const auto& line : split_lines(all, bom_length(all))) {
    Span s = trim(all, line.span);
    std::string_view t = view(all, s);
    if (t.empty()) continue;
    int a = 0, b = 0;
    if (!in_body && read_header_line(doc, t, s)) continue;
    if (RE2::FullMatch(t, version_header(), &a, &b)) {
      if (in_body) {
        doc.notices.push_back({line.number, "a second \"Version N Version M\" line; its rows are read with the first's"});
      } else {
        older.index = a, newer.index = b;
        table = t.find('|') != std::string_view::npos;
        in_body = true;
      }
      doc.removed.push_back({s, "diff page header (version names)"});
    } else if (in_body && RE2::FullMatch(t, separator_re)) {
      doc.removed.push_back({s, "diff table rule"});
    } else if (in_body) {
      rows.push_back({line.number, s, table});
    } else if (auto r = boilerplate_line_reason(t)) {
      doc.removed.push_back({s, *r});
    } else {
      doc.notices.push_back({line.number, "text before the version table kept as the first version's"});
      older.paragraphs.push_back({s, {}});
    }
  }
  if (!in_body) doc.notices.push_back({0, "no \"Version N Version M\" line: the whole page is kept as the first version"});
  else if (rows.empty()) doc.notices.push_back({0, "the version table has no rows"});
  return rows;
}

// The first cell of a row: up to the first `|` in a table, else the whole row.
Span first_cell(std::string_view all, const Row& row) {
  if (!row.table) return row.whole;
  auto seps = table_separators(all, row.whole);
  return seps.empty() ? row.whole : trim(all, {row.whole.begin, seps.front()});
}

// Takes the delay note (its minutes go to the newer version), empty and boilerplate rows out of
// the table; returns the text rows, and how many of them are titles (those above the note).
std::vector<Row> take_text_rows(Document& doc, const std::vector<Row>& rows, Version& newer, std::size_t& title_rows) {
  const std::string_view all = doc.bytes;
  std::vector<Row> text_rows;
  std::optional<std::size_t> delay_at;  // how many text rows came before the note
  for (const auto& row : rows) {
    Span first = first_cell(all, row);
    if (auto minutes = parse_delay_minutes(view(all, first))) {
      if (delay_at) {
        doc.notices.push_back({row.line, "a second delay note; the first one is kept"});
      } else {
        newer.delay_minutes = *minutes;
        delay_at = text_rows.size();
        if (text_rows.size() > 2) doc.notices.push_back({row.line, "delay note found below the titles; used anyway"});
      }
      doc.removed.push_back({first, "diff page delay note"});
      Span rest = trim(all, {first.end, row.whole.end});  // text in the note's other cell stays text
      if (row.table && view(all, rest).find_first_not_of("| \t") != std::string_view::npos)
        text_rows.push_back({row.line, rest, true});  // `| text |`: the newer cell
      continue;
    }
    if (row.table && view(all, row.whole).find_first_not_of("| \t") == std::string_view::npos) {
      doc.removed.push_back({row.whole, "empty diff table row"});
    } else if (auto r = boilerplate_line_reason(view(all, row.whole))) {
      doc.removed.push_back({row.whole, *r});
    } else {
      text_rows.push_back(row);
    }
  }
  title_rows = delay_at && *delay_at <= 2 ? *delay_at : 0;
  return text_rows;
}

// Decides every row: first by its own evidence and the corpus, then by the page's recurrences.
std::vector<Placement> place_rows(std::string_view all, const std::vector<Row>& rows, std::size_t title_rows,
                                  const KnownText& known) {
  Budget budget{kPageWorkBytes + kWorkPerPageByte * all.size()};
  std::vector<Evidence> evidence;
  evidence.reserve(rows.size());
  Leaning lean;
  for (const auto& row : rows) {
    evidence.push_back(gather_evidence(all, row, known, budget));
    add_votes(lean, evidence.back(), known, all, budget);
  }
  std::vector<Placement> placements;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    placements.push_back(decide(evidence[i], rows[i], lean));
    if (i < title_rows && rows[i].table) share_title(placements.back());
  }
  place_open_rows(all, rows, evidence, placements, budget);
  return placements;
}

// Adds each row's text to its versions; unsplit rows go whole into both, flagged, with a notice.
void add_rows(Document& doc, const std::vector<Row>& rows, std::vector<Placement>& placements, Version& older,
              Version& newer) {
  const std::string_view all = doc.bytes;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Placement& p = placements[i];
    bool shared = p.old_text == p.new_text;
    for (Span* cell : {&p.old_text, &p.new_text}) {  // a cell can be boilerplate on its own
      auto why = cell->empty() ? std::nullopt : boilerplate_line_reason(view(all, *cell));
      if (!why) continue;
      if (!shared || cell == &p.old_text) doc.removed.push_back({*cell, *why});
      *cell = {};
    }
    if (!p.flag.empty()) {
      older.paragraphs.push_back({rows[i].whole, p.flag});
      newer.paragraphs.push_back({rows[i].whole, p.flag});
      doc.notices.push_back({rows[i].line, unsplit_notice(older, newer, p.flag)});
      continue;
    }
    if (!p.old_text.empty()) older.paragraphs.push_back({p.old_text, {}});
    if (!p.new_text.empty()) newer.paragraphs.push_back({p.new_text, {}});
  }
}

// The report's title: the newer version's, when it opens with a heading it is sure of.
void set_title(Document& doc, const Version& older, const Version& newer) {
  const std::string_view all = doc.bytes;
  bool newer_titled = !newer.paragraphs.empty() && newer.paragraphs.front().flag.empty() &&
                      looks_like_heading(view(all, newer.paragraphs.front().span));
  const Version& titled = newer_titled ? newer : older;
  if (!titled.paragraphs.empty()) doc.title = std::string(view(all, titled.paragraphs.front().span));
}

}  // namespace

void KnownText::add(const Document& doc) {
  std::size_t number = documents++;
  for (const auto& v : doc.versions) {
    for (const auto& p : v.paragraphs) {
      auto folded = fold_for_compare(doc.text(p.span));
      if (folded.empty()) continue;
      auto& docs = paragraph_docs[folded];
      constexpr std::size_t kMaxDocs = 16;  // text that many reports print tells no version apart
      if (docs.size() < kMaxDocs && (docs.empty() || docs.back() != number)) docs.push_back(number);
      paragraphs.insert(std::move(folded));
    }
    for (const auto& s : v.sentences) {
      auto folded = fold_for_compare(doc.text(s.span));
      longest_sentence = std::max(longest_sentence, folded.size());
      sentences.insert(std::move(folded));
    }
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
  static const RE2 re(
      R"((?i)\(\s*(?:about|around|roughly|approximately|nearly|almost|over|some|just over|less than)?\s*)"
      R"((\d+|an?|one|half an?)\s+(minute|min|hour|day|week)s?\s+later\s*\))");
  struct Unit {
    std::string_view name;
    long minutes;
  };
  static constexpr std::array<Unit, 5> units{{{"minute", 1}, {"min", 1}, {"hour", 60}, {"day", 1440}, {"week", 10080}}};
  std::string count, unit;
  if (!RE2::FullMatch(note, re, &count, &unit)) return std::nullopt;
  for (auto& c : unit) c = static_cast<char>(c | 0x20);
  for (auto& c : count) c = static_cast<char>(c | 0x20);
  long per = 0;
  for (const auto& u : units)
    if (u.name == unit) per = u.minutes;
  bool half = count.starts_with("half");
  long n = half || count == "a" || count == "an" || count == "one" ? 1 : std::strtol(count.c_str(), nullptr, 10);
  if (per == 0 || n < 0 || n > 10'000'000 / per) return std::nullopt;
  long minutes = half ? per / 2 : n * per;
  return static_cast<int>(minutes);
}

Document read_version_page(std::string id, std::string path, std::string bytes, const KnownText& known) {
  Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  doc.format = Format::versions;
  doc.bytes = std::move(bytes);
  Version older, newer;
  auto rows = read_page_lines(doc, older, newer);
  std::size_t title_rows = 0;
  auto text_rows = take_text_rows(doc, rows, newer, title_rows);
  auto placements = place_rows(doc.bytes, text_rows, title_rows, known);
  add_rows(doc, text_rows, placements, older, newer);
  set_title(doc, older, newer);
  if (auto t = date_from_url(doc.url)) doc.dct = *t, doc.dct_source = DctSource::url;
  split_version_sentences(doc, older);
  split_version_sentences(doc, newer);
  doc.versions.push_back(std::move(older));
  doc.versions.push_back(std::move(newer));
  std::sort(doc.removed.begin(), doc.removed.end(), [](const Removed& x, const Removed& y) { return x.span.begin < y.span.begin; });
  return doc;
}

}  // namespace timeline
