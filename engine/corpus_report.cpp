#include "corpus_report.hpp"

#include <algorithm>

#include "json_object.hpp"

namespace timeline {
namespace {

nlohmann::ordered_json span_json(const Document& doc, Span s) {
  nlohmann::ordered_json j = json_object(4);  // begin, end, text and one key a caller adds
  j["begin"] = s.begin;
  j["end"] = s.end;
  j["text"] = std::string(doc.text(s));
  return j;
}

}  // namespace

nlohmann::ordered_json document_json(const Document& doc) {
  nlohmann::ordered_json d = json_object(20);
  d["id"] = doc.id;
  d["path"] = doc.path;
  d["format"] = std::string(to_string(doc.format));
  d["dct"] = doc.dct ? nlohmann::ordered_json(doc.dct->iso()) : nlohmann::ordered_json(nullptr);
  d["dct_source"] = std::string(to_string(doc.dct_source));
  if (doc.dct_source == DctSource::inferred) {
    d["dct_evidence"] = doc.dct_evidence;
    d["dct_confidence"] = doc.dct_confidence;
  }
  d["dct_zone"] = doc.dct && !doc.dct->zone.empty() ? nlohmann::ordered_json(doc.dct->zone) : nlohmann::ordered_json(nullptr);
  if (!doc.dct_zone_source.empty()) d["dct_zone_source"] = doc.dct_zone_source;
  d["source"] = doc.source.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(doc.source);
  d["url"] = doc.url.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(doc.url);
  d["title"] = doc.title;
  d["offsets"] = doc.format == Format::timeml ? "text" : "file";
  d["versions"] = nlohmann::ordered_json::array();
  for (const auto& v : doc.versions) {
    nlohmann::ordered_json jv = json_object(4);
    jv["index"] = v.index;
    jv["delay_minutes"] = v.delay_minutes ? nlohmann::ordered_json(*v.delay_minutes) : nlohmann::ordered_json(nullptr);
    jv["sentences"] = nlohmann::ordered_json::array();
    for (const auto& s : v.sentences) {
      auto js = span_json(doc, s.span);
      if (s.heading) js["heading"] = true;
      jv["sentences"].push_back(std::move(js));
    }
    jv["flagged"] = nlohmann::ordered_json::array();
    for (const auto& p : v.paragraphs)
      if (!p.flag.empty()) {
        auto jp = span_json(doc, p.span);
        jp["reason"] = p.flag;
        jv["flagged"].push_back(std::move(jp));
      }
    d["versions"].push_back(std::move(jv));
  }
  d["removed"] = nlohmann::ordered_json::array();
  for (const auto& r : doc.removed) {
    auto jr = span_json(doc, r.span);
    jr["reason"] = r.reason;
    d["removed"].push_back(std::move(jr));
  }
  d["notices"] = nlohmann::ordered_json::array();
  for (const auto& n : doc.notices) d["notices"].push_back({{"line", n.line}, {"message", n.message}});
  return d;
}

nlohmann::ordered_json corpus_to_json(const Corpus& corpus) {
  nlohmann::ordered_json out;
  out["documents"] = nlohmann::ordered_json::array();
  for (const auto& doc : corpus.documents) out["documents"].push_back(document_json(doc));
  out["skipped"] = nlohmann::ordered_json::array();
  for (const auto& s : corpus.skipped) out["skipped"].push_back({{"path", s.path}, {"reason", s.reason}});
  return out;
}

void print_corpus_text(const Corpus& corpus, std::ostream& out) {
  for (const auto& doc : corpus.documents) {
    out << doc.path << "  [" << to_string(doc.format) << "]\n";
    if (!doc.title.empty()) out << "  title:   " << doc.title << "\n";
    out << "  dct:     " << (doc.dct ? doc.dct->iso() : std::string("unknown")) << " (" << to_string(doc.dct_source) << ")";
    if (doc.dct && !doc.dct->zone.empty()) out << " " << doc.dct->zone;
    if (!doc.dct_zone_source.empty()) out << " (zone from " << doc.dct_zone_source << ")";
    out << "\n";
    if (doc.dct_source == DctSource::inferred)
      out << "           inferred from " << doc.dct_evidence << " (confidence " << doc.dct_confidence << ")\n";
    if (!doc.source.empty() || !doc.url.empty()) out << "  source:  " << doc.source << (doc.url.empty() ? "" : " ") << doc.url << "\n";
    for (const auto& v : doc.versions) {
      out << "  version " << v.index;
      if (v.delay_minutes) out << " (+" << *v.delay_minutes << " min)";
      std::size_t flagged = 0;
      for (const auto& p : v.paragraphs) flagged += !p.flag.empty();
      out << ": " << v.sentences.size() << " sentences, " << v.paragraphs.size() << " paragraphs";
      if (flagged) out << ", " << flagged << " flagged";
      out << "\n";
    }
    if (!doc.removed.empty()) {
      out << "  removed: " << doc.removed.size() << " lines\n";
      for (const auto& r : doc.removed) {
        std::string_view t = doc.text(r.span);
        std::size_t cut = std::min<std::size_t>(t.size(), 60);
        while (cut < t.size() && cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // whole characters
        std::string shown(t.substr(0, cut));
        if (cut < t.size()) shown += "...";
        out << "    line " << doc.line_of(r.span.begin) << ": " << r.reason << ": " << shown << "\n";
      }
    }
    for (const auto& n : doc.notices) out << "  note: line " << n.line << ": " << n.message << "\n";
    out << "\n";
  }
  out << corpus.documents.size() << " document(s) read, " << corpus.skipped.size() << " input(s) skipped\n";
  for (const auto& s : corpus.skipped) out << "  skipped " << s.path << ": " << s.reason << "\n";
}

}  // namespace timeline
