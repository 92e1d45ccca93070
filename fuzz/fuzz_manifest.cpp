// libFuzzer target: the manifest parser on any bytes (manifests are read without a text check).
#include <cstdint>
#include <string>

#include "manifest.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  std::string error;
  auto m = timeline::parse_manifest(json, "m.json", &error);
  // Failure always names the manifest; success names where it came from.
  if (!m) timeline::fuzz::require(error.starts_with("m.json: "));
  else timeline::fuzz::require(m->path == "m.json");
  return 0;
}
