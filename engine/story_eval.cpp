#include "story_eval.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "file_reader.hpp"
#include "paragraphs.hpp"
#include "timex.hpp"
#include "time_resolver.hpp"
#include "timeml_reader.hpp"

namespace fs = std::filesystem;

namespace timeline {
namespace {

std::vector<GoldMention> parse_mentions(const nlohmann::json& list) {
  std::vector<GoldMention> out;
  if (!list.is_array()) return out;
  for (const auto& m : list) {
    if (!m.is_object() || !m.contains("doc") || !m.contains("quote")) continue;
    GoldMention g{m["doc"].get<std::string>(), std::nullopt, m["quote"].get<std::string>()};
    if (m.contains("version") && m["version"].is_number_integer()) g.version = m["version"].get<int>();
    out.push_back(std::move(g));
  }
  return out;
}

// How many distinct words (letters and digits, lowercased) two labels share: the last tie-break
// between events of one quoted sentence ("Meridian-3 will take over from Meridian-2, which has
// been in service since 2011": the take-over, not the service, is "Meridian-3 takes over").
std::size_t shared_words(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
    std::set<std::string> out;
    std::string w;
    for (char c : s) {
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      else if (!w.empty()) out.insert(std::exchange(w, {}));
    }
    if (!w.empty()) out.insert(w);
    return out;
  };
  auto wa = words(a), wb = words(b);
  std::size_t n = 0;
  for (const auto& w : wa) n += wb.count(w);
  return n;
}

// A sentence of the built corpus: document, version index (Version::index) and sentence number.
struct SentenceKey {
  std::size_t doc;
  int version;
  std::size_t sentence;
  auto operator<=>(const SentenceKey&) const = default;
};

// The sentences a gold mention quotes (one per version that carries it).
std::vector<SentenceKey> locate(const Corpus& corpus, const GoldMention& m) {
  std::vector<SentenceKey> out;
  std::string quote = fold_for_compare(m.quote);
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    const Document& doc = corpus.documents[d];
    if (doc.id != m.doc) continue;
    for (const auto& v : doc.versions) {
      if (m.version && v.index != *m.version) continue;
      for (std::size_t s = 0; s < v.sentences.size(); ++s)
        if (fold_for_compare(doc.text(v.sentences[s].span)).find(quote) != std::string::npos) out.push_back({d, v.index, s});
    }
  }
  return out;
}

std::string describe(const GoldEvent& e) {
  std::string out = e.id + " '" + e.label + "'";
  if (!e.mentions.empty()) out += " (" + e.mentions[0].doc + ": \"" + e.mentions[0].quote.substr(0, 70) + "\")";
  return out;
}

double ratio(double a, double b) { return b == 0 ? 0.0 : a / b; }

}  // namespace

std::optional<GoldTimeline> parse_gold_timeline(const nlohmann::json& j, std::string& error) {
  if (!j.is_object() || !j.contains("events") || !j["events"].is_array()) {
    error = "expected an object with an \"events\" array";
    return std::nullopt;
  }
  GoldTimeline g;
  g.story = j.value("story", "");
  for (const auto& e : j["events"]) {
    if (!e.is_object() || !e.contains("id")) {
      error = "every event needs an \"id\"";
      return std::nullopt;
    }
    GoldEvent ge;
    ge.id = e["id"].get<std::string>();
    ge.label = e.value("label", "");
    ge.cls = e.value("class", "");
    if (e.contains("time") && e["time"].is_object()) ge.value = e["time"].value("value", "");
    ge.mentions = parse_mentions(e.value("mentions", nlohmann::json::array()));
    g.events.push_back(std::move(ge));
  }
  if (j.contains("order") && j["order"].is_array())
    for (const auto& group : j["order"]) {
      std::vector<std::string> ids;
      for (const auto& id : group) ids.push_back(id.get<std::string>());
      g.order.push_back(std::move(ids));
    }
  if (j.contains("conflicts") && j["conflicts"].is_array())
    for (const auto& c : j["conflicts"]) {
      g.conflicts.push_back(parse_mentions(c.value("mentions", nlohmann::json::array())));
      g.conflict_summaries.push_back(c.value("summary", ""));
    }
  if (j.contains("dct") && j["dct"].is_object())
    for (const auto& [file, value] : j["dct"].items())
      if (value.is_string()) g.dct.emplace(file, value.get<std::string>());
  return g;
}

bool same_time_value(std::string_view timeline, std::string_view gold) {
  // Only a clock time carries an offset ("...T21:00Z"); a gold value without one names the same
  // wall-clock time (parsers/timex.hpp). A gold value with an offset must be matched as written.
  return timeline == gold || (value_offset(gold).empty() && !value_offset(timeline).empty() && timex3_value(timeline) == gold);
}

StoryEvaluation evaluate_story(const std::string& folder, const GoldTimeline& gold, const TagOptions& options) {
  StoryEvaluation r;
  r.story = folder;
  Analysis a = analyze(std::vector<std::string>{folder}, PipelineOptions{{}, options, {}, {}});
  const Timeline& t = a.timeline;

  // Which timeline event holds each sentence's mentions.
  std::map<SentenceKey, std::set<std::size_t>> events_at;
  std::vector<std::size_t> event_of_mention(t.mentions.size(), static_cast<std::size_t>(-1));
  for (std::size_t e = 0; e < t.events.size(); ++e)
    for (std::size_t m : t.events[e].mentions) event_of_mention[m] = e;
  for (std::size_t m = 0; m < t.mentions.size(); ++m)
    if (event_of_mention[m] != static_cast<std::size_t>(-1))
      events_at[{t.mentions[m].document, t.mentions[m].version, t.mentions[m].sentence}].insert(event_of_mention[m]);

  // Gold event -> the timeline events its mentions fall in (and how often), and its best match.
  std::map<std::string, std::size_t> position;  // gold id -> tie group
  for (std::size_t i = 0; i < gold.order.size(); ++i)
    for (const auto& id : gold.order[i]) position[id] = i;
  std::map<std::string, std::optional<std::size_t>> best;
  std::set<std::size_t> matched_system;
  std::size_t found = 0, dated = 0, dates_right = 0, merge_cases = 0, merges_right = 0;
  std::map<std::size_t, std::set<std::string>> gold_of_system;
  std::vector<std::pair<const GoldEvent*, std::map<std::size_t, int>>> hits_of;
  for (const auto& g : gold.events) {
    std::map<std::size_t, int> hits, in_quote;
    std::size_t located = 0;
    for (const auto& m : g.mentions) {
      auto keys = locate(a.corpus, m);
      if (keys.empty()) r.notes.push_back(g.id + ": quote not found in " + m.doc + ": \"" + m.quote.substr(0, 60) + "\"");
      located += !keys.empty();
      std::set<std::size_t> here, quoted;
      const std::string quote = fold_for_compare(m.quote);
      for (const auto& k : keys) {
        if (auto it = events_at.find(k); it != events_at.end()) here.insert(it->second.begin(), it->second.end());
        // Events whose trigger is in the quoted words: the quote says which event of the sentence it means.
        for (std::size_t e : here)
          for (std::size_t mi : t.events[e].mentions) {
            const EventMention& x = t.mentions[mi];
            if (x.document != k.doc || x.version != k.version || x.sentence != k.sentence) continue;
            const Document& doc = a.corpus.documents[x.document];
            if (x.trigger.end <= doc.bytes.size() && quote.find(fold_for_compare(doc.text(x.trigger))) != std::string::npos)
              quoted.insert(e);
          }
      }
      for (std::size_t e : here) ++hits[e];
      for (std::size_t e : quoted) ++in_quote[e];
    }
    if (hits.empty()) {
      r.missed_events.push_back(describe(g));
      best[g.id] = std::nullopt;
      continue;
    }
    ++found;
    // The best match: the event in most of its sentences; among equals, the one whose trigger is in
    // most of the quotes, then one of the gold class, then the one whose label shares most words
    // with the gold label.
    auto score = [&](const std::pair<const std::size_t, int>& x) {
      return std::make_tuple(x.second, in_quote[x.first], to_string(t.events[x.first].cls) == g.cls ? 1 : 0,
                             shared_words(t.events[x.first].label, g.label));
    };
    auto top = std::max_element(hits.begin(), hits.end(), [&](const auto& x, const auto& y) { return score(x) < score(y); });
    best[g.id] = top->first;
    matched_system.insert(top->first);
    gold_of_system[top->first].insert(g.id);
    hits_of.emplace_back(&g, hits);
    if (!g.value.empty()) {
      ++dated;
      const auto& ev = t.events[top->first];
      std::string value = ev.anchor ? ev.anchor->timex.value : "";
      if (same_time_value(value, g.value)) ++dates_right;
      else r.wrong_dates.push_back(g.id + " '" + g.label + "': gold " + g.value + ", timeline " + (value.empty() ? "undated" : value));
    }
    (void)located;
  }
  // Merge: a gold event reported in two or more places is right when its best match has a
  // mention in every one of those places and is the best match of no other gold event. (Other
  // events extracted from the same sentences do not count against it.)
  for (const auto& [g, hits] : hits_of) {
    if (g->mentions.size() < 2) continue;
    ++merge_cases;
    std::size_t top = *best[g->id];
    bool one = hits.at(top) == static_cast<int>(g->mentions.size()) && gold_of_system[top].size() == 1;
    if (one) {
      ++merges_right;
      continue;
    }
    // Say which way it went wrong: split over several events, or lumped with other gold events.
    std::string why = g->id + " '" + g->label + "': its best match holds " + std::to_string(hits.at(top)) + " of its " +
                      std::to_string(g->mentions.size()) + " mentions";
    std::string others;
    for (const auto& id : gold_of_system[top])
      if (id != g->id) others += (others.empty() ? "" : ", ") + id;
    if (!others.empty()) why += "; its best match also holds " + others;
    r.wrong_merges.push_back(std::move(why));
  }
  // Order: every pair of found gold events in different tie groups and different timeline events.
  std::size_t concordant = 0, discordant = 0;
  for (std::size_t i = 0; i < gold.events.size(); ++i)
    for (std::size_t j = i + 1; j < gold.events.size(); ++j) {
      const auto &gi = gold.events[i], &gj = gold.events[j];
      auto bi = best[gi.id], bj = best[gj.id];
      if (!bi || !bj || *bi == *bj || !position.count(gi.id) || !position.count(gj.id)) continue;
      std::size_t pi = position[gi.id], pj = position[gj.id];
      if (pi == pj) continue;
      bool agree = (pi < pj) == (*bi < *bj);
      if (agree) ++concordant;
      else {
        ++discordant;
        const auto& first = pi < pj ? gi : gj;
        const auto& second = pi < pj ? gj : gi;
        r.wrong_order.push_back(first.id + " before " + second.id + " in the gold, after it in the timeline");
      }
    }
  // Conflicts: found when one reported conflict covers two of its mentions (or its only one).
  std::size_t conflicts_found = 0;
  for (std::size_t c = 0; c < gold.conflicts.size(); ++c) {
    std::vector<std::set<SentenceKey>> where;
    for (const auto& m : gold.conflicts[c]) {
      auto keys = locate(a.corpus, m);
      where.emplace_back(keys.begin(), keys.end());
    }
    std::size_t need = std::min<std::size_t>(2, where.size());
    bool hit = false;
    for (const auto& sc : t.conflicts) {
      std::size_t covered = 0;
      for (const auto& keys : where) {
        bool any = false;
        for (std::size_t m : sc.mentions) any = any || keys.count({t.mentions[m].document, t.mentions[m].version, t.mentions[m].sentence});
        covered += any;
      }
      if (need > 0 && covered >= need) hit = true;
    }
    if (hit) ++conflicts_found;
    else r.missed_conflicts.push_back(gold.conflict_summaries[c]);
  }
  // Time expressions of the gold TimeML, tagged on the same text with the same DCT.
  TimexCounts counts;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path(folder) / "gold", ec)) {
    if (e.path().extension() != ".tml") continue;
    std::string error;
    auto bytes = read_file(e.path().string(), error);
    auto doc = bytes ? read_timeml(e.path().filename().string(), e.path().string(), std::move(*bytes), &error) : std::nullopt;
    if (!doc) {
      r.notes.push_back(e.path().filename().string() + ": " + error);
      continue;
    }
    auto system = tag_times(*doc, doc->versions.at(0), options);
    counts += compare_timexes(timex_mentions(*doc), timex_mentions(system));
  }
  auto timex = tempeval_scores(counts);

  double precision = ratio(static_cast<double>(matched_system.size()), static_cast<double>(t.events.size()));
  double recall = ratio(static_cast<double>(found), static_cast<double>(gold.events.size()));
  r.measures["event_recall"] = recall;
  r.measures["event_precision"] = precision;
  r.measures["event_f1"] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  r.measures["date_accuracy"] = ratio(static_cast<double>(dates_right), static_cast<double>(dated));
  r.measures["merge_accuracy"] = ratio(static_cast<double>(merges_right), static_cast<double>(merge_cases));
  r.measures["order_accuracy"] = ratio(static_cast<double>(concordant), static_cast<double>(concordant + discordant));
  r.measures["kendall_tau"] = ratio(static_cast<double>(concordant) - static_cast<double>(discordant), static_cast<double>(concordant + discordant));
  r.measures["conflict_recall"] = ratio(static_cast<double>(conflicts_found), static_cast<double>(gold.conflicts.size()));
  r.measures["timex_strict_f1"] = timex.strict.f1;
  r.measures["timex_f1"] = timex.relaxed.f1;
  r.measures["timex_value_f1"] = timex.value.f1;
  // Publication days: every report the gold dates, given or inferred, by its day.
  std::size_t dcts = 0, dcts_right = 0;
  for (const auto& d : a.corpus.documents) {
    auto g = gold.dct.find(d.id);
    if (g == gold.dct.end() || g->second.size() < 10) continue;
    ++dcts;
    const std::string system = d.dct ? d.dct->iso() : "none";
    if (system.compare(0, 10, g->second, 0, 10) == 0) ++dcts_right;
    else r.wrong_dcts.push_back(d.id + ": gold " + g->second.substr(0, 10) + ", timeline " + system.substr(0, 10));
  }
  r.measures["dct_accuracy"] = ratio(static_cast<double>(dcts_right), static_cast<double>(dcts));
  return r;
}

std::vector<std::string> find_story_folders(const std::string& path) {
  std::vector<std::string> out;
  std::error_code ec;
  if (fs::exists(fs::path(path) / "gold" / "timeline.json", ec)) return {path};
  for (const auto& e : fs::directory_iterator(path, ec))
    if (e.is_directory() && fs::exists(e.path() / "gold" / "timeline.json", ec)) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace timeline
