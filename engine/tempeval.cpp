#include "tempeval.hpp"

#include "link_eval.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include <spdlog/spdlog.h>

#include "file_reader.hpp"
#include "timeml_reader.hpp"

namespace fs = std::filesystem;

namespace timeline {
namespace {

std::string trimmed(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

std::size_t overlap(Span a, Span b) {
  auto lo = std::max(a.begin, b.begin), hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

// Kuhn's augmenting path: tries to give gold `g` a system partner, moving others if needed.
bool augment(std::size_t g, const std::vector<std::vector<std::size_t>>& candidates, std::vector<long>& partner_of_system,
             std::vector<char>& seen) {
  for (std::size_t s : candidates[g]) {
    if (seen[s]) continue;
    seen[s] = 1;
    if (partner_of_system[s] < 0 || augment(static_cast<std::size_t>(partner_of_system[s]), candidates, partner_of_system, seen)) {
      partner_of_system[s] = static_cast<long>(g);
      return true;
    }
  }
  return false;
}

double ratio(std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }
double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }
Prf prf(std::size_t matched, std::size_t system, std::size_t gold) {
  Prf x;
  x.precision = ratio(matched, system);
  x.recall = ratio(matched, gold);
  x.f1 = f1(x.precision, x.recall);
  return x;
}
Prf times(Prf x, double accuracy) {
  return {x.precision * accuracy, x.recall * accuracy, x.f1 * accuracy};
}

// The .tml files below `dir` by file name; duplicates are listed as unreadable.
std::map<std::string, std::string> tml_files(const std::string& dir, std::vector<Skipped>& unreadable) {
  std::map<std::string, std::string> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    unreadable.push_back({dir, "not a folder"});
    return files;
  }
  std::vector<fs::path> paths;
  for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".tml" && fs::is_regular_file(it->path())) paths.push_back(it->path());
  if (ec) unreadable.push_back({dir, "cannot list folder: " + ec.message()});
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    auto [it, added] = files.emplace(p.filename().string(), p.string());
    if (!added) unreadable.push_back({p.string(), "another file has the same name (" + it->second + ")"});
  }
  return files;
}

std::optional<Document> load(const std::string& path, std::vector<Skipped>& unreadable) {
  std::string error;
  auto bytes = read_file(path, error);
  if (!bytes) {
    unreadable.push_back({path, error});
    return std::nullopt;
  }
  auto doc = read_timeml(fs::path(path).filename().string(), path, std::move(*bytes), &error);
  if (!doc) unreadable.push_back({path, "not readable as TimeML: " + error});
  return doc;
}

nlohmann::ordered_json prf_json(const Prf& x) {
  return {{"precision", x.precision}, {"recall", x.recall}, {"f1", x.f1}};
}

nlohmann::ordered_json counts_json(const TimexCounts& c) {
  return {{"gold", c.gold}, {"system", c.system}, {"strict", c.strict}, {"relaxed", c.relaxed},
          {"type_correct", c.type_correct}, {"value_correct", c.value_correct}};
}

}  // namespace

std::vector<TimexMention> timex_mentions(const Document& doc) {
  std::vector<TimexMention> out;
  for (const auto& a : doc.annotations)
    if (a.tag == "TIMEX3" && a.attribute("functionInDocument") != "CREATION_TIME")
      out.push_back({a.span, std::string(a.attribute("type")), std::string(timex3_value(a.attribute("value")))});
  return out;
}

std::vector<TimexMention> timex_mentions(const std::vector<Timex>& timexes) {
  std::vector<TimexMention> out;
  // Values compare as TimeML writes them: "9pm BST" is `…T21:00` on both sides.
  for (const auto& t : timexes) out.push_back({t.span, std::string(to_string(t.type)), std::string(timex3_value(t.value))});
  return out;
}

TimexCounts& TimexCounts::operator+=(const TimexCounts& o) {
  gold += o.gold, system += o.system, strict += o.strict, relaxed += o.relaxed;
  type_correct += o.type_correct, value_correct += o.value_correct;
  return *this;
}

std::vector<long> relaxed_partners(const std::vector<TimexMention>& gold, const std::vector<TimexMention>& system) {
  // Relaxed: maximum one-to-one matching of overlapping spans, seeded with the exact pairs and
  // trying larger overlaps first, so that attributes are compared on the most plausible pairs.
  std::vector<std::vector<std::size_t>> candidates(gold.size());
  for (std::size_t g = 0; g < gold.size(); ++g) {
    for (std::size_t s = 0; s < system.size(); ++s)
      if (overlap(gold[g].span, system[s].span) > 0) candidates[g].push_back(s);
    std::stable_sort(candidates[g].begin(), candidates[g].end(), [&](std::size_t a, std::size_t b) {
      bool ea = system[a].span == gold[g].span, eb = system[b].span == gold[g].span;
      if (ea != eb) return ea;
      return overlap(gold[g].span, system[a].span) > overlap(gold[g].span, system[b].span);
    });
  }
  std::vector<long> partner(system.size(), -1);
  std::vector<char> matched(gold.size(), 0);
  for (std::size_t g = 0; g < gold.size(); ++g)
    for (std::size_t s : candidates[g])
      if (partner[s] < 0 && system[s].span == gold[g].span) {
        partner[s] = static_cast<long>(g), matched[g] = 1;
        break;
      }
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (matched[g]) continue;
    std::vector<char> seen(system.size(), 0);
    augment(g, candidates, partner, seen);
  }
  return partner;
}

TimexCounts compare_timexes(const std::vector<TimexMention>& gold, const std::vector<TimexMention>& system) {
  TimexCounts c;
  c.gold = gold.size();
  c.system = system.size();
  // Strict: exact spans, each used once.
  {
    std::vector<char> used(system.size(), 0);
    for (const auto& g : gold)
      for (std::size_t s = 0; s < system.size(); ++s)
        if (!used[s] && system[s].span == g.span) {
          used[s] = 1, ++c.strict;
          break;
        }
  }
  std::vector<long> partner = relaxed_partners(gold, system);
  for (std::size_t s = 0; s < system.size(); ++s) {
    if (partner[s] < 0) continue;
    const auto& g = gold[static_cast<std::size_t>(partner[s])];
    ++c.relaxed;
    if (trimmed(g.type) == trimmed(system[s].type)) ++c.type_correct;
    if (trimmed(g.value) == trimmed(system[s].value)) ++c.value_correct;
  }
  return c;
}

TempEvalScores tempeval_scores(const TimexCounts& c) {
  TempEvalScores x;
  x.strict = prf(c.strict, c.system, c.gold);
  x.relaxed = prf(c.relaxed, c.system, c.gold);
  x.type_accuracy = ratio(c.type_correct, c.relaxed);
  x.value_accuracy = ratio(c.value_correct, c.relaxed);
  x.type = times(x.relaxed, x.type_accuracy);
  x.value = times(x.relaxed, x.value_accuracy);
  return x;
}

TempEvalReport evaluate_timeml_folders(const std::string& gold_dir, const std::string& system_dir) {
  TempEvalReport report;
  auto gold_files = tml_files(gold_dir, report.unreadable);
  auto system_files = tml_files(system_dir, report.unreadable);
  for (const auto& [name, path] : system_files)
    if (!gold_files.count(name)) report.extra_system.push_back(path);
  for (const auto& [name, path] : gold_files) {
    auto gold = load(path, report.unreadable);
    if (!gold) continue;
    DocumentEvaluation d;
    d.id = name;
    auto gold_mentions = timex_mentions(*gold);
    std::optional<Document> system;
    if (auto it = system_files.find(name); it == system_files.end()) d.note = "no system file";
    else if (!(system = load(it->second, report.unreadable))) d.note = "system file not readable";
    else if (system->bytes != gold->bytes) d.note = "system text differs from the gold text", system.reset();
    d.counts = compare_timexes(gold_mentions, system ? timex_mentions(*system) : std::vector<TimexMention>{});
    if (has_annotation(*gold, "EVENT") || has_annotation(*gold, "TLINK")) {
      EventCounts ev;
      TlinkCounts tl;
      Document empty;
      empty.bytes = gold->bytes;
      compare_links(*gold, system ? *system : empty, ev, tl);
      d.events_gold = ev.gold, d.events_system = ev.system, d.events_strict = ev.strict, d.events_relaxed = ev.relaxed,
      d.events_class = ev.class_correct;
      d.tlinks_gold = tl.gold, d.tlinks_system = tl.system, d.tlinks_system_entailed = tl.system_entailed,
      d.tlinks_gold_entailed = tl.gold_entailed;
      report.has_events |= ev.gold > 0;
      report.has_tlinks |= tl.gold > 0;
      report.events_gold += ev.gold, report.events_system += ev.system, report.events_strict += ev.strict,
          report.events_relaxed += ev.relaxed, report.events_class += ev.class_correct;
      report.tlinks_gold += tl.gold, report.tlinks_system += tl.system, report.tlinks_system_entailed += tl.system_entailed,
          report.tlinks_gold_entailed += tl.gold_entailed;
    }
    if (!d.note.empty()) {
      spdlog::debug("{}: counted as all missed: {}", path, d.note);
      report.missing_system.push_back(name);
    }
    report.total += d.counts;
    report.documents.push_back(std::move(d));
  }
  if (!report.missing_system.empty())
    spdlog::warn("{} gold document(s) counted as all missed (no usable system file)", report.missing_system.size());
  return report;
}

nlohmann::ordered_json tempeval_to_json(const TempEvalReport& r) {
  auto x = tempeval_scores(r.total);
  nlohmann::ordered_json j;
  j["documents"] = r.documents.size();
  j["counts"] = counts_json(r.total);
  j["strict"] = prf_json(x.strict);
  j["relaxed"] = prf_json(x.relaxed);
  j["type"] = prf_json(x.type);
  j["type"]["accuracy"] = x.type_accuracy;
  j["value"] = prf_json(x.value);
  j["value"]["accuracy"] = x.value_accuracy;
  if (r.has_events) {
    auto strict = prf(r.events_strict, r.events_system, r.events_gold), relaxed = prf(r.events_relaxed, r.events_system, r.events_gold);
    double accuracy = ratio(r.events_class, r.events_relaxed);
    j["event"] = {{"counts", {{"gold", r.events_gold}, {"system", r.events_system}, {"strict", r.events_strict},
                              {"relaxed", r.events_relaxed}, {"class_correct", r.events_class}}},
                  {"strict", prf_json(strict)}, {"relaxed", prf_json(relaxed)}, {"class", prf_json(times(relaxed, accuracy))}};
    j["event"]["class"]["accuracy"] = accuracy;
  }
  if (r.has_tlinks) {
    double p = ratio(r.tlinks_system_entailed, r.tlinks_system), rc = ratio(r.tlinks_gold_entailed, r.tlinks_gold);
    j["tlink"] = {{"counts", {{"gold", r.tlinks_gold}, {"system", r.tlinks_system}, {"system_entailed", r.tlinks_system_entailed},
                              {"gold_entailed", r.tlinks_gold_entailed}}},
                  {"precision", p}, {"recall", rc}, {"f1", f1(p, rc)}};
  }
  j["missing_system"] = r.missing_system;
  j["extra_system"] = r.extra_system;
  j["unreadable"] = nlohmann::ordered_json::array();
  for (const auto& u : r.unreadable) j["unreadable"].push_back({{"path", u.path}, {"reason", u.reason}});
  j["per_document"] = nlohmann::ordered_json::array();
  for (const auto& d : r.documents) {
    auto e = counts_json(d.counts);
    nlohmann::ordered_json doc = {{"id", d.id}};
    doc.update(e);
    if (!d.note.empty()) doc["note"] = d.note;
    j["per_document"].push_back(std::move(doc));
  }
  return j;
}

void print_tempeval_text(const TempEvalReport& r, std::ostream& out) {
  const auto& c = r.total;
  auto x = tempeval_scores(c);
  char buf[160];
  out << "TempEval-3 TIMEX3 evaluation: " << r.documents.size() << " gold document(s)";
  if (!r.missing_system.empty()) out << ", " << r.missing_system.size() << " counted as all missed";
  out << "\ngold TIMEX3: " << c.gold << ", system TIMEX3: " << c.system << "\n\n";
  std::snprintf(buf, sizeof buf, "%-16s %9s %9s %9s %9s %9s\n", "", "precision", "recall", "F1", "accuracy", "matches");
  out << buf;
  char acc[32];
  auto line = [&](const char* name, const Prf& p, const std::string& accuracy, std::size_t matches) {
    std::snprintf(buf, sizeof buf, "%-16s %9.4f %9.4f %9.4f %9s %9zu\n", name, p.precision, p.recall, p.f1, accuracy.c_str(), matches);
    out << buf;
  };
  auto fmt = [&](double v) {
    std::snprintf(acc, sizeof acc, "%.4f", v);
    return std::string(acc);
  };
  line("strict extent", x.strict, "", c.strict);
  line("relaxed extent", x.relaxed, "", c.relaxed);
  line("type", x.type, fmt(x.type_accuracy), c.type_correct);
  line("value", x.value, fmt(x.value_accuracy), c.value_correct);
  if (r.has_events) {
    auto relaxed = prf(r.events_relaxed, r.events_system, r.events_gold);
    double accuracy = ratio(r.events_class, r.events_relaxed);
    line("EVENT strict", prf(r.events_strict, r.events_system, r.events_gold), "", r.events_strict);
    line("EVENT relaxed", relaxed, "", r.events_relaxed);
    line("EVENT class", times(relaxed, accuracy), fmt(accuracy), r.events_class);
  }
  if (r.has_tlinks) {
    double p = ratio(r.tlinks_system_entailed, r.tlinks_system), rc = ratio(r.tlinks_gold_entailed, r.tlinks_gold);
    line("TLINK awareness", Prf{p, rc, f1(p, rc)}, "", r.tlinks_system_entailed);
  }
  for (const auto& d : r.documents)
    if (!d.note.empty()) out << "missed: " << d.id << " (" << d.note << ")\n";
  for (const auto& p : r.extra_system) out << "ignored: " << p << " (no gold document of that name)\n";
  for (const auto& u : r.unreadable) out << "unreadable: " << u.path << " (" << u.reason << ")\n";
}

}  // namespace timeline
