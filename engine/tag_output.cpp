#include "tag_output.hpp"

#include <algorithm>

namespace timeline {
namespace {

using Json = nlohmann::ordered_json;

// JSON text of a string; invalid UTF-8 (never expected: inputs are checked) becomes U+FFFD.
std::string quoted(std::string_view s) { return Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace); }

std::vector<const Timex*> in_order(const std::vector<Timex>& timexes, std::size_t size) {
  std::vector<const Timex*> out;
  for (const auto& t : timexes)
    if (t.span.begin <= t.span.end && t.span.end <= size) out.push_back(&t);
  std::stable_sort(out.begin(), out.end(), [](const Timex* a, const Timex* b) { return a->span.begin < b->span.begin; });
  return out;
}

}  // namespace

void write_tagged_document(JsonWriter& w, const Document& doc, const std::vector<std::vector<Timex>>& per_version) {
  w.object().member("id", doc.id).member("path", doc.path).member("format", to_string(doc.format));
  w.key("dct");
  doc.dct ? w.value(doc.dct->iso()) : w.value(nullptr);
  w.member("dct_source", to_string(doc.dct_source));
  w.key("timexes").array();
  for (std::size_t v = 0; v < per_version.size() && v < doc.versions.size(); ++v) {
    const auto& sentences = doc.versions[v].sentences;
    for (const Timex* t : in_order(per_version[v], doc.bytes.size())) {
      w.object().member("begin", t->span.begin).member("end", t->span.end).member("text", doc.text(t->span));
      // The value as TimeML writes it ("9pm BST": `…T21:00`), the offset the text stated beside it.
      w.member("type", to_string(t->type)).member("value", timex3_value(t->value)).member("mod", t->mod);
      if (!t->value_max.empty()) w.member("value_max", t->value_max);  // a range: value .. value_max
      if (auto offset = value_offset(t->value); !offset.empty()) w.member("utc_offset", offset);
      w.member("anchor", t->anchor).member("quant", t->quant).member("freq", t->freq).member("rule", t->rule);
      w.member("version", doc.versions[v].index);
      // Sentences are in text order: the last one starting at or before the expression holds it, if any.
      auto s = std::upper_bound(sentences.begin(), sentences.end(), t->span.begin,
                                [](std::size_t at, const Sentence& x) { return at < x.span.begin; });
      w.key("sentence");
      if (s != sentences.begin() && t->span.begin < std::prev(s)->span.end)
        w.value(static_cast<std::size_t>(std::prev(s) - sentences.begin()));
      else
        w.value(nullptr);
      w.end_object();
    }
  }
  w.end_array().end_object();
}

Json tagged_document_json(const Document& doc, const std::vector<std::vector<Timex>>& per_version) {
  JsonWriter w;
  write_tagged_document(w, doc, per_version);
  return Json::parse(w.take());
}

void write_line_record(std::ostream& out, std::size_t number, std::string_view text, const std::vector<Timex>& timexes) {
  // Written by hand: the separators are ", " and ": " (as Python's json.dumps), which dump() cannot do.
  out << "{\"line\": " << number << ", \"text\": " << quoted(text) << ", \"timexes\": [";
  bool first = true;
  for (const Timex* t : in_order(timexes, text.size())) {
    if (!first) out << ", ";
    first = false;
    out << "{\"begin\": " << t->span.begin << ", \"end\": " << t->span.end
        << ", \"text\": " << quoted(text.substr(t->span.begin, t->span.size())) << ", \"type\": " << quoted(to_string(t->type))
        << ", \"value\": " << quoted(timex3_value(t->value)) << ", \"mod\": " << quoted(t->mod);
    if (auto offset = value_offset(t->value); !offset.empty()) out << ", \"utc_offset\": " << quoted(offset);
    out << "}";
  }
  out << "]}\n";
}

}  // namespace timeline
