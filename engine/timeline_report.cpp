#include "timeline_report.hpp"

#include <cctype>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>

#include <date/date.h>
#include <date/tz.h>

#include "json_writer.hpp"
#include "time_bounds.hpp"

namespace timeline {
namespace {

using SysMinutes = date::sys_time<std::chrono::minutes>;

// A UTC time in the event's display zone: local time and the zone's name ("CEST", "+02:00", "UTC").
struct Local {
  date::local_time<std::chrono::minutes> time;
  std::string zone;
};

Local to_local(const TimelineEvent& e, Minutes m) {
  SysMinutes tp{std::chrono::minutes(m)};
  if (!e.zone.empty()) {
    try {
      auto z = date::make_zoned(date::locate_zone(e.zone), tp);
      return {date::floor<std::chrono::minutes>(z.get_local_time()), z.get_info().abbrev};
    } catch (const std::exception&) {
      // an unknown zone falls back to the offset below
    }
  }
  if (e.utc_offset) {
    int off = *e.utc_offset;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", off < 0 ? '-' : '+', std::abs(off) / 60, std::abs(off) % 60);
    return {date::local_time<std::chrono::minutes>{std::chrono::minutes(m + off)}, std::string("UTC") + buf};
  }
  return {date::local_time<std::chrono::minutes>{std::chrono::minutes(m)}, "UTC"};
}

std::string day_of(const Local& l) { return date::format("%Y-%m-%d", l.time); }
std::string clock_of(const Local& l) { return date::format("%H:%M", l.time); }

std::string part_of_day(const std::string& value) {
  static const std::map<std::string, std::string> parts = {{"MO", "morning"}, {"MI", "midday"}, {"AF", "afternoon"},
                                                           {"EV", "evening"}, {"NI", "night"},  {"DT", "daytime"}};
  auto t = value.find('T');
  if (t == std::string::npos) return {};
  auto it = parts.find(value.substr(t + 1));
  return it == parts.end() ? std::string() : it->second;
}

void write_mention(PrettyJsonWriter& w, const Corpus& corpus, const EventMention& m) {
  const Document* d = m.document < corpus.documents.size() ? &corpus.documents[m.document] : nullptr;
  Span s = file_span(corpus, m);
  w.object();
  w.member("doc", d != nullptr ? std::string_view(d->id) : std::string_view());
  w.member("version", m.version);
  w.member("begin", s.begin);
  w.member("end", s.end);
  w.member("sentence", mention_sentence(corpus, m));
  w.member("id", m.id);
  w.end_object();
}

}  // namespace

std::string local_day(const TimelineEvent& e, Minutes m) { return day_of(to_local(e, m)); }
std::string local_minute(const TimelineEvent& e, Minutes m) { return date::format("%Y-%m-%dT%H:%M", to_local(e, m).time); }

std::string iso_utc(Minutes m) { return date::format("%Y-%m-%dT%H:%MZ", SysMinutes{std::chrono::minutes(m)}); }

Span file_span(const Corpus& corpus, const EventMention& m) {
  Span s = mention_sentence_span(corpus, m);
  if (m.document >= corpus.documents.size()) return s;
  const auto& map = corpus.documents[m.document].file_offsets;
  if (!map.empty() && s.end < map.size()) s = {map[s.begin], map[s.end]};
  return s;
}

std::string when_text(const TimelineEvent& e) {
  // With no zone known for the report, a UTC window 28 hours wider than the local value says
  // less than the value itself: show the value as written, in local time.
  // A version's time counts from the publication by its delay: shown so only as a plain date.
  // So is a bound from a publication known only to the day, zone or not: "by 2016-09-09", not the
  // instant its day (and a version's delay) ends at.
  const bool dated_publication = e.anchor && !e.anchor->timex.value.empty() &&
                                 e.anchor->timex.value.find('T') == std::string::npos &&
                                 (e.anchor->source == AnchorSource::version_time || e.anchor->source == AnchorSource::publication_time);
  if ((e.anchor && e.anchor->zone_unknown && e.zone.empty() && !e.utc_offset && !e.anchor->timex.value.empty() &&
       (e.anchor->source != AnchorSource::version_time || e.anchor->timex.value.find('T') == std::string::npos)) ||
      dated_publication) {
    std::string v = e.anchor->timex.value;
    auto t = v.find('T');
    bool clock = t != std::string::npos && t + 1 < v.size() && std::isdigit(static_cast<unsigned char>(v[t + 1]));
    if (clock) v[t] = ' ';
    std::string part = part_of_day(e.anchor->timex.value);
    if (!clock && !part.empty()) v = v.substr(0, t) + " " + part;
    // "Update 9pm:" spans the day up to 9pm; "at 11.30pm" only the minute, however wide the
    // unknown zone makes its window.
    const Minutes widening = e.anchor->zone_unknown ? 2 * kUnknownOffsetWidening : 0;
    bool by = clock && e.anchor->timex.mod != "APPROX" && e.anchor->earliest && e.anchor->latest &&
              *e.anchor->latest - *e.anchor->earliest - widening > 120;
    // "before/by" already says "no later than": "by 2015-07-16 15:45", not "by 2015-07-16, by 15:45".
    if (by && e.anchor->relation != AnchorRelation::before) v = v.substr(0, t) + ", by " + v.substr(t + 1);
    else if (clock && e.anchor->timex.mod == "APPROX") v = v.substr(0, t) + " ~" + v.substr(t + 1);  // "at about 3am"
    const bool published = e.anchor->source == AnchorSource::version_time || e.anchor->source == AnchorSource::publication_time;
    switch (e.anchor->relation) {
      case AnchorRelation::begins: v = "since " + v; break;
      case AnchorRelation::after: v = (e.anchor->within ? "shortly after " : "after ") + v; break;
      case AnchorRelation::before:  // no later than
        v = (published || e.anchor->inclusive ? "by " : e.anchor->within ? "shortly before " : "before ") + v;
        break;
      case AnchorRelation::ends: v = "until " + v; break;
      default: break;
    }
    // A zone moves a clock time or a part of day; a bare date is read as the report wrote it.
    if (clock || !part.empty()) return v + " (local time, zone unknown)";
    // Dated by its report's publication alone ("Kerry met Lavrov", "has met"): say so.
    if (dated_publication && e.anchor->source == AnchorSource::publication_time && e.anchor->relation == AnchorRelation::before)
      v += " (publication)";
    return v;
  }
  if (!e.earliest && !e.latest) {
    if (!e.start_by) return "undated";
    if (!e.published_by.empty()) return "under way by " + e.published_by + " (publication)";
    Local by = to_local(e, *e.start_by);
    return "under way by " + day_of(by) + " " + clock_of(by) + " " + by.zone;
  }
  if (!e.earliest && e.latest && e.anchor && e.anchor->inclusive && e.anchor->timex.value.size() >= 10) {
    // "By Thursday afternoon": the day and part of day as written, with the end in the zone.
    const std::string& v = e.anchor->timex.value;
    std::string part = part_of_day(v);
    Local hi = to_local(e, *e.latest);
    if (part.empty() && v.size() == 10) return "by " + v + " (" + hi.zone + ")";  // "by Friday": the whole day
    return "by " + v.substr(0, 10) + (part.empty() ? "" : " " + part) + " (until " + clock_of(hi) + " " + hi.zone + ")";
  }
  if (!e.earliest) {
    // Bounded only by a publication of unknown zone: its local date (as the report gives it), not
    // a widened UTC instant.
    if (!e.published_by.empty() && (!e.anchor || e.anchor->timex.value.empty())) return "by " + e.published_by + " (publication)";
    Local hi = to_local(e, *e.latest);
    return "by " + day_of(hi) + " " + clock_of(hi) + " " + hi.zone;
  }
  if (!e.latest && e.anchor && e.anchor->relation == AnchorRelation::begins && e.anchor->timex.value.size() >= 4 &&
      e.anchor->timex.value.find('T') == std::string::npos)
    return "since " + e.anchor->timex.value;  // "has been prime minister since 2016": the time as written
  if (!e.latest) {
    Local lo = to_local(e, *e.earliest);
    return "after " + day_of(lo) + " " + clock_of(lo) + " " + lo.zone;
  }
  // An event placed by its distance from another ("58 minutes after liftoff") is shown by when it
  // began: its end is bounded only by its report.
  const Minutes latest = e.anchor && e.anchor->source == AnchorSource::link && e.start_by ? *e.start_by : *e.latest;
  Minutes width = latest - *e.earliest;
  Local lo = to_local(e, *e.earliest), hi = to_local(e, latest);
  Local mid = to_local(e, *e.earliest + width / 2);
  std::string part = e.anchor ? part_of_day(e.anchor->timex.value) : std::string();
  // Up to 4 hours: a clock time with its uncertainty; within one local day: the day (and part of day).
  if (width <= 4 * 60)
    return day_of(mid) + " ~" + clock_of(mid) + " (" + clock_of(lo) + "\u2013" + clock_of(hi) + " " + hi.zone + ")";
  // An end at local midnight closes the previous day ("evening" = 18:00-00:00 is one day).
  Local last = to_local(e, latest - (width > 0 ? 1 : 0));
  if (day_of(lo) == day_of(last)) {
    std::string out = day_of(lo) + (part.empty() ? "" : " " + part);
    if (width < 1439) out += " (" + clock_of(lo) + "\u2013" + clock_of(hi) + " " + hi.zone + ")";
    return out;
  }
  // A night runs past midnight: named by the day it starts on ("2016-09-09 night (21:00–06:00 BST)").
  if (!part.empty() && width < 1440)
    return day_of(lo) + " " + part + " (" + clock_of(lo) + "\u2013" + clock_of(hi) + " " + hi.zone + ")";
  std::string range = day_of(lo) + " \u2013 " + day_of(last);
  // A publication is no value of the event's own: "two days after the fire reached the town",
  // told in a report of later, is the range alone.
  const bool own_value = e.anchor && !e.anchor->timex.value.empty() && e.anchor->source != AnchorSource::publication_time &&
                         e.anchor->source != AnchorSource::version_time;
  // "shortly after 7pm in Washington" bounded only by a report of the next morning: after it.
  if (own_value && e.anchor->relation == AnchorRelation::after)
    return "after " + day_of(lo) + " " + clock_of(lo) + " " + lo.zone + " (" + range + ")";
  if (own_value) return e.anchor->timex.value + " (" + range + ")";
  return range;
}

void write_timeline_json(const Corpus& corpus, const Timeline& t, std::ostream& out) {
  // Written part by part (an event at a time): a timeline of a large corpus is never held as text
  // or as a tree of values.
  PrettyJsonWriter w;
  w.object();
  w.key("documents").array();
  for (const auto& d : corpus.documents) {
    w.object();
    w.member("id", d.id);
    w.key("dct");
    if (d.dct) w.value(d.dct->iso());
    else w.value(nullptr);
    w.member("dct_source", to_string(d.dct_source));
    w.end_object();
  }
  w.end_array();
  w.flush_to(out);
  w.key("events").array();
  for (const auto& e : t.events) {
    w.object();
    w.member("id", e.id);
    w.member("label", e.label);
    w.member("class", to_string(e.cls));
    w.key("time").object();
    w.key("value");
    if (e.anchor && !e.anchor->timex.value.empty()) w.value(e.anchor->timex.value);
    else w.value(nullptr);
    w.key("earliest");
    if (e.earliest) w.value(iso_utc(*e.earliest));
    else w.value(nullptr);
    w.key("latest");
    if (e.latest) w.value(iso_utc(*e.latest));
    else w.value(nullptr);
    w.member("text", when_text(e));
    w.end_object();
    w.key("participants").array();
    for (const auto& p : e.participants) w.value(p);
    w.end_array();
    w.key("mentions").array();
    for (auto m : e.mentions) write_mention(w, corpus, t.mentions[m]);
    w.end_array();
    w.member("conflict", e.conflict);
    if (!e.salience.empty()) w.member("salience", e.salience);
    w.end_object();
    w.flush_to(out);
  }
  w.end_array();
  w.key("relations").array();
  for (const auto& r : t.relations) {
    w.object();
    w.member("from", t.events[r.from].id);
    w.member("to", t.events[r.to].id);
    w.member("type", to_string(r.type));
    w.member("evidence", r.evidence);
    w.member("stated", r.stated);
    w.member("conflict", r.conflict);
    w.end_object();
    w.flush_to(out);
  }
  w.end_array();
  w.key("conflicts").array();
  for (const auto& c : t.conflicts) {
    w.object();
    w.member("summary", c.summary);
    w.member("kind", c.kind);
    w.key("mentions").array();
    for (auto m : c.mentions) write_mention(w, corpus, t.mentions[m]);
    w.end_array();
    w.key("events").array();
    for (auto e : c.events) w.value(t.events[e].id);
    w.end_array();
    w.end_object();
    w.flush_to(out);
  }
  w.end_array();
  w.end_object();
  w.flush_to(out);
  out << "\n";
}

nlohmann::ordered_json timeline_to_json(const Corpus& corpus, const Timeline& t) {
  std::ostringstream text;
  write_timeline_json(corpus, t, text);
  return nlohmann::ordered_json::parse(text.str());
}

void print_timeline_text(const Corpus& corpus, const Timeline& t, std::ostream& out) {
  for (const auto& e : t.events) {
    // Sources as "bbc.txt v0+v1, reuters.txt": versions of one report are grouped.
    std::map<std::string, std::vector<int>> sources;
    std::vector<std::string> doc_order;
    for (auto mi : e.mentions) {
      const EventMention& m = t.mentions[mi];
      std::string id = m.document < corpus.documents.size() ? corpus.documents[m.document].id : "?";
      if (sources.find(id) == sources.end()) doc_order.push_back(id);
      auto& v = sources[id];
      if (std::find(v.begin(), v.end(), m.version) == v.end()) v.push_back(m.version);
    }
    std::string said;
    for (const auto& id : doc_order) {
      said += (said.empty() ? "" : ", ") + id;
      const auto& v = sources[id];
      bool versioned = false;
      for (auto mi : e.mentions) {
        const EventMention& m = t.mentions[mi];
        if (m.document < corpus.documents.size() && corpus.documents[m.document].id == id &&
            corpus.documents[m.document].versions.size() > 1)
          versioned = true;
      }
      if (versioned)
        for (std::size_t k = 0; k < v.size(); ++k) said += (k == 0 ? " v" : "+v") + std::to_string(v[k]);
    }
    out << e.id << "  " << when_text(e) << "  " << e.label << (e.conflict ? "  [!]" : "") << "\n";
    out << "      " << to_string(e.cls) << "; reported by " << said << "\n";
  }
  if (!t.conflicts.empty()) {
    out << "\nConflicts:\n";
    for (const auto& c : t.conflicts) out << "  - [" << c.kind << "] " << c.summary << "\n";
  }
}

}  // namespace timeline
