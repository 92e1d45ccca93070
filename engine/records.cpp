#include "records.hpp"

#include <cstdint>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "corpus_report.hpp"
#include "dct_inference.hpp"
#include "json_writer.hpp"

namespace timeline {
namespace {

using Json = nlohmann::ordered_json;

// FNV-1a, 64 bits: the same digest on every machine (std::hash is not).
struct Digest {
  std::uint64_t h = 14695981039346656037ull;
  void bytes(std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    number(s.size());
  }
  void number(std::uint64_t n) {
    for (int i = 0; i < 8; ++i) h = (h ^ ((n >> (8 * i)) & 0xFF)) * 1099511628211ull;
  }
  std::string hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
  }
};

void write_time(JsonWriter& w, const std::optional<PublicationTime>& t) {
  if (!t) {
    w.value(nullptr);
    return;
  }
  w.object().member("date", date::format("%F", date::sys_days{t->day}));
  w.key("minutes");
  t->time_of_day ? w.value(t->time_of_day->count()) : w.value(nullptr);
  w.key("utc_offset");
  t->utc_offset ? w.value(t->utc_offset->count()) : w.value(nullptr);
  w.member("zone", t->zone).end_object();
}

// The members of a time expression; callers add theirs and close the object.
void write_timex_members(JsonWriter& w, const Document& doc, const Timex& t) {
  write_span(w, doc, t.span);
  w.member("type", to_string(t.type)).member("value", t.value).member("mod", t.mod).member("value_max", t.value_max);
  w.member("anchor", t.anchor).member("quant", t.quant).member("freq", t.freq).member("rule", t.rule);
}

void write_mention(JsonWriter& w, const Document& doc, const EventMention& m) {
  w.object().member("id", m.id).member("version", m.version).member("sentence", m.sentence);
  w.key("trigger").object();
  write_span(w, doc, m.trigger);
  w.end_object();
  w.member("class", to_string(m.cls)).member("lemma", m.lemma);
  w.member("polarity", m.negated ? "negative" : "positive").member("modality", m.modality).member("label", m.label);
  w.member("new_in_version", m.new_in_version);
  if (!m.reported_by.empty()) w.member("reported_by", m.reported_by);  // the statement that tells it
  w.key("anchor");
  if (m.anchor) {
    w.object();
    write_timex_members(w, doc, m.anchor->timex);
    w.member("relation", to_string(m.anchor->relation));
    if (m.anchor->inclusive) w.member("inclusive", true);  // "by Thursday afternoon"
    if (m.anchor->within) w.member("within_minutes", static_cast<std::int64_t>(*m.anchor->within));  // "shortly before 4am"
    w.member("source", to_string(m.anchor->source));
    w.key("evidence").object();
    write_span(w, doc, m.anchor->evidence);
    w.end_object().end_object();
  } else {
    w.value(nullptr);
  }
  w.key("durations").array();
  for (const auto& d : m.durations) {
    w.object();
    write_timex_members(w, doc, d.timex);
    if (d.delay) w.member("delay", true);  // "95 minutes late": how late, not how long
    w.key("evidence").object();
    write_span(w, doc, d.evidence);
    w.end_object().end_object();
  }
  w.end_array();
  w.key("links").array();  // "two days after the fire reached the town": the other event, how far
  for (const auto& l : m.links) {
    w.object().member("target", l.target).member("relation", l.after ? "AFTER" : "BEFORE");
    w.member("min_minutes", l.lo).member("max_minutes", l.hi);
    w.key("evidence").object();
    write_span(w, doc, l.evidence);
    w.end_object().end_object();
  }
  w.end_array();
  w.key("participants").array();
  for (const auto& p : m.participants) {
    w.object();
    write_span(w, doc, p.span);
    w.member("entity", p.entity).member("role", p.role).end_object();
  }
  w.end_array();
  w.end_object();
}

[[noreturn]] void fail(const std::string& where, const std::string& what) { throw std::runtime_error(where + ": " + what); }

// The member `key` of `j`, of the JSON type `check` accepts; else a clear error.
const Json& member(const Json& j, const char* key, bool (Json::*check)() const noexcept, const char* type, const std::string& where) {
  auto it = j.find(key);
  if (it == j.end()) fail(where, std::string("missing \"") + key + "\"");
  if (!((*it).*check)()) fail(where, std::string("\"") + key + "\" must be " + type);
  return *it;
}
std::string text_of(const Json& j, const char* key, const std::string& where) {
  return member(j, key, &Json::is_string, "a string", where).get<std::string>();
}
std::size_t size_of(const Json& j, const char* key, const std::string& where) {
  return member(j, key, &Json::is_number_unsigned, "a non-negative integer", where).get<std::size_t>();
}

std::optional<PublicationTime> parse_time(const Json& j, const std::string& where) {
  if (j.is_null()) return std::nullopt;
  if (!j.is_object()) fail(where, "\"dct\" must be an object or null");
  std::string error;
  auto t = parse_iso_time(text_of(j, "date", where), &error);
  if (!t) fail(where, "\"dct\": " + error);
  for (const char* key : {"minutes", "utc_offset"}) {
    auto it = j.find(key);
    if (it == j.end() || !(it->is_null() || it->is_number_integer())) fail(where, std::string("\"dct\".\"") + key + "\" must be an integer or null");
  }
  if (!j["minutes"].is_null()) t->time_of_day = std::chrono::minutes(j["minutes"].get<long long>());
  if (!j["utc_offset"].is_null()) t->utc_offset = std::chrono::minutes(j["utc_offset"].get<long long>());
  t->zone = text_of(j, "zone", where);
  return t;
}

DctSource parse_dct_source(const std::string& s, const std::string& where) {
  for (auto src : {DctSource::cli, DctSource::manifest, DctSource::header, DctSource::url, DctSource::inferred, DctSource::none})
    if (to_string(src) == s) return src;
  fail(where, "unknown \"dct_source\" '" + s + "'");
}

Timex parse_timex(const Json& j, const std::string& where) {
  if (!j.is_object()) fail(where, "a time expression must be an object");
  Timex t;
  t.span = {size_of(j, "begin", where), size_of(j, "end", where)};
  std::string type = text_of(j, "type", where);
  bool known = false;
  for (auto k : {TimexType::date, TimexType::time, TimexType::duration, TimexType::set})
    if (to_string(k) == type) t.type = k, known = true;
  if (!known) fail(where, "unknown time expression type '" + type + "'");
  t.value = text_of(j, "value", where);
  t.mod = text_of(j, "mod", where);
  t.value_max = text_of(j, "value_max", where);
  t.anchor = text_of(j, "anchor", where);
  t.quant = text_of(j, "quant", where);
  t.freq = text_of(j, "freq", where);
  t.rule = text_of(j, "rule", where);
  return t;
}

}  // namespace

std::string tagging_fingerprint(const Document& doc, const TagOptions& options) {
  Digest d;
  d.bytes(doc.bytes);
  d.bytes(doc.dct ? doc.dct->iso() + "|" + doc.dct->zone + "|" +
                        (doc.dct->time_of_day ? std::to_string(doc.dct->time_of_day->count()) : "-") + "|" +
                        (doc.dct->utc_offset ? std::to_string(doc.dct->utc_offset->count()) : "-")
                  : std::string("none"));
  d.number(static_cast<std::uint64_t>(options.prefer));
  d.number(options.day_first);
  d.number(doc.versions.size());
  for (const auto& v : doc.versions) {
    d.number(static_cast<std::uint64_t>(v.index));
    d.number(v.paragraphs.size());
    for (const auto& p : v.paragraphs) d.number(p.span.begin), d.number(p.span.end), d.bytes(p.flag);
    d.number(v.sentences.size());
    for (const auto& s : v.sentences) d.number(s.span.begin), d.number(s.span.end), d.number(s.heading);
  }
  return d.hex();
}

std::string report_record(const Document& doc, const StoredReport& loaded, const std::vector<std::vector<Timex>>& timexes,
                          const std::vector<EventMention>& mentions, const std::vector<Entity>& entities, const TagOptions& options) {
  thread_local JsonWriter w;  // keeps its buffer's capacity from one record to the next
  w.object().key("document");
  write_document(w, doc);
  w.key("timexes").array();
  for (const auto& version : timexes) {
    w.array();
    for (const auto& t : version) {
      w.object();
      write_timex_members(w, doc, t);
      w.end_object();
    }
    w.end_array();
  }
  w.end_array();
  w.key("events").array();
  for (const auto& m : mentions) write_mention(w, doc, m);
  w.end_array();
  w.key("participants").array();
  for (const auto& e : entities) {
    w.object().member("name", e.name).member("kind", e.kind).member("role", e.role);
    w.key("aliases").array();
    for (const auto& a : e.aliases) w.value(a);
    w.end_array().end_object();
  }
  w.end_array();
  w.key("extraction").object();
  w.member("record_version", kRecordVersion).member("path", loaded.path).member("bytes", loaded.bytes);
  w.member("source", loaded.source).member("url", loaded.url);
  w.key("dct");
  write_time(w, loaded.dct);
  w.member("dct_source", to_string(loaded.dct_source));
  w.member("prefer", options.prefer == Prefer::future ? "future" : options.prefer == Prefer::nearest ? "nearest" : "past");
  w.member("day_first", options.day_first).member("fingerprint", tagging_fingerprint(doc, options));
  w.end_object().end_object();
  return w.take();
}

std::string skipped_record(const Skipped& s) {
  JsonWriter w;
  w.object().key("skipped").object().member("path", s.path).member("reason", s.reason).end_object().end_object();
  return w.take();
}

void read_records(std::istream& in, const std::string& name, RecordSet& set) {
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    const std::string where = name + ":" + std::to_string(number);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines between shards' output
    Json j;
    try {
      j = Json::parse(line);
    } catch (const Json::parse_error& e) {
      fail(where, std::string("not a JSON record: ") + e.what());
    }
    if (!j.is_object()) fail(where, "a record must be a JSON object");
    if (auto s = j.find("skipped"); s != j.end()) {
      if (!s->is_object()) fail(where, "\"skipped\" must be an object");
      set.skipped.push_back({text_of(*s, "path", where), text_of(*s, "reason", where)});
      continue;
    }
    const Json& x = member(j, "extraction", &Json::is_object, "an object", where + " (a report record)");
    if (!x.contains("record_version") || x["record_version"] != kRecordVersion)
      fail(where, "record version is not " + std::to_string(kRecordVersion) + " (written by another version of timeline?)");
    StoredReport r;
    r.path = text_of(x, "path", where);
    r.bytes = text_of(x, "bytes", where);
    r.source = text_of(x, "source", where);
    r.url = text_of(x, "url", where);
    if (!x.contains("dct")) fail(where, "missing \"dct\"");
    r.dct = parse_time(x["dct"], where);
    r.dct_source = parse_dct_source(text_of(x, "dct_source", where), where);
    std::vector<std::vector<Timex>> per_version;
    for (const auto& version : member(j, "timexes", &Json::is_array, "an array", where)) {
      if (!version.is_array()) fail(where, "\"timexes\" must hold one array per version");
      per_version.emplace_back();
      for (const auto& t : version) {
        per_version.back().push_back(parse_timex(t, where));
        if (per_version.back().back().span.end > r.bytes.size() || per_version.back().back().span.begin > per_version.back().back().span.end)
          fail(where, "a time expression's span lies outside the document");
      }
    }
    set.fingerprints.push_back(text_of(x, "fingerprint", where));
    set.reports.push_back(std::move(r));
    set.timexes.push_back(std::move(per_version));
  }
  if (in.bad()) throw std::runtime_error(name + ": cannot read");
}

MergedCorpus merge_records(RecordSet set, const TagOptions& options, const RunOptions& run) {
  // The stored expressions by path, in record order (the same path twice keeps both, in order).
  std::map<std::string, std::vector<std::size_t>> by_path;
  for (std::size_t i = 0; i < set.reports.size(); ++i) by_path[set.reports[i].path].push_back(i);
  MergedCorpus m;
  std::vector<std::vector<std::vector<Timex>>> stored = std::move(set.timexes);
  std::vector<std::string> fingerprints = std::move(set.fingerprints);
  m.corpus = read_stored(std::move(set.reports), std::move(set.skipped));
  load_time_tables();
  std::vector<FoundTimes> found;  // stage 1 of the undated reports, done once
  infer_publication_dates(m.corpus, options, run.threads, &found);
  CorpusTimexes keep(m.corpus.documents.size());
  std::map<std::string, std::size_t> taken;
  for (std::size_t d = 0; d < m.corpus.documents.size(); ++d) {
    const Document& doc = m.corpus.documents[d];
    auto it = by_path.find(doc.path);
    if (it == by_path.end()) continue;
    std::size_t& k = taken[doc.path];
    if (k >= it->second.size()) continue;
    std::size_t r = it->second[k++];
    // An empty list would read as "tag again"; a report with no versions has nothing to keep.
    if (fingerprints[r] == tagging_fingerprint(doc, options) && stored[r].size() == doc.versions.size() && !doc.versions.empty()) {
      keep[d] = std::move(stored[r]);
      ++m.reused;
    } else {
      ++m.retagged;
    }
  }
  m.timexes = tag_corpus(m.corpus, options, run, std::move(keep), &found);
  return m;
}

}  // namespace timeline
