#include "json_writer.hpp"

#include <stdexcept>

#include "text_check.hpp"

namespace timeline {
namespace {

// `s` with each byte that does not start a valid UTF-8 sequence written as U+FFFD, as
// nlohmann::json's dump does with error_handler_t::replace; `s` itself when it is valid.
std::string_view valid_utf8(std::string_view s, std::string& scratch) {
  auto bad = find_invalid_utf8(s);
  if (!bad) return s;
  scratch.clear();
  while (bad) {
    scratch.append(s.substr(0, *bad));
    scratch.append("\xEF\xBF\xBD");
    s.remove_prefix(*bad + 1);
    bad = find_invalid_utf8(s);
  }
  scratch.append(s);
  return scratch;
}

}  // namespace

JsonWriter& JsonWriter::check(bool ok) {
  if (!ok) throw std::runtime_error("JsonWriter: cannot write");  // the buffer could not grow
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  std::string scratch;
  k = valid_utf8(k, scratch);
  return check(writer_.Key(k.data(), k.size()));
}

JsonWriter& JsonWriter::value(std::string_view s) {
  std::string scratch;
  s = valid_utf8(s, scratch);
  return check(writer_.String(s.data(), s.size()));
}

std::string JsonWriter::take() {
  std::string out(buffer_.GetString(), buffer_.GetSize());
  buffer_.Clear();
  writer_.Reset(buffer_);
  return out;
}

}  // namespace timeline
