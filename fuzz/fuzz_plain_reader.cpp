// libFuzzer target: the plain-report reader on any text the loader would accept.
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "plain_reader.hpp"
#include "text_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  // The reader's contract: only text that reject_reason() accepts reaches it (as in load_corpus).
  if (timeline::reject_reason(bytes)) return 0;
  auto doc = timeline::read_plain("fuzz.txt", "fuzz.txt", bytes);
  timeline::fuzz::check_document(doc, size);
  timeline::fuzz::require(doc.versions.size() == 1);
  timeline::fuzz::require(doc.bytes == bytes);
  return 0;
}
