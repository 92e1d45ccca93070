// libFuzzer target: the TimeML reader. Either a document whose text maps back into the file,
// or an error naming the line ("line N: ...").
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "text_check.hpp"
#include "timeml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (timeline::reject_reason(bytes)) return 0;
  (void)timeline::looks_like_timeml(bytes);
  std::string error;
  auto doc = timeline::read_timeml("fuzz.tml", "fuzz.tml", bytes, &error);
  if (!doc) {
    timeline::fuzz::require(error.starts_with("line "));
    return 0;
  }
  timeline::fuzz::check_document(*doc, size);
  // The text is the file's bytes outside tags: each byte maps to the same byte in the file.
  for (std::size_t i = 0; i < doc->bytes.size(); ++i) timeline::fuzz::require(bytes[doc->file_offsets[i]] == doc->bytes[i]);
  return 0;
}
