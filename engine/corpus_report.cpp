#include "corpus_report.hpp"

#include <algorithm>


namespace timeline {

void write_span(JsonWriter& w, const Document& doc, Span s) {
  w.member("begin", s.begin).member("end", s.end);
  w.member("text", s.begin <= s.end && s.end <= doc.bytes.size() ? doc.text(s) : std::string_view());
}

void write_document(JsonWriter& w, const Document& doc) {
  w.object();
  w.member("id", doc.id).member("path", doc.path).member("format", to_string(doc.format));
  w.key("dct");
  doc.dct ? w.value(doc.dct->iso()) : w.value(nullptr);
  w.member("dct_source", to_string(doc.dct_source));
  if (doc.dct_source == DctSource::inferred) {
    w.member("dct_evidence", doc.dct_evidence);
    w.member("dct_confidence", doc.dct_confidence);
  }
  w.key("dct_zone");
  doc.dct && !doc.dct->zone.empty() ? w.value(doc.dct->zone) : w.value(nullptr);
  if (!doc.dct_zone_source.empty()) w.member("dct_zone_source", doc.dct_zone_source);
  w.key("source");
  doc.source.empty() ? w.value(nullptr) : w.value(doc.source);
  w.key("url");
  doc.url.empty() ? w.value(nullptr) : w.value(doc.url);
  w.member("title", doc.title);
  w.member("offsets", doc.format == Format::timeml ? "text" : "file");
  w.key("versions").array();
  for (const auto& v : doc.versions) {
    w.object().member("index", v.index).member("delay_minutes", v.delay_minutes);
    w.key("sentences").array();
    for (const auto& s : v.sentences) {
      w.object();
      write_span(w, doc, s.span);
      if (s.heading) w.member("heading", true);
      w.end_object();
    }
    w.end_array();
    w.key("flagged").array();
    for (const auto& p : v.paragraphs)
      if (!p.flag.empty()) {
        w.object();
        write_span(w, doc, p.span);
        w.member("reason", p.flag).end_object();
      }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("removed").array();
  for (const auto& r : doc.removed) {
    w.object();
    write_span(w, doc, r.span);
    w.member("reason", r.reason).end_object();
  }
  w.end_array();
  w.key("notices").array();
  for (const auto& n : doc.notices) w.object().member("line", n.line).member("message", n.message).end_object();
  w.end_array();
  w.end_object();
}

nlohmann::ordered_json document_json(const Document& doc) {
  JsonWriter w;
  write_document(w, doc);
  return nlohmann::ordered_json::parse(w.take());
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
