// The version-diff page reader: both layouts on small invented pages, hostile input, and the seeds.
#include <algorithm>
#include <chrono>
#include <random>
#include <set>

#include <doctest/doctest.h>

#include "corpus_loader.hpp"
#include "lines.hpp"
#include "paragraphs.hpp"
#include "plain_reader.hpp"
#include "test_support.hpp"
#include "version_page_reader.hpp"

using namespace timeline;

namespace {

std::vector<std::string> paragraph_texts(const Document& doc, const Version& v) {
  std::vector<std::string> out;
  for (const auto& p : v.paragraphs) out.emplace_back(doc.text(p.span));
  return out;
}

std::size_t flagged(const Version& v) {
  return static_cast<std::size_t>(std::count_if(v.paragraphs.begin(), v.paragraphs.end(), [](const Paragraph& p) { return !p.flag.empty(); }));
}

bool has_notice_on(const Document& doc, std::size_t line) {
  return std::any_of(doc.notices.begin(), doc.notices.end(), [&](const Notice& n) { return n.line == line; });
}

std::set<std::string> folded_paragraphs(const Document& doc, const Version& v) {
  std::set<std::string> out;
  for (const auto& p : v.paragraphs) out.insert(fold_for_compare(doc.text(p.span)));
  return out;
}

// Every sentence is non-empty, trimmed, inside the file, and holds no cell separator.
void check_sentences(const Document& doc) {
  for (const auto& v : doc.versions)
    for (const auto& s : v.sentences) {
      std::string_view t = doc.text(s.span);
      INFO(doc.id << " version " << v.index << ": " << t);
      REQUIRE(s.span.end <= doc.bytes.size());
      CHECK_FALSE(t.empty());
      CHECK(trim(t, {0, t.size()}) == Span{0, t.size()});
      CHECK(t.find('|') == std::string_view::npos);
    }
}

// No text is lost silently: every byte of every line, other than white space and cell
// separators, lies in a removed span or in some version's paragraph.
void check_coverage(const Document& doc) {
  std::vector<char> covered(doc.bytes.size(), 0);
  auto mark = [&](Span s) { std::fill(covered.begin() + static_cast<std::ptrdiff_t>(s.begin), covered.begin() + static_cast<std::ptrdiff_t>(s.end), 1); };
  for (const auto& r : doc.removed) mark(r.span);
  for (const auto& v : doc.versions)
    for (const auto& p : v.paragraphs) mark(p.span);
  for (std::size_t i = 0; i < doc.bytes.size(); ++i) {
    char c = doc.bytes[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '|' || covered[i]) continue;
    // U+00A0 is white space too (trim() removes it).
    if (doc.bytes.compare(i, 2, "\xC2\xA0") == 0 || (i > 0 && doc.bytes.compare(i - 1, 2, "\xC2\xA0") == 0)) continue;
    INFO(doc.id << ": byte " << i << " of line " << doc.line_of(i) << " is in no version and not removed");
    CHECK(covered[i]);
    break;
  }
}

Document read_alone(std::string bytes) { return read_version_page("page.txt", "page.txt", std::move(bytes), KnownText{}); }

const Document* find_doc(const Corpus& corpus, std::string_view prefix) {
  for (const auto& d : corpus.documents)
    if (d.id.starts_with(prefix)) return &d;
  return nullptr;
}

constexpr std::string_view kTablePage =
    "This article is from the source 'harbourpost' and was first published or seen on . It last changed 3 days ago.\n"
    "You can find the current article at its original source at https://news.example.com/2021/03/14/bridge-reopens\n"
    "The article has changed 2 times. There is an RSS feed of changes available.\n"
    "Version 2 | Version 3 |\n"
    "---|---|\n"
    "Harbour bridge reopens after repairs | Harbour bridge reopens after a month of repairs |\n"
    "(2 hours later) | |\n"
    "The old bridge reopened to traffic on Sunday morning. | The old bridge reopened to traffic on Sunday morning. |\n"
    "Engineers replaced forty cables during the closure. | |\n"
    "| Officials said the work cost less than planned. |\n"
    "Drivers queued for an hour before the gates opened. | Drivers queued for an hour before the gates opened. |\n";

}  // namespace

TEST_CASE("parse_delay_minutes reads the page's delay notes") {
  CHECK(parse_delay_minutes("(about 3 hours later)") == 180);
  CHECK(parse_delay_minutes("(35 minutes later)") == 35);
  CHECK(parse_delay_minutes("(a day later)") == 1440);
  CHECK(parse_delay_minutes("(2 weeks later)") == 20160);
  CHECK(parse_delay_minutes("(an hour later)") == 60);
  CHECK(parse_delay_minutes("(half an hour later)") == 30);
  CHECK(parse_delay_minutes("(1 minute later)") == 1);
  CHECK(parse_delay_minutes("( About 4 Days later )") == 5760);
  CHECK_FALSE(parse_delay_minutes("about 3 hours later").has_value());  // no brackets
  CHECK_FALSE(parse_delay_minutes("(3 hours earlier)").has_value());
  CHECK_FALSE(parse_delay_minutes("(later)").has_value());
  CHECK_FALSE(parse_delay_minutes("(3 fortnights later)").has_value());
  CHECK_FALSE(parse_delay_minutes("The meeting resumed (3 hours later) in Geneva.").has_value());
  CHECK_FALSE(parse_delay_minutes("(99999999999999999999 minutes later)").has_value());
  CHECK_FALSE(parse_delay_minutes("").has_value());
}

TEST_CASE("table layout: each version rebuilt with exact offsets, delay and URL date") {
  Document doc = read_alone(std::string(kTablePage));
  REQUIRE(doc.versions.size() == 2);
  CHECK(doc.format == Format::versions);
  CHECK(doc.source == "harbourpost");
  CHECK(doc.url == "https://news.example.com/2021/03/14/bridge-reopens");
  REQUIRE(doc.dct.has_value());
  CHECK(doc.dct->iso() == "2021-03-14");
  CHECK(doc.dct_source == DctSource::url);
  const Version& older = doc.versions[0];
  const Version& newer = doc.versions[1];
  CHECK(older.index == 2);
  CHECK(newer.index == 3);
  CHECK_FALSE(older.delay_minutes.has_value());
  CHECK(newer.delay_minutes == 120);
  CHECK(paragraph_texts(doc, older) == std::vector<std::string>{
                                           "Harbour bridge reopens after repairs",
                                           "The old bridge reopened to traffic on Sunday morning.",
                                           "Engineers replaced forty cables during the closure.",
                                           "Drivers queued for an hour before the gates opened."});
  CHECK(paragraph_texts(doc, newer) == std::vector<std::string>{
                                           "Harbour bridge reopens after a month of repairs",
                                           "The old bridge reopened to traffic on Sunday morning.",
                                           "Officials said the work cost less than planned.",
                                           "Drivers queued for an hour before the gates opened."});
  CHECK(flagged(older) == 0);
  CHECK(flagged(newer) == 0);
  CHECK(doc.title == "Harbour bridge reopens after a month of repairs");
  REQUIRE(newer.sentences.size() == 4);
  CHECK(newer.sentences[0].heading);
  CHECK(doc.text(newer.sentences[2].span) == "Officials said the work cost less than planned.");
  // Header lines, the version names, the rule and the delay note are removed with reasons.
  REQUIRE(doc.removed.size() == 6);
  CHECK(doc.removed[0].reason == "diff page header");
  CHECK(doc.removed[3].reason == "diff page header (version names)");
  CHECK(doc.removed[4].reason == "diff table rule");
  CHECK(doc.text(doc.removed[5].span) == "(2 hours later)");
  CHECK(doc.removed[5].reason == "diff page delay note");
  check_sentences(doc);
  check_coverage(doc);
}

TEST_CASE("table layout: a title printed once belongs to both versions") {
  Document doc = read_alone(
      "Version 7 | Version 8 |\n---|---|\nCouncil votes on the new park | |\n(a day later) | |\n"
      "The vote passed by two votes. | The vote passed by three votes. |\n");
  REQUIRE(doc.versions.size() == 2);
  CHECK(doc.versions[1].delay_minutes == 1440);
  CHECK(paragraph_texts(doc, doc.versions[0]) ==
        std::vector<std::string>{"Council votes on the new park", "The vote passed by two votes."});
  CHECK(paragraph_texts(doc, doc.versions[1]) ==
        std::vector<std::string>{"Council votes on the new park", "The vote passed by three votes."});
}

TEST_CASE("run-together layout alone: equal halves and a repeated opening split, the rest is flagged") {
  const std::string page =
      "Version 0 Version 1\n"
      "Storm closes mountain pass near the village Storm closes mountain pass for a second day\n"
      "(about 5 hours later)\n"
      "Snow fell through the night across the valley. Snow fell through the night across the valley.\n"
      "The road authority closed the pass at dawn. The road authority said the pass would stay closed until Tuesday.\n"
      "Schools in the village stayed open.\n";
  Document doc = read_alone(page);
  REQUIRE(doc.versions.size() == 2);
  const Version& older = doc.versions[0];
  const Version& newer = doc.versions[1];
  CHECK(older.index == 0);
  CHECK(newer.index == 1);
  CHECK(newer.delay_minutes == 300);
  const std::string unsplit = "The road authority closed the pass at dawn. The road authority said the pass would stay closed until Tuesday.";
  CHECK(paragraph_texts(doc, older) == std::vector<std::string>{"Storm closes mountain pass near the village",
                                                                "Snow fell through the night across the valley.",
                                                                unsplit, "Schools in the village stayed open."});
  CHECK(paragraph_texts(doc, newer) == std::vector<std::string>{"Storm closes mountain pass for a second day",
                                                                "Snow fell through the night across the valley.",
                                                                unsplit, "Schools in the village stayed open."});
  // Kept in both versions and flagged, each with a notice naming its line.
  CHECK(flagged(older) == 2);
  CHECK(flagged(newer) == 2);
  CHECK(older.paragraphs[2].flag.starts_with("unsplit: "));
  CHECK(has_notice_on(doc, 5));
  CHECK(has_notice_on(doc, 6));
  CHECK_FALSE(has_notice_on(doc, 4));
  // Offsets are exact: the second half of the equal row is the second copy in the file.
  CHECK(newer.paragraphs[1].span.begin == page.find("Snow fell", page.find("Snow fell") + 1));
  check_sentences(doc);
  check_coverage(doc);
}

TEST_CASE("run-together layout alone: a sentence placed in one row puts its repeat on the other side") {
  const std::string page =
      "Version 3 Version 4\n"
      "Crews checked the hull overnight. Crews checked the hull and the engines overnight.\n"
      "Tickets for the crossing cost four euros. Tickets for the crossing cost five euros.\n"
      // Each sentence here was placed above, so each is on the other side here: the newer side
      // starts between them.
      "Crews checked the hull and the engines overnight. Tickets for the crossing cost four euros.\n"
      "Tickets for the crossing cost five euros. Boats sail hourly.\n";
  Document doc = read_alone(page);
  REQUIRE(doc.versions.size() == 2);
  CHECK(paragraph_texts(doc, doc.versions[0]) ==
        std::vector<std::string>{"Crews checked the hull overnight.", "Tickets for the crossing cost four euros.",
                                 "Crews checked the hull and the engines overnight.",
                                 "Tickets for the crossing cost five euros. Boats sail hourly."});
  CHECK(paragraph_texts(doc, doc.versions[1]) ==
        std::vector<std::string>{"Crews checked the hull and the engines overnight.", "Tickets for the crossing cost five euros.",
                                 "Tickets for the crossing cost four euros.",
                                 "Tickets for the crossing cost five euros. Boats sail hourly."});
  // The last row's first sentence is newer elsewhere, so older here; where its older side ends,
  // nothing says: it stays whole in both versions, flagged.
  CHECK(flagged(doc.versions[0]) == 1);
  CHECK(has_notice_on(doc, 5));
  check_coverage(doc);
}

TEST_CASE("run-together layout: other reports say where rows split and which version one-sided rows join") {
  // A later copy of the article, as another report of the corpus prints it.
  Document copy = read_plain("copy.txt", "copy.txt",
                             "Storm closes mountain pass for a second day\n\n"
                             "The road authority said the pass would stay closed until Tuesday.\n\n"
                             "Ploughs cleared the lower road. Buses ran again by noon.\n\n"
                             "Schools in the village stayed open.\n");
  KnownText known;
  known.add(copy);
  const std::string page =
      "Version 0 Version 1\n"
      "Storm shuts mountain pass Storm closes mountain pass for a second day\n"
      "(about 5 hours later)\n"
      "The road authority closed the pass at dawn. The road authority said the pass would stay closed until Tuesday.\n"
      "Ploughs cleared the lower road. Buses ran again by noon. Buses are expected to resume. Schools in the village stayed open.\n"
      "Ploughs cleared the lower road. Buses ran again by noon.\n";
  Document doc = read_version_page("page.txt", "page.txt", page, known);
  REQUIRE(doc.versions.size() == 2);
  const Version& older = doc.versions[0];
  const Version& newer = doc.versions[1];
  // Row 3: the copy prints its first two sentences too, but the copy matches the newer version,
  // so its paragraph at the row's end (the newer side) wins over the one at its start.
  CHECK(paragraph_texts(doc, older) ==
        std::vector<std::string>{"Storm shuts mountain pass", "The road authority closed the pass at dawn.",
                                 "Ploughs cleared the lower road. Buses ran again by noon. Buses are expected to resume."});
  CHECK(paragraph_texts(doc, newer) ==
        std::vector<std::string>{"Storm closes mountain pass for a second day",
                                 "The road authority said the pass would stay closed until Tuesday.",
                                 "Schools in the village stayed open.",
                                 "Ploughs cleared the lower road. Buses ran again by noon."});
  CHECK(flagged(older) == 0);
  CHECK(flagged(newer) == 0);
  CHECK(doc.title == "Storm closes mountain pass for a second day");
  check_sentences(doc);
  check_coverage(doc);
  // Alone, nothing on this page shows where its rows split: all four are flagged.
  Document alone = read_alone(page);
  CHECK(flagged(alone.versions[0]) == 4);
}

TEST_CASE("run-together layout: long titles split at the word where a known title starts") {
  const std::string old_title = "Regional council postpones the long-awaited decision on the northern harbour expansion once again";
  const std::string new_title = "Regional council approves northern harbour expansion after a fourteen-hour debate that ran past midnight";
  Document copy = read_plain("c.txt", "c.txt", new_title + "\n\nThe vote ended a long dispute.\n");
  KnownText known;
  known.add(copy);
  Document doc = read_version_page("p.txt", "p.txt", "Version 2 Version 3\n" + old_title + " " + new_title + "\n", known);
  CHECK(paragraph_texts(doc, doc.versions[0]) == std::vector<std::string>{old_title});
  CHECK(paragraph_texts(doc, doc.versions[1]) == std::vector<std::string>{new_title});
  CHECK(doc.title == new_title);
}

TEST_CASE("run-together layout: support only from a report of the other version is flagged") {
  Document copy = read_plain("c.txt", "c.txt",
                             "Museum reopens its east wing to visitors\n\nTickets are free on Sundays.\n\n"
                             "Guides lead tours every hour.\n");
  KnownText known;
  known.add(copy);
  const std::string page =
      "Version 5 Version 6\n"
      "Museum to reopen east wing Museum reopens its east wing to visitors\n"
      "Tickets cost ten euros. Tickets are free on Sundays.\n"
      // The copy matches the newer version, yet prints this row's start: the older side may be
      // that paragraph extended, so nothing is guessed.
      "Guides lead tours every hour. Audio guides are being tested.\n";
  Document doc = read_version_page("p.txt", "p.txt", page, known);
  CHECK(paragraph_texts(doc, doc.versions[1]).at(1) == "Tickets are free on Sundays.");
  REQUIRE(doc.versions[0].paragraphs.size() == 3);
  CHECK(doc.versions[0].paragraphs[2].flag.find("other version") != std::string::npos);
  CHECK(has_notice_on(doc, 4));
}

TEST_CASE("run-together layout: a known sentence across a split point rules that point out") {
  const std::string row = "Rain stopped. Wind rose. Crews returned.";
  KnownText known;
  known.documents = 1;
  // Two split points are each supported by a known paragraph...
  known.paragraph_docs[fold_for_compare("Wind rose. Crews returned.")] = {0};
  known.paragraph_docs[fold_for_compare("Crews returned.")] = {0};
  Document doc = read_version_page("p.txt", "p.txt", "Version 1 Version 2\n" + row + "\n", known);
  CHECK(flagged(doc.versions[0]) == 1);  // ...so the row is flagged
  // ...until a report prints "Rain stopped. Wind rose." as one sentence: no split between them.
  known.sentences.insert(fold_for_compare("Rain stopped. Wind rose."));
  known.longest_sentence = 30;
  doc = read_version_page("p.txt", "p.txt", "Version 1 Version 2\n" + row + "\n", known);
  CHECK(paragraph_texts(doc, doc.versions[0]) == std::vector<std::string>{"Rain stopped. Wind rose."});
  CHECK(paragraph_texts(doc, doc.versions[1]) == std::vector<std::string>{"Crews returned."});
}

TEST_CASE("hostile version pages: no crash, bounded time, nothing dropped") {
  auto start = std::chrono::steady_clock::now();
  SUBCASE("a header with no rows") {
    Document doc = read_alone("Version 1 | Version 2 |\n---|---|\n");
    REQUIRE(doc.versions.size() == 2);
    CHECK(doc.versions[0].paragraphs.empty());
    CHECK(doc.versions[1].paragraphs.empty());
    CHECK_FALSE(doc.notices.empty());
  }
  SUBCASE("many '|' in a row: kept in both versions, flagged") {
    Document doc = read_alone("Version 1 | Version 2 |\n---|---|\nOne | two | three | four | five |\nA quiet day. | A quiet day. |\n");
    CHECK(flagged(doc.versions[0]) == 1);
    CHECK(flagged(doc.versions[1]) == 1);
    CHECK(has_notice_on(doc, 3));
    CHECK(paragraph_texts(doc, doc.versions[1]).back() == "A quiet day.");
    check_coverage(doc);
  }
  SUBCASE("many '|' with equal sides around one of them") {
    Document doc = read_alone("Version 1 | Version 2 |\nWins 3|1 at home | Wins 3|1 at home |\n");
    CHECK(paragraph_texts(doc, doc.versions[0]) == std::vector<std::string>{"Wins 3|1 at home"});
    CHECK(paragraph_texts(doc, doc.versions[1]) == std::vector<std::string>{"Wins 3|1 at home"});
  }
  SUBCASE("a delay row in the wrong place and a second one") {
    Document doc = read_alone(
        "Version 1 Version 2\nFirst line of text. First line of text.\nSecond line here. Second line here.\n"
        "Third line of text. Third line of text.\n(10 minutes later)\n(2 days later)\n");
    CHECK(doc.versions[1].delay_minutes == 10);
    CHECK(has_notice_on(doc, 5));
    CHECK(has_notice_on(doc, 6));
    CHECK(paragraph_texts(doc, doc.versions[0]).size() == 3);
    check_coverage(doc);
  }
  SUBCASE("a boilerplate cell is removed with its reason") {
    Document doc = read_alone("Version 1 | Version 2 |\nAdvertisement | The vote passed. |\n");
    CHECK(doc.versions[0].paragraphs.empty());
    CHECK(paragraph_texts(doc, doc.versions[1]) == std::vector<std::string>{"The vote passed."});
    REQUIRE(doc.removed.size() == 2);
    CHECK(doc.text(doc.removed[1].span) == "Advertisement");
    CHECK(doc.removed[1].reason == "advertising or navigation notice");
    check_coverage(doc);
  }
  SUBCASE("text beside the delay note stays the newer version's") {
    Document doc = read_alone("Version 1 | Version 2 |\n(3 hours later) | Rescuers arrived at noon. |\n");
    CHECK(doc.versions[1].delay_minutes == 180);
    CHECK(doc.versions[0].paragraphs.empty());
    CHECK(paragraph_texts(doc, doc.versions[1]) == std::vector<std::string>{"Rescuers arrived at noon."});
    check_coverage(doc);
  }
  SUBCASE("a second version header inside the table") {
    Document doc = read_alone("Version 1 Version 2\nA calm night. A calm night.\nVersion 2 Version 3\n");
    CHECK(doc.versions[0].index == 1);
    CHECK(has_notice_on(doc, 3));
    CHECK(paragraph_texts(doc, doc.versions[1]) == std::vector<std::string>{"A calm night."});
  }
  SUBCASE("empty cells and blank rows") {
    Document doc = read_alone("Version 1 | Version 2 |\n| |\n|\n  |  |  \nOnly old. | |\n");
    CHECK(paragraph_texts(doc, doc.versions[0]) == std::vector<std::string>{"Only old."});
    CHECK(doc.versions[1].paragraphs.empty());
  }
  SUBCASE("huge rows are kept whole and flagged") {
    auto sentences = [](int n) {
      std::string page = "Version 1 Version 2\n";
      for (int i = 0; i < n; ++i) page += "Word " + std::to_string(i) + " ends here. ";
      return page + "\n";
    };
    std::string pipes = "Version 1 | Version 2 |\n";
    for (int i = 0; i < 20000; ++i) pipes += "x | ";
    pipes += "\n";
    for (const auto& p : {sentences(1500), sentences(4000), pipes}) {  // too many split points; too long
      Document doc = read_alone(p);
      REQUIRE(doc.versions.size() == 2);
      CHECK(flagged(doc.versions[0]) == 1);
      CHECK(has_notice_on(doc, 2));
      check_coverage(doc);
    }
  }
  SUBCASE("a page past its comparison budget: later rows flagged, none dropped") {
    std::string row;
    for (int i = 0; i < 120; ++i) row += "Sentence " + std::to_string(i) + std::string(230, 'x') + " ends. ";
    std::string page = "Version 1 Version 2\n";
    for (int i = 0; i < 60; ++i) page += std::to_string(i) + row + "\n";
    Document doc = read_alone(page);
    CHECK(flagged(doc.versions[0]) == 60);
    CHECK(std::any_of(doc.notices.begin(), doc.notices.end(),
                      [](const Notice& n) { return n.message.find("work limit") != std::string::npos; }));
    check_coverage(doc);
  }
  SUBCASE("a long title-like row without punctuation") {
    std::string page = "Version 1 Version 2\n";
    for (int i = 0; i < 30000; ++i) page += "word ";
    Document doc = read_alone(page);
    CHECK(flagged(doc.versions[0]) == 1);
  }
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("random version pages: every reading keeps offsets in the file and loses no text") {
  const std::vector<std::string> tokens = {"Version 1 Version 2\n", "Version 4 | Version 5 |\n", "---|---|\n", "|", " | ",
                                           "(3 hours later)", "(a day later) | |\n", "Rain fell.", "Rain fell.",
                                           "Roads shut", "\xE2\x80\x9CWe wait,\xE2\x80\x9D she said.", "Mr. Lee left.",
                                           " ", "  ", "\n", "\r\n", "Advertisement\n", "U.S. aid came. ", "\xC2\xA0"};
  std::mt19937 rng(20240601);
  Document copy = read_plain("c.txt", "c.txt", "Rain fell.\n\nRoads shut\n\nMr. Lee left.\n");
  KnownText known;
  known.add(copy);
  for (int n = 0; n < 300; ++n) {
    std::string page = n % 2 ? "Version 1 Version 2\n" : "Version 1 | Version 2 |\n";
    std::size_t count = rng() % 60;
    for (std::size_t i = 0; i < count; ++i) page += tokens[rng() % tokens.size()];
    for (const KnownText* k : {static_cast<const KnownText*>(&known), static_cast<const KnownText*>(nullptr)}) {
      Document doc = k ? read_version_page("r.txt", "r.txt", page, *k) : read_alone(page);
      INFO(page);
      REQUIRE(doc.versions.size() == 2);
      for (const auto& v : doc.versions)
        for (const auto& s : v.sentences) {
          REQUIRE(s.span.end <= doc.bytes.size());
          CHECK_FALSE(s.span.empty());
        }
      check_coverage(doc);
    }
  }
}

TEST_CASE("seeds: 001 and 003 read with all seeds") {
  auto seeds = test::seeds_dir();
  if (seeds.empty()) return;
  Corpus corpus = load_corpus({seeds.string()}, LoadOptions{});
  const Document* page1 = find_doc(corpus, "001_");
  const Document* page3 = find_doc(corpus, "003_");
  const Document* copy = find_doc(corpus, "000_");
  REQUIRE(page1);
  REQUIRE(page3);
  REQUIRE(copy);
  REQUIRE(page1->versions.size() == 2);
  REQUIRE(page3->versions.size() == 2);
  CHECK(page1->versions[1].delay_minutes == 180);
  CHECK(page3->versions[1].delay_minutes == 35);
  REQUIRE(page3->dct.has_value());
  CHECK(page3->dct->iso() == "2016-09-09");
  CHECK(page3->dct_source == DctSource::url);
  CHECK(flagged(page1->versions[0]) == 0);
  CHECK(flagged(page1->versions[1]) == 0);
  CHECK(flagged(page3->versions[0]) == 0);
  for (const Document* d : {page1, page3}) {
    check_sentences(*d);
    check_coverage(*d);
  }
  // 000 is a later copy of 001's article: every paragraph of 001's newer version is one of
  // 000's, and none of its older version is. A split in the wrong place would break both.
  auto later = folded_paragraphs(*copy, copy->versions.at(0));
  for (const auto& p : folded_paragraphs(*page1, page1->versions[1])) {
    INFO(p);
    CHECK(later.contains(p));
  }
  for (const auto& p : folded_paragraphs(*page1, page1->versions[0])) {
    INFO(p);
    CHECK_FALSE(later.contains(p));
  }
  std::set<std::string> later_sentences;
  for (const auto& st : copy->versions.at(0).sentences) later_sentences.insert(fold_for_compare(copy->text(st.span)));
  for (const auto& st : page1->versions[1].sentences) {
    INFO(page1->text(st.span));
    CHECK(later_sentences.contains(fold_for_compare(page1->text(st.span))));
  }
  CHECK(page1->versions[0].paragraphs.size() == 10);
  CHECK(page1->versions[1].paragraphs.size() == 15);
  // 003's two versions differ only in nothing but their delay: the same paragraphs.
  CHECK(folded_paragraphs(*page3, page3->versions[0]) == folded_paragraphs(*page3, page3->versions[1]));
}

TEST_CASE("seeds: 001 read alone splits what the page allows and flags the rest") {
  auto seeds = test::seeds_dir();
  if (seeds.empty()) return;
  std::filesystem::path path;
  for (const auto& e : std::filesystem::directory_iterator(seeds))
    if (e.path().filename().string().starts_with("001_")) path = e.path();
  REQUIRE_FALSE(path.empty());
  Document doc = read_version_page(path.filename().string(), path.string(), test::read_bytes(path), KnownText{});
  REQUIRE(doc.versions.size() == 2);
  CHECK(doc.versions[1].delay_minutes == 180);
  // The titles share their opening words, so they split; the body rows need other reports.
  CHECK(doc.versions[0].paragraphs.front().flag.empty());
  CHECK(doc.versions[1].paragraphs.front().flag.empty());
  CHECK(flagged(doc.versions[0]) <= 14);
  CHECK(flagged(doc.versions[1]) == flagged(doc.versions[0]));
  check_sentences(doc);
  check_coverage(doc);
}
