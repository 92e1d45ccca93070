// libFuzzer target: the version-diff page reader, with a small KnownText so that the
// "split run-together row where another report prints the paragraph" path is reachable.
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "plain_reader.hpp"
#include "text_check.hpp"
#include "version_page_reader.hpp"

namespace {
const timeline::KnownText& known() {
  static const timeline::KnownText k = [] {
    timeline::KnownText t;
    t.add(timeline::read_plain("k.txt", "k.txt",
                               "Harbour reopens after storm\n\nThe harbour reopened on Tuesday. Ferries sailed again.\n\n"
                               "Officials said repairs would take a week.\n"));
    return t;
  }();
  return k;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)timeline::parse_delay_minutes(bytes);  // any note, even not valid text
  if (timeline::reject_reason(bytes)) return 0;
  (void)timeline::looks_like_version_page(bytes);
  // Read every accepted input as a page, not only those that look like one: the reader must
  // cope with pages whose table is broken anywhere.
  auto doc = timeline::read_version_page("fuzz.txt", "fuzz.txt", bytes, known());
  timeline::fuzz::check_document(doc, size);
  timeline::fuzz::require(doc.versions.size() == 2);
  if (auto d = doc.versions[1].delay_minutes) timeline::fuzz::require(*d >= 0);
  return 0;
}
