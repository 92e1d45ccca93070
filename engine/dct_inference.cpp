#include "dct_inference.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "lexicon.hpp"
#include "source_zone.hpp"
#include "parallel.hpp"
#include "time_tagger.hpp"

namespace timeline {
namespace {

using date::days;
using date::sys_days;

using Evidence = DateEvidence;

}  // namespace

std::vector<std::uint32_t> told_words(std::string_view text) {
  // Function words, and the words of the day expressions themselves (they differ by design).
  static const std::unordered_set<std::string> skip = [] {
    std::unordered_set<std::string> words;
    for (const auto& row : embedded_rows("told_words_skip.txt")) words.emplace(row.fields[0]);
    return words;
  }();
  std::vector<std::uint32_t> out;
  std::string word;
  auto flush = [&] {
    if (word.size() >= 4 && !skip.count(word)) {
      std::uint32_t h = 2166136261u;  // FNV-1a: the same on every machine
      for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
      out.push_back(h);
    }
    word.clear();
  };
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) word += static_cast<char>(c | 0x20);
    else flush();
  }
  flush();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// "yesterday", "today", "tomorrow" (and their parts of day: "last night"): the days from the
// reference, -1, 0, +1; nullopt for any other expression.
std::optional<int> deictic_day(const TimeValue& v) {
  if (v.kind != TimeKind::relative || v.unit.view() != "D" || v.offset < -1 || v.offset > 1) return std::nullopt;
  return v.offset;
}

int iso_weekday(sys_days d) { return static_cast<int>(date::weekday{d}.iso_encoding()); }

}  // namespace

std::vector<ToldDay> gather_told_days(const Document& doc, const TagOptions& options, FoundTimes& found) {
  std::vector<ToldDay> out;
  if (!doc.dct || doc.versions.empty()) return out;
  const sys_days published{doc.dct->day};
  const Version& version = doc.versions.back();  // the latest text
  for (std::size_t si = 0; si < version.sentences.size() && out.size() < 2; ++si) {
    const Span span = version.sentences[si].span;
    const std::string_view text = doc.text(span);
    if (text.find("day") == std::string_view::npos) continue;  // no weekday, "today", "yesterday"
    auto [at, fresh] = found.try_emplace({span.begin, span.end});
    if (fresh) at->second = find_times(doc.bytes, span, options);
    for (const auto& t : at->second) {
      const TimeValue& v = t.value;
      std::optional<sys_days> day;
      if (auto off = deictic_day(v)) {
        day = published + days{*off};
      } else if (v.kind == TimeKind::point && v.weekday && !v.month && !v.day && !v.year) {
        // The weekday nearest the publication in the sentence's tense (the report's own day counts).
        const int wd = iso_weekday(published);
        day = v.tense == Tense::future ? published + days{(*v.weekday - wd + 7) % 7} : published - days{(wd - *v.weekday + 7) % 7};
      }
      if (!day) continue;
      // With the sentence before it: "A former finance director has been found guilty ... .
      // Kessel showed no reaction as the verdicts were read out at 3.10pm on Tuesday."
      std::string both(text);
      if (si > 0) (both += ' ') += doc.text(version.sentences[si - 1].span);
      out.push_back({*day, told_words(both)});
      break;  // one day a sentence
    }
  }
  return out;
}

DateEvidence gather_date_evidence(const Document& doc, const TagOptions& options, FoundTimes& found) {
  Evidence ev;
  for (const auto& version : doc.versions)
  for (const auto& s : version.sentences) {
    // A sentence two versions share counts once.
    auto [at, fresh] = found.try_emplace({s.span.begin, s.span.end});
    if (!fresh) continue;
    at->second = find_times(doc.bytes, s.span, options);
    bool told = false;
    for (const auto& t : at->second) {
      const TimeValue& v = t.value;
      if (auto off = deictic_day(v); off && !told) {
        ev.deictic.push_back({*off, told_words(doc.text(s.span))});
        told = true;
      }
      if (v.kind != TimeKind::point) continue;
      if (v.year && v.month && v.day) {
        date::year_month_day ymd{date::year{*v.year}, date::month{static_cast<unsigned>(*v.month)}, date::day{static_cast<unsigned>(*v.day)}};
        if (ymd.ok()) ev.dates.emplace_back(sys_days{ymd}, v.tense);
      } else if (v.month && v.day) {
        date::month_day md{date::month{static_cast<unsigned>(*v.month)}, date::day{static_cast<unsigned>(*v.day)}};
        if (md.ok()) ev.month_days.emplace_back(md, v.tense);
      } else if (v.year && !v.month && !v.two_digit_year) {
        ev.years.emplace_back(*v.year, v.tense);
      } else if (v.weekday && !v.month && !v.day) {
        ev.weekdays.push_back({*v.weekday, v.tense});
      }
    }
  }
  return ev;
}

namespace {

// A candidate publication day with what score() reads of it, computed once per list of
// candidates (a folder's, or the corpus's): over a corpus spanning centuries a report may weigh
// a hundred thousand days.
struct CandidateDay {
  sys_days day;
  int weekday = 0;       // ISO
  int year = 0;
  double penalty = 0.0;  // 0.05 a day away from the nearest dated report of the story
};

CandidateDay candidate_day(sys_days c, const std::vector<sys_days>& neighbours) {
  CandidateDay out{c, iso_weekday(c), static_cast<int>(date::year_month_day{c}.year()), 0.0};
  if (neighbours.empty()) return out;
  // The distance to the nearest dated day (neighbours are sorted).
  auto at = std::lower_bound(neighbours.begin(), neighbours.end(), c);
  double distance = 1e9;
  if (at != neighbours.end()) distance = static_cast<double>((*at - c).count());
  if (at != neighbours.begin()) distance = std::min(distance, static_cast<double>((c - *std::prev(at)).count()));
  out.penalty = 0.05 * distance;
  return out;
}

// What a report's named weekdays add to a candidate day, by the candidate's ISO weekday. Weights:
// a named weekday is most often the report's own day or one of the six before it (past tense) or
// after it (future tense).
std::array<double, 8> weekday_scores(const Evidence& ev) {
  std::array<double, 8> out{};
  for (int wd = 1; wd <= 7; ++wd) {
    double s = 0;
    for (const auto& w : ev.weekdays) {
      int since = (wd - w.iso + 7) % 7;  // days from the last such weekday to the candidate
      int until = (w.iso - wd + 7) % 7;
      if (w.tense == Tense::future) s += until == 0 ? 0.4 : 0.5;
      else s += since == 0 ? 1.0 : since == 1 ? 0.6 : 0.3;
    }
    out[static_cast<std::size_t>(wd)] = s;
  }
  return out;
}

// How well a candidate publication day fits the evidence: the weekdays (above); past-tense dates
// cannot lie after the report; stated years agree with it.
double score(const CandidateDay& c, const Evidence& ev, const std::array<double, 8>& by_weekday) {
  double s = by_weekday[static_cast<std::size_t>(c.weekday)];
  for (const auto& [d, tense] : ev.dates) {
    if (c.day < d && tense == Tense::past) s -= 3;
    else if (c.day == d) s += 1;
    else if (c.day > d && c.day - d <= days{7}) s += 0.5;
  }
  for (const auto& [md, tense] : ev.month_days) {
    sys_days d{date::year{c.year} / md.month() / md.day()};
    if (d > c.day) d = sys_days{date::year{c.year - 1} / md.month() / md.day()};
    if (tense != Tense::future && c.day - d <= days{60}) s += 0.5;
  }
  for (const auto& [y, tense] : ev.years) {
    if (c.year == y) s += 0.5;
    else if (c.year < y && tense == Tense::past) s -= 2;
  }
  return s - c.penalty;
}

std::string describe(const Evidence& ev, const std::vector<sys_days>& neighbours) {
  static const char* kDays[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  std::map<int, int> weekdays;
  for (const auto& w : ev.weekdays) ++weekdays[w.iso];
  std::string out;
  auto add = [&](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
  for (const auto& [w, n] : weekdays) add(std::string("'") + kDays[w] + "' x" + std::to_string(n));
  for (const auto& [y, t] : ev.years) add("year " + std::to_string(y));
  for (const auto& [d, t] : ev.dates) add("date " + date::format("%F", d));
  if (!ev.month_days.empty()) add(std::to_string(ev.month_days.size()) + " day(s) of the month");
  if (!neighbours.empty()) {
    std::string n = "dated reports of the story:";
    for (std::size_t i = 0; i < neighbours.size() && i < 3; ++i) n += " " + date::format("%F", neighbours[i]);
    add(n);
  }
  return out;
}

}  // namespace

std::vector<std::size_t> told_days_needed(const std::vector<DatedReport>& reports) {
  std::set<std::string_view> folders;
  for (const auto& r : reports)
    if (!r.day && !r.evidence.deictic.empty()) folders.insert(r.folder);
  std::vector<std::size_t> out;
  if (folders.empty()) return out;
  for (std::size_t i = 0; i < reports.size(); ++i)
    if (reports[i].day && folders.count(reports[i].folder)) out.push_back(i);
  return out;
}

void read_told_days(std::vector<DatedReport>& reports, const TagOptions& options, std::size_t batch, std::size_t threads,
                    const std::function<std::string_view(std::size_t)>& path_of,
                    const std::function<Corpus(const std::vector<std::size_t>&)>& read) {
  const std::vector<std::size_t> told = told_days_needed(reports);
  if (told.empty()) return;
  std::unordered_map<std::string_view, std::size_t> place;  // a path's place in `reports`
  for (std::size_t i : told) place.emplace(path_of(i), i);
  batch = std::max<std::size_t>(1, batch);
  for (std::size_t first = 0; first < told.size(); first += batch) {
    const std::vector<std::size_t> part_of(told.begin() + static_cast<std::ptrdiff_t>(first),
                                           told.begin() + static_cast<std::ptrdiff_t>(std::min(told.size(), first + batch)));
    Corpus part = read(part_of);
    parallel_for(part.documents.size(), threads, [&](std::size_t i) {
      const auto it = place.find(part.documents[i].path);
      if (it == place.end()) return;
      FoundTimes found;
      reports[it->second].told = gather_told_days(part.documents[i], options, found);
    });
  }
}

std::vector<std::optional<InferredDate>> infer_dates(const std::vector<DatedReport>& reports, std::size_t threads) {
  std::map<std::string, std::set<sys_days>> dated;  // folder -> publication days
  std::set<sys_days> all_dated;
  for (const auto& r : reports)
    if (r.day) dated[r.folder].insert(*r.day), all_dated.insert(*r.day);
  // The days around a folder's dated reports (or the corpus's, for a folder with none), built
  // once per folder: rebuilt per report, with a scan of every dated day per candidate, a folder
  // of undated reports in a corpus spanning years cost days x days per report.
  struct Near {
    std::vector<sys_days> neighbours;       // sorted
    std::vector<CandidateDay> candidates;   // sorted, unique
  };
  // The days the dated reports of each folder name, indexed by their words; only when an undated
  // report tells something from its own day.
  struct Told {
    std::vector<const ToldDay*> days;
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> postings;
  };
  std::map<std::string, Told> told_by_folder;
  bool any_deictic = false;
  for (const auto& r : reports) any_deictic = any_deictic || (!r.day && !r.evidence.deictic.empty());
  for (const auto& r : reports) {
    if (!any_deictic) break;
    if (!r.day || r.told.empty()) continue;
    Told& told = told_by_folder[r.folder];
    for (const auto& d : r.told) {
      const auto id = static_cast<std::uint32_t>(told.days.size());
      told.days.push_back(&d);
      for (auto w : d.words) told.postings[w].push_back(id);
    }
  }
  std::map<const std::set<sys_days>*, Near> near_cache;
  std::vector<const Near*> near_of(reports.size(), nullptr);
  for (std::size_t i = 0; i < reports.size(); ++i) {
    if (reports[i].day) continue;
    auto folder_days = dated.find(reports[i].folder);
    const std::set<sys_days>& days_set = folder_days != dated.end() ? folder_days->second : all_dated;
    auto [it, fresh] = near_cache.try_emplace(&days_set);
    if (fresh) {
      it->second.neighbours.assign(days_set.begin(), days_set.end());
      std::set<sys_days> c;
      for (sys_days k : days_set)
        for (int off = -10; off <= 10; ++off) c.insert(k + days{off});
      for (sys_days day : c) it->second.candidates.push_back(candidate_day(day, it->second.neighbours));
    }
    near_of[i] = &it->second;
  }
  // Each undated report is weighed against the dated ones only (never against another inferred
  // date), so the reports are weighed in parallel: a folder with no dated report weighs every day
  // around the corpus's dated ones, which over a corpus spanning centuries is most of the work.
  std::vector<std::optional<InferredDate>> out(reports.size());
  parallel_for(reports.size(), threads, [&](std::size_t i) {
    if (reports[i].day) return;
    const Evidence& ev = reports[i].evidence;
    const Near& near = *near_of[i];
    const std::vector<sys_days>& neighbours = near.neighbours;
    // Candidates: days around the story's dated reports; without any, days after the latest date
    // the report states. Nothing else pins a day, so the DCT stays unknown.
    std::vector<CandidateDay> own;
    if (near.candidates.empty() && !ev.dates.empty()) {
      sys_days latest = std::max_element(ev.dates.begin(), ev.dates.end())->first;
      for (int off = 0; off <= 7; ++off) own.push_back(candidate_day(latest + days{off}, neighbours));
    }
    const std::vector<CandidateDay>& candidates = near.candidates.empty() ? own : near.candidates;
    if (candidates.empty()) return;
    const auto by_weekday = weekday_scores(ev);
    // "was found guilty yesterday" told of what a dated report of the story puts on a day ("the
    // verdicts were read out at 3.10pm on Tuesday"): at least five content words, and two fifths
    // of the sentence's, shared; this report was then written the day after that one.
    std::optional<sys_days> shared;
    if (auto f = told_by_folder.find(reports[i].folder); f != told_by_folder.end()) {
      std::size_t best_overlap = 0;
      for (const auto& d : ev.deictic) {
        std::unordered_map<std::uint32_t, std::size_t> counts;
        for (auto w : d.words)
          if (auto p = f->second.postings.find(w); p != f->second.postings.end() && p->second.size() <= 64)
            for (auto id : p->second) ++counts[id];
        for (const auto& [id, count] : counts) {
          if (count < 5 || 5 * count < 2 * d.words.size()) continue;
          const sys_days day = f->second.days[id]->day - days{d.offset};
          if (count > best_overlap || (count == best_overlap && shared && day < *shared)) best_overlap = count, shared = day;
        }
      }
    }
    double best = -1e9, second = -1e9;
    sys_days pick{};
    for (const CandidateDay& c : candidates) {  // sorted: ties go to the earliest day
      double s = score(c, ev, by_weekday);
      if (shared && c.day == *shared) s += 4;
      if (s > best + 1e-9) second = best, best = s, pick = c.day;
      else if (s > second) second = s;
    }
    // The margin over the runner-up says how sure: 0.5 and more is a clear winner.
    double confidence = std::clamp((best - second) / 0.5, 0.0, 1.0);
    std::string why = describe(ev, neighbours);
    if (shared && pick == *shared)
      why += std::string(why.empty() ? "" : "; ") + "what it tells from its own day ('yesterday', 'today', 'tomorrow') a dated report of the story dates";
    out[i] = InferredDate{pick, why, std::round(confidence * 100) / 100};
  });
  return out;
}

void apply_inferred_date(Document& doc, const InferredDate& date) {
  PublicationTime t;
  t.day = date::year_month_day{date.day};
  doc.dct = t;
  doc.dct_source = DctSource::inferred;
  doc.dct_evidence = date.evidence;
  apply_source_zone(doc);
  doc.dct_confidence = date.confidence;
}

std::string report_folder(const Document& doc) { return std::filesystem::path(doc.path).parent_path().string(); }

void infer_publication_dates(Corpus& corpus, const TagOptions& options, std::size_t threads,
                             std::vector<FoundTimes>* found) {
  // Each report's own evidence does not depend on the others: gathered in parallel (and weighed in
  // parallel, against the explicitly dated reports only).
  std::vector<DatedReport> reports(corpus.documents.size());
  std::vector<FoundTimes> local;
  std::vector<FoundTimes>& times = found != nullptr ? *found : local;
  times.assign(corpus.documents.size(), {});
  parallel_for(corpus.documents.size(), threads, [&](std::size_t i) {
    const Document& d = corpus.documents[i];
    reports[i].folder = report_folder(d);
    if (d.dct) reports[i].day = sys_days{d.dct->day};
    else reports[i].evidence = gather_date_evidence(d, options, times[i]);
  });
  const std::vector<std::size_t> told = told_days_needed(reports);
  parallel_for(told.size(), threads, [&](std::size_t k) {
    const std::size_t i = told[k];
    reports[i].told = gather_told_days(corpus.documents[i], options, times[i]);
  });
  if (found == nullptr) local.clear();
  auto inferred = infer_dates(reports, threads);
  for (std::size_t i = 0; i < corpus.documents.size(); ++i)
    if (inferred[i]) apply_inferred_date(corpus.documents[i], *inferred[i]);
}

}  // namespace timeline
