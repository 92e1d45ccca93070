#include "timeml_export.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "timeml_writer.hpp"

namespace timeline {
namespace {

// The relation of an event to a time, as TimeML's relType (event first).
std::string_view rel_type(AnchorRelation r) {
  switch (r) {
    case AnchorRelation::before: return "BEFORE";
    case AnchorRelation::after: return "AFTER";
    case AnchorRelation::begins: return "BEGUN_BY";
    case AnchorRelation::ends: return "ENDED_BY";
    case AnchorRelation::includes: return "INCLUDES";
    case AnchorRelation::during: break;
  }
  return "IS_INCLUDED";
}

// TempEval-3 MAKEINSTANCE tense from the trigger word: a small guess, documented in docs/cli.md.
std::string tense_of(const EventMention& m, std::string_view word) {
  if (m.nominal) return "NONE";
  if (m.modality == "will" || m.modality == "would") return "FUTURE";
  static const std::unordered_set<std::string_view> past{
      "said", "told", "met", "held", "began", "took", "left", "made", "went", "came", "fell", "struck", "hit",
      "killed", "fought", "brought", "sent", "spoke", "broke", "won", "lost", "led", "flew", "drove", "gave", "saw"};
  std::string w(word);
  for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (past.count(w) || (w.size() > 3 && w.ends_with("ed"))) return "PAST";
  if (w.size() > 4 && w.ends_with("ing")) return "PRESPART";
  return "PRESENT";
}

struct Tag {
  Span span;  ///< in the version text
  std::string open, name;
};

}  // namespace

std::string timeml_event_class(const EventMention& m) {
  if (m.cls == EventClass::statement) return "REPORTING";
  static const std::set<std::string, std::less<>> aspectual{"begin", "start", "end", "stop", "pause", "resume",
                                                             "continue", "finish", "halt", "suspend", "launch"};
  if (m.cls == EventClass::state_change && aspectual.count(m.lemma)) return "ASPECTUAL";
  if (m.modality == "hope" || m.modality == "want") return "I_STATE";
  return "OCCURRENCE";
}

std::vector<TimemlFile> export_timeml(const Analysis& a) {
  const Timeline& t = a.timeline;
  // Mention index -> timeline event index, for the mentions the timeline shows.
  std::map<std::size_t, std::size_t> event_of;
  for (std::size_t e = 0; e < t.events.size(); ++e)
    for (auto m : t.events[e].mentions) event_of[m] = e;

  std::vector<TimemlFile> files;
  for (std::size_t d = 0; d < a.corpus.documents.size(); ++d) {
    const Document& doc = a.corpus.documents[d];
    std::string stem = doc.id;
    if (stem.ends_with(".tml")) stem.resize(stem.size() - 4);
    for (std::size_t vi = 0; vi < doc.versions.size(); ++vi) {
      const Version& v = doc.versions[vi];
      TimemlFile file;
      file.name = doc.versions.size() > 1 ? stem + ".v" + std::to_string(v.index) + ".tml" : stem + ".tml";
      // The version text: paragraphs joined by blank lines; `base` maps each paragraph.
      std::string text;
      std::vector<std::pair<Span, std::size_t>> base;  // paragraph span in doc bytes, its offset in text
      // A TimeML input keeps its TEXT as it was, so that `timeline eval` pairs it with its gold.
      if (doc.format == Format::timeml) {
        text = doc.bytes;
        base.emplace_back(Span{0, doc.bytes.size()}, 0);
      }
      for (const auto& p : v.paragraphs) {
        if (p.span.empty() || doc.format == Format::timeml) continue;
        if (!text.empty()) text += "\n\n";
        base.emplace_back(p.span, text.size());
        text += doc.text(p.span);
      }
      auto map_span = [&](Span s) -> std::optional<Span> {
        for (const auto& [p, at] : base)
          if (s.begin >= p.begin && s.end <= p.end && !s.empty()) return Span{at + (s.begin - p.begin), at + (s.end - p.begin)};
        return std::nullopt;
      };

      std::vector<Tag> tags;
      std::vector<std::string> tail;  // MAKEINSTANCE and TLINK elements after TEXT
      // TIMEX3: tid t<n> for the n-th expression in resolution order (as Timex::anchor counts).
      const std::vector<Timex>* tx = d < a.timexes.size() && vi < a.timexes[d].size() ? &a.timexes[d][vi] : nullptr;
      std::map<std::pair<std::size_t, std::size_t>, std::string> tid_at;  // doc span -> tid
      std::set<std::string> written_tids;
      if (tx) {
        std::vector<std::pair<Span, std::size_t>> placed;
        for (std::size_t i = 0; i < tx->size(); ++i) {
          auto s = map_span((*tx)[i].span);
          if (!s) continue;
          bool overlaps = false;
          for (const auto& [o, j] : placed) overlaps |= s->begin < o.end && o.begin < s->end;
          if (overlaps) continue;
          placed.emplace_back(*s, i);
          written_tids.insert("t" + std::to_string(i + 1));
        }
        for (const auto& [s, i] : placed) {
          const Timex& x = (*tx)[i];
          std::string tid = "t" + std::to_string(i + 1);
          std::string anchor = x.anchor != "dct" && written_tids.count(x.anchor) ? x.anchor : "";
          TimexTag tag = to_timex_tag(x, tid, doc.dct ? "t0" : "", anchor);
          std::string open = "<TIMEX3";
          for (const auto& [k, val] : tag.attributes) open += " " + k + "=\"" + val + "\"";
          tags.push_back({s, open + ">", "TIMEX3"});
          tid_at[{x.span.begin, x.span.end}] = tid;
          ++file.timexes;
        }
      }
      // EVENT + MAKEINSTANCE, for the timeline's mentions in this version.
      std::map<std::size_t, std::string> eiid_of_event;  // timeline event -> its instance here
      std::size_t n_event = 0;
      for (std::size_t mi = 0; mi < t.mentions.size(); ++mi) {
        const EventMention& m = t.mentions[mi];
        if (m.document != d || m.version != v.index || !event_of.count(mi)) continue;
        auto s = map_span(m.trigger);
        if (!s) continue;
        bool overlaps = false;
        for (const auto& g : tags) overlaps |= s->begin < g.span.end && g.span.begin < s->end;
        if (overlaps) continue;  // never crossing a TIMEX3 or another EVENT
        ++n_event;
        std::string eid = "e" + std::to_string(n_event), eiid = "ei" + std::to_string(n_event);
        tags.push_back({*s, "<EVENT eid=\"" + eid + "\" class=\"" + timeml_event_class(m) + "\">", "EVENT"});
        std::string mk = "<MAKEINSTANCE eiid=\"" + eiid + "\" eventID=\"" + eid + "\" pos=\"" + (m.nominal ? "NOUN" : "VERB") +
                         "\" tense=\"" + tense_of(m, doc.text(m.trigger)) + "\" aspect=\"NONE\" polarity=\"" +
                         (m.negated ? "NEG" : "POS") + "\"";
        if (!m.modality.empty()) mk += " modality=\"" + xml_escape(m.modality, true) + "\"";
        tail.push_back(mk + "/>");
        eiid_of_event.emplace(event_of[mi], eiid);
        ++file.events;
        // Its anchor: a time expression of this version, else the publication (t0).
        if (!m.anchor) continue;
        std::string to;
        if (m.anchor->source == AnchorSource::timex) {
          auto it = tid_at.find({m.anchor->timex.span.begin, m.anchor->timex.span.end});
          if (it != tid_at.end()) to = it->second;
        } else if ((m.anchor->source == AnchorSource::publication_time || m.anchor->source == AnchorSource::version_time) && doc.dct) {
          to = "t0";
        }
        if (to.empty()) continue;
        tail.push_back("<TLINK lid=\"l" + std::to_string(file.tlinks + 1) + "\" relType=\"" + std::string(rel_type(m.anchor->relation)) +
                       "\" eventInstanceID=\"" + eiid + "\" relatedToTime=\"" + to + "\"/>");
        ++file.tlinks;
      }
      // Event-event relations of the graph whose two events both have an instance here.
      for (const auto& r : t.relations) {
        auto f = eiid_of_event.find(r.from), g = eiid_of_event.find(r.to);
        if (f == eiid_of_event.end() || g == eiid_of_event.end() || f->second == g->second) continue;
        tail.push_back("<TLINK lid=\"l" + std::to_string(file.tlinks + 1) + "\" relType=\"" + std::string(to_string(r.type)) +
                       "\" eventInstanceID=\"" + f->second + "\" relatedToEventInstance=\"" + g->second + "\"/>");
        ++file.tlinks;
      }

      std::sort(tags.begin(), tags.end(), [](const Tag& x, const Tag& y) { return x.span.begin < y.span.begin; });
      std::string& o = file.bytes;
      // A version's delay is not added to the DCT: TempEval-3 has one DCT per document.
      o += timeml_preamble(file.name.substr(0, file.name.size() - 4), doc.dct);
      o += "<TEXT>";
      std::size_t at = 0;
      for (const auto& g : tags) {
        o += xml_escape(std::string_view(text).substr(at, g.span.begin - at));
        o += g.open + xml_escape(std::string_view(text).substr(g.span.begin, g.span.size())) + "</" + g.name + ">";
        at = g.span.end;
      }
      o += xml_escape(std::string_view(text).substr(at));
      o += "</TEXT>\n\n";
      for (const auto& x : tail) o += x + "\n";
      o += "\n</TimeML>\n";
      files.push_back(std::move(file));
    }
  }
  return files;
}

}  // namespace timeline
