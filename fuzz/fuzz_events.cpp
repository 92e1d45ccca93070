// libFuzzer target: event extraction (engine/events.cpp, engine/entities.cpp) on any plain report
// the loader would accept, after time tagging against a publication date the first bytes choose:
// every mention's spans lie in the text, every label is one line of valid UTF-8 and short.
#include <cstdint>
#include <string>
#include <unordered_set>

#include "events.hpp"
#include "extraction.hpp"
#include "fuzz_check.hpp"
#include "plain_reader.hpp"
#include "text_check.hpp"
#include "time_resolver.hpp"

using timeline::fuzz::check_span;
using timeline::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 3) return 0;
  // Bytes 0-2: whether there is a publication date, its day in 2016 and its clock time.
  std::string bytes(reinterpret_cast<const char*>(data) + 3, size - 3);
  if (timeline::reject_reason(bytes)) return 0;
  auto doc = timeline::read_plain("fuzz.txt", "fuzz.txt", bytes);
  if ((data[0] & 1) == 0) {
    timeline::PublicationTime p;
    p.day = date::year_month_day{date::sys_days{date::year{2016} / date::January / 1} + date::days{data[1] % 366}};
    if (data[0] & 2) p.time_of_day = std::chrono::minutes{(data[2] * 6) % 1440};
    if (data[0] & 4) p.utc_offset = std::chrono::minutes{60};
    doc.dct = p;
  }
  std::vector<std::vector<timeline::Timex>> timexes;
  for (const auto& v : doc.versions) timexes.push_back(timeline::tag_times(doc, v, {}));
  auto found = timeline::report_events(doc, 0, timexes);
  const std::size_t n = doc.bytes.size();
  std::unordered_set<std::string> ids;
  for (const auto& m : found.mentions) {
    check_span(m.trigger, n);
    require(!m.trigger.empty());
    require(ids.insert(m.id).second);  // ids are unique
    require(m.label.size() <= timeline::kMaxLabelBytes + 16 && m.label.find('\n') == std::string::npos);
    require(!timeline::find_invalid_utf8(m.label));
    for (const auto& p : m.participants) check_span(p.span, n);
    if (m.anchor) check_span(m.anchor->evidence, n);
    for (const auto& d : m.durations) check_span(d.evidence, n);
    if (m.anchor && m.anchor->earliest && m.anchor->latest) require(*m.anchor->earliest <= *m.anchor->latest);
  }
  return 0;
}
