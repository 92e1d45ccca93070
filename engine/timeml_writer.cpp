#include "timeml_writer.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <spdlog/spdlog.h>

namespace timeline {
namespace {

// A markup item of the original file: a tag, comment or processing instruction.
struct RawTag {
  enum Kind { open, close, empty, other } kind = other;
  std::string name;
  std::size_t begin = 0, end = 0;  // file offsets of '<' and one past '>'
  std::vector<std::pair<std::string, std::string>> attributes;
};

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ':' || c == '.';
}
bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The markup starting at `pos` ('<'); nullopt when it never ends.
std::optional<RawTag> scan_tag(std::string_view s, std::size_t pos) {
  RawTag t;
  t.begin = pos;
  if (s.substr(pos, 4) == "<!--") {
    auto close = s.find("-->", pos + 4);
    if (close == std::string_view::npos) return std::nullopt;
    t.end = close + 3;
    return t;
  }
  if (s.substr(pos, 2) == "<?" || s.substr(pos, 2) == "<!") {
    auto close = s.find('>', pos);
    if (close == std::string_view::npos) return std::nullopt;
    t.end = close + 1;
    return t;
  }
  std::size_t i = pos + 1;
  t.kind = RawTag::open;
  if (i < s.size() && s[i] == '/') t.kind = RawTag::close, ++i;
  std::size_t n = i;
  while (n < s.size() && name_char(s[n])) ++n;
  t.name = std::string(s.substr(i, n - i));
  i = n;
  // Attributes: quoted values may hold '>' and '/'.
  while (i < s.size()) {
    while (i < s.size() && space(s[i])) ++i;
    if (i >= s.size()) return std::nullopt;
    if (s[i] == '>') {
      t.end = i + 1;
      return t;
    }
    if (s[i] == '/' && i + 1 < s.size() && s[i + 1] == '>') {
      t.kind = RawTag::empty;
      t.end = i + 2;
      return t;
    }
    std::size_t k = i;
    while (k < s.size() && name_char(s[k])) ++k;
    if (k == i) return std::nullopt;
    std::string key(s.substr(i, k - i));
    while (k < s.size() && space(s[k])) ++k;
    if (k >= s.size() || s[k] != '=') return std::nullopt;
    ++k;
    while (k < s.size() && space(s[k])) ++k;
    if (k >= s.size() || (s[k] != '"' && s[k] != '\'')) return std::nullopt;
    auto close = s.find(s[k], k + 1);
    if (close == std::string_view::npos) return std::nullopt;
    t.attributes.emplace_back(std::move(key), std::string(s.substr(k + 1, close - k - 1)));
    i = close + 1;
  }
  return std::nullopt;
}

std::string_view attribute(const RawTag& t, std::string_view name) {
  for (const auto& [k, v] : t.attributes)
    if (k == name) return v;
  return {};
}

// A markup item inside <TEXT>: where it stands in the text and the text span of its element.
struct Item {
  RawTag tag;
  std::size_t pos = 0;                  // text offset it precedes
  Span element;                         // open/close/empty: the element's span in the text
  bool keep = true;
  bool real() const { return !element.empty(); }
};

std::string open_tag(const TimexTag& t) {
  std::string s = "<TIMEX3";
  for (const auto& [k, v] : t.attributes) s += " " + k + "=\"" + v + "\"";
  return s + ">";
}

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }
bool crosses(Span a, Span b) {
  return (a.begin < b.begin && b.begin < a.end && a.end < b.end) || (b.begin < a.begin && a.begin < b.end && b.end < a.end);
}

std::string describe(std::string_view text, Span span) {
  return "\"" + std::string(text.substr(span.begin, std::min<std::size_t>(span.size(), 60))) + "\" [" + std::to_string(span.begin) +
         "," + std::to_string(span.end) + ")";
}

Span trim_space(std::string_view text, Span s) {
  while (s.begin < s.end && space(text[s.begin])) ++s.begin;
  while (s.end > s.begin && space(text[s.end - 1])) --s.end;
  return s;
}

// Drops empty, out-of-range and overlapping tags (the earlier, then longer, one wins); sorts by span.
std::vector<TimexTag> clean_tags(std::vector<TimexTag> tags, std::string_view text, std::vector<std::string>& warnings) {
  std::stable_sort(tags.begin(), tags.end(), [](const TimexTag& a, const TimexTag& b) {
    return a.span.begin < b.span.begin || (a.span.begin == b.span.begin && a.span.end > b.span.end);
  });
  std::vector<TimexTag> out;
  for (auto& t : tags) {
    if (t.span.end > text.size() || t.span.empty()) {
      warnings.push_back("dropped a time expression with an empty or out-of-range span [" + std::to_string(t.span.begin) + "," +
                         std::to_string(t.span.end) + ")");
      continue;
    }
    if (!out.empty() && overlaps(out.back().span, t.span)) {
      warnings.push_back("dropped " + describe(text, t.span) + ": it overlaps " + describe(text, out.back().span));
      continue;
    }
    out.push_back(std::move(t));
  }
  return out;
}


// The tids given to `timexes` (in resolution order) when numbered in text order: tids[i] is the
// tid of timexes[i]. `next_tid` yields the next unused tid.
template <class NextTid>
std::vector<std::string> tids_in_text_order(const std::vector<Timex>& timexes, NextTid next_tid) {
  std::vector<std::size_t> order(timexes.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return timexes[a].span.begin < timexes[b].span.begin; });
  std::vector<std::string> tids(timexes.size());
  for (std::size_t i : order) tids[i] = next_tid();
  return tids;
}

// Tags in text order, each with anchorTimeID mapped from Timex::anchor ("dct" or "t<n>", n-th in
// resolution order, 1-based) to the tid the anchor's own tag gets.
std::vector<TimexTag> anchored_tags(const std::vector<Timex>& timexes, const std::vector<std::string>& tids, std::string_view dct_tid) {
  std::vector<std::size_t> order(timexes.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return timexes[a].span.begin < timexes[b].span.begin; });
  std::vector<TimexTag> tags;
  for (std::size_t i : order) {
    const auto& anchor = timexes[i].anchor;
    std::string_view anchor_tid;
    if (anchor.size() > 1 && anchor[0] == 't') {
      std::size_t n = 0;
      bool digits = true;
      for (std::size_t k = 1; k < anchor.size(); ++k) {
        if (anchor[k] < '0' || anchor[k] > '9') digits = false;
        else n = n * 10 + static_cast<std::size_t>(anchor[k] - '0');
      }
      if (digits && n >= 1 && n <= tids.size()) anchor_tid = tids[n - 1];
    }
    tags.push_back(to_timex_tag(timexes[i], tids[i], dct_tid, anchor_tid));
  }
  return tags;
}

// The tids of `tags`.
std::set<std::string> tids_of(const std::vector<TimexTag>& tags) {
  std::set<std::string> out;
  for (const auto& t : tags)
    for (const auto& [k, v] : t.attributes)
      if (k == "tid") out.insert(v);
  return out;
}

// Removes the anchorTimeID attributes naming a tid of `before` that `tags` no longer hold (the
// tag was dropped), so that no anchor points at nothing.
void drop_dangling_anchors(std::vector<TimexTag>& tags, const std::set<std::string>& before) {
  const auto now = tids_of(tags);
  for (auto& t : tags)
    std::erase_if(t.attributes, [&](const auto& a) { return a.first == "anchorTimeID" && before.count(a.second) && !now.count(a.second); });
}

}  // namespace

std::string xml_escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"':
        if (attribute) out += "&quot;";
        else out += c;
        break;
      case '\r': out += "&#13;"; break;  // kept: a raw CR would be normalized away by XML parsers
      default:
        // XML 1.0 forbids other C0 controls even as references; a space keeps the offsets.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') out += ' ';
        else out += c;
    }
  }
  return out;
}

TimexTag to_timex_tag(const Timex& timex, std::string tid, std::string_view dct_tid, std::string_view anchor_tid) {
  TimexTag t;
  t.span = timex.span;
  t.attributes.emplace_back("tid", std::move(tid));
  t.attributes.emplace_back("type", std::string(to_string(timex.type)));
  t.attributes.emplace_back("value", xml_escape(std::string(timex3_value(timex.value)), true));  // no UTC offset, as TimeBank
  if (!timex.mod.empty()) t.attributes.emplace_back("mod", xml_escape(timex.mod, true));
  // TempEval-3 data marks every expression resolved against another time as a temporal function.
  t.attributes.emplace_back("temporalFunction", timex.anchor.empty() ? "false" : "true");
  t.attributes.emplace_back("functionInDocument", "NONE");
  if (timex.anchor == "dct") {
    if (!dct_tid.empty()) t.attributes.emplace_back("anchorTimeID", std::string(dct_tid));
  }
  else if (!timex.anchor.empty() && !anchor_tid.empty()) t.attributes.emplace_back("anchorTimeID", std::string(anchor_tid));
  if (!timex.quant.empty()) t.attributes.emplace_back("quant", xml_escape(timex.quant, true));
  if (!timex.freq.empty()) t.attributes.emplace_back("freq", xml_escape(timex.freq, true));
  return t;
}

std::optional<std::string> find_dct_tid(std::string_view s) {
  std::optional<std::string> creation_time;
  bool in_dct = false;
  for (std::size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i)) {
    auto tag = scan_tag(s, i);
    if (!tag) break;
    i = tag->end;
    if (tag->name == "DCT") in_dct = tag->kind == RawTag::open;
    if (tag->name != "TIMEX3" || tag->kind == RawTag::close) continue;
    if (in_dct) return std::string(attribute(*tag, "tid"));
    if (!creation_time && attribute(*tag, "functionInDocument") == "CREATION_TIME") creation_time = std::string(attribute(*tag, "tid"));
  }
  return creation_time;
}

std::optional<TimemlOutput> write_timeml(const Document& doc, std::string_view s, std::vector<TimexTag> tags,
                                         const TimemlWriteOptions& options, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<TimemlOutput> {
    if (error) *error = why;
    return std::nullopt;
  };
  const std::string_view text = doc.bytes;
  if (doc.file_offsets.size() != text.size() + 1) return fail("the document was not read from TimeML (no byte map)");

  // Find <TEXT> and every markup item inside it, with the text offset it precedes.
  std::size_t region_begin = std::string_view::npos, region_end = std::string_view::npos;
  std::vector<Item> items;
  std::vector<std::size_t> open;  // indices of open items
  std::size_t pos = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto lt = s.find('<', i);
    if (region_begin != std::string_view::npos) {
      std::size_t stop = lt == std::string_view::npos ? s.size() : lt;
      for (std::size_t k = i; k < stop; ++k, ++pos)
        if (pos >= text.size() || text[pos] != s[k] || doc.file_offsets[pos] != k) return fail("the document's text does not match the file");
    }
    if (lt == std::string_view::npos) break;
    auto tag = scan_tag(s, lt);
    if (!tag) return fail("malformed markup at byte " + std::to_string(lt));
    i = tag->end;
    if (tag->name == "TEXT") {
      if (tag->kind == RawTag::open && region_begin == std::string_view::npos) {
        region_begin = tag->end;
        continue;
      }
      if (tag->kind == RawTag::close && region_begin != std::string_view::npos) {
        region_end = lt;
        break;
      }
    }
    if (region_begin == std::string_view::npos) continue;
    Item item{std::move(*tag), pos, {pos, pos}, true};
    auto stripped = [&](const RawTag& t) {
      return options.strip_existing && t.name == "TIMEX3" && attribute(t, "functionInDocument") != "CREATION_TIME";
    };
    if (item.tag.kind == RawTag::empty) {
      item.keep = !stripped(item.tag);  // an empty (non-consuming) gold TIMEX3 goes too
    } else if (item.tag.kind == RawTag::open) {
      open.push_back(items.size());
    } else if (item.tag.kind == RawTag::close) {
      if (open.empty() || items[open.back()].tag.name != item.tag.name) return fail("</" + item.tag.name + "> closes no open tag");
      Item& start = items[open.back()];
      open.pop_back();
      start.element.end = pos;
      item.element = start.element;
      // A tag kept or stripped is kept or stripped with its partner.
      start.keep = item.keep = !stripped(start.tag);
    }
    items.push_back(std::move(item));
  }
  if (region_end == std::string_view::npos) return fail("no <TEXT> ... </TEXT> element");
  if (pos != text.size() || doc.file_offsets.back() != region_end) return fail("the document's text does not match the file");
  if (!open.empty()) return fail("<" + items[open.back()].tag.name + "> is never closed");

  TimemlOutput out;
  const auto given = tids_of(tags);
  tags = clean_tags(std::move(tags), text, out.warnings);

  // Kept elements with content: new tags must nest with them, and must not touch kept TIMEX3.
  std::vector<const Item*> kept;
  for (const auto& item : items)
    if (item.keep && item.tag.kind == RawTag::open && item.real()) kept.push_back(&item);
  std::vector<TimexTag> placed;
  for (auto& t : tags) {
    Span span = t.span;
    bool dropped = false;
    for (bool changed = true; changed && !dropped;) {
      changed = false;
      for (const Item* e : kept) {
        if (e->tag.name == "TIMEX3" && overlaps(e->element, span)) {
          out.warnings.push_back("dropped " + describe(text, t.span) + ": it overlaps the TIMEX3 kept at " + describe(text, e->element));
          dropped = true;
          break;
        }
        if (!crosses(e->element, span)) continue;
        // Keep the part of the expression on the side of the tag boundary where it starts.
        span = e->element.begin > span.begin ? Span{span.begin, e->element.begin} : Span{e->element.end, span.end};
        span = trim_space(text, span);
        changed = true;
        if (span.empty()) {
          out.warnings.push_back("dropped " + describe(text, t.span) + ": it crosses <" + e->tag.name + "> at " + describe(text, e->element));
          dropped = true;
          break;
        }
      }
    }
    if (dropped) continue;
    if (span != t.span) out.warnings.push_back("trimmed " + describe(text, t.span) + " to " + describe(text, span) + ": it crossed an existing tag");
    t.span = span;
    placed.push_back(std::move(t));
  }
  for (const auto& w : out.warnings) spdlog::info("{}: {}", doc.path, w);
  drop_dangling_anchors(placed, given);

  // New tags by the text offset where they open and close (placed tags never overlap).
  std::map<std::size_t, const TimexTag*> opens, closes;
  for (const auto& t : placed) opens[t.span.begin] = &t, closes[t.span.end] = &t;

  out.bytes.reserve(s.size() + placed.size() * 96);
  out.bytes.append(s.substr(0, region_begin));
  std::size_t next = 0;  // next item
  for (std::size_t p = 0; p <= text.size(); ++p) {
    std::vector<const Item*> gap;
    for (; next < items.size() && items[next].pos == p; ++next)
      if (items[next].keep) gap.push_back(&items[next]);
    const std::size_t n = gap.size();
    auto is_open = [&](std::size_t k) { return gap[k]->tag.kind == RawTag::open || gap[k]->tag.kind == RawTag::empty; };
    auto is_close = [&](std::size_t k) { return gap[k]->tag.kind == RawTag::close || gap[k]->tag.kind == RawTag::empty; };
    std::size_t first_real_open = n;
    for (std::size_t k = 0; k < n && first_real_open == n; ++k)
      if (gap[k]->tag.kind == RawTag::open && gap[k]->real()) first_real_open = k;
    std::size_t close_at = n + 1, open_at = n + 1;  // n + 1: no new tag
    if (auto c = closes.find(p); c != closes.end()) {
      // After the elements inside the expression, before those around it and before new elements.
      const Span t = c->second->span;
      std::optional<std::size_t> last_inner, first_outer;
      for (std::size_t k = 0; k < first_real_open; ++k) {
        if (!is_close(k)) continue;
        if (gap[k]->element.begin >= t.begin) last_inner = k;
        else if (!first_outer) first_outer = k;
      }
      close_at = last_inner ? *last_inner + 1 : std::min(first_outer.value_or(n), first_real_open);
    }
    if (auto o = opens.find(p); o != opens.end()) {
      // After the elements that end here, after those around it, before those inside it.
      const Span t = o->second->span;
      std::size_t first_inner = n, after_real_close = 0;
      for (std::size_t k = 0; k < n; ++k) {
        if (is_open(k) && gap[k]->element.end <= t.end && first_inner == n) first_inner = k;
        if (gap[k]->tag.kind == RawTag::close && gap[k]->real()) after_real_close = k + 1;
      }
      open_at = std::max(first_inner, after_real_close);
      if (close_at <= n) open_at = std::max(open_at, close_at);
    }
    for (std::size_t k = 0; k <= n; ++k) {
      if (k == close_at) out.bytes += "</TIMEX3>";
      if (k == open_at) out.bytes += open_tag(*opens[p]);
      if (k < n) out.bytes.append(s.substr(gap[k]->tag.begin, gap[k]->tag.end - gap[k]->tag.begin));
    }
    if (p < text.size()) out.bytes += text[p];
  }
  out.bytes.append(s.substr(region_end));
  return out;
}

std::optional<TimemlOutput> write_timeml(const Document& doc, std::string_view file_bytes, const std::vector<Timex>& timexes,
                                         const TimemlWriteOptions& options, std::string* error) {
  const std::string dct_tid = find_dct_tid(file_bytes).value_or("t0");
  std::set<std::string> used{dct_tid};
  if (!options.strip_existing)
    for (const auto& a : doc.annotations)
      if (a.tag == "TIMEX3") used.insert(std::string(a.attribute("tid")));
  std::size_t next = 1;
  auto tids = tids_in_text_order(timexes, [&] {
    std::string tid;
    do tid = "t" + std::to_string(next++);
    while (used.count(tid));
    return tid;
  });
  return write_timeml(doc, file_bytes, anchored_tags(timexes, tids, dct_tid), options, error);
}

std::string timeml_preamble(std::string_view docid, const std::optional<PublicationTime>& dct) {
  std::string o = "<?xml version=\"1.0\" ?>\n";
  o += "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
       "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n";
  o += "<DOCID>" + xml_escape(docid) + "</DOCID>\n\n";
  if (dct) {
    // TIMEX3 values carry no UTC offset: the DCT is written in its own local time.
    std::string value = dct->iso().substr(0, dct->time_of_day ? 16 : 10);
    o += "<DCT><TIMEX3 tid=\"t0\" type=\"" + std::string(dct->time_of_day ? "TIME" : "DATE") + "\" value=\"" + value +
         "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + value + "</TIMEX3></DCT>\n\n";
  }
  return o;
}

TimemlOutput write_new_timeml(const Document& doc, const std::vector<Timex>& timexes) {
  TimemlOutput out;
  const std::string_view text = doc.bytes;
  std::vector<TimexTag> tags;
  {
    std::size_t next = 1;
    // Without a DCT there is no t0 to anchor to.
    tags = anchored_tags(timexes, tids_in_text_order(timexes, [&] { return "t" + std::to_string(next++); }), doc.dct ? "t0" : "");
  }
  const auto given = tids_of(tags);
  tags = clean_tags(std::move(tags), text, out.warnings);
  drop_dangling_anchors(tags, given);
  for (const auto& w : out.warnings) spdlog::info("{}: {}", doc.path, w);

  std::string& o = out.bytes;
  o += timeml_preamble(doc.id, doc.dct);
  o += "<TEXT>";
  std::size_t at = 0;
  for (const auto& t : tags) {
    o += xml_escape(text.substr(at, t.span.begin - at));
    o += open_tag(t) + xml_escape(text.substr(t.span.begin, t.span.size())) + "</TIMEX3>";
    at = t.span.end;
  }
  o += xml_escape(text.substr(at));
  o += "</TEXT>\n\n</TimeML>\n";
  return out;
}

}  // namespace timeline
