#include "json_writer.hpp"

#include <cstring>
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

template <class Base>
BasicJsonWriter<Base>& BasicJsonWriter<Base>::check(bool ok) {
  if (!ok) throw std::runtime_error("JsonWriter: cannot write");  // the buffer could not grow
  return *this;
}

template <class Base>
BasicJsonWriter<Base>& BasicJsonWriter<Base>::key(std::string_view k) {
  bool plain = true;
  for (std::size_t i = 0; plain && i < k.size(); ++i) {
    auto c = static_cast<unsigned char>(k[i]);
    plain = c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
  }
  if (plain) return raw_key(k.data(), k.size());
  std::string scratch;
  k = valid_utf8(k, scratch);
  return check(writer_.Key(k.data(), k.size()));
}

template <class Base>
BasicJsonWriter<Base>& BasicJsonWriter<Base>::raw_key(const char* k, std::size_t size) {
  // In its quotes as it is, without the Writer's byte-by-byte escaping: the caller checked
  // that no byte needs an escape.
  char quoted[64];
  if (size + 2 > sizeof quoted) return check(writer_.Key(k, size));
  quoted[0] = '"';
  std::memcpy(quoted + 1, k, size);
  quoted[size + 1] = '"';
  return check(writer_.RawValue(quoted, size + 2, rapidjson::kStringType));
}

template <class Base>
BasicJsonWriter<Base>& BasicJsonWriter<Base>::value(std::string_view s) {
  // Most values are short and ASCII: nothing to check beyond that.
  bool ascii = true;
  for (std::size_t i = 0; ascii && i < s.size() && i < 32; ++i) ascii = static_cast<unsigned char>(s[i]) < 0x80;
  if (ascii && s.size() <= 32) return check(writer_.String(s.data(), s.size()));
  std::string scratch;
  s = valid_utf8(s, scratch);
  return check(writer_.String(s.data(), s.size()));
}

template <class Base>
std::string BasicJsonWriter<Base>::take() {
  std::string out(buffer_.GetString(), buffer_.GetSize());
  buffer_.Clear();
  writer_.Reset(buffer_);
  return out;
}

template <class Base>
void BasicJsonWriter<Base>::flush_to(std::ostream& out) {
  out.write(buffer_.GetString(), static_cast<std::streamsize>(buffer_.GetSize()));
  buffer_.Clear();
}

template class BasicJsonWriter<rapidjson::Writer<rapidjson::StringBuffer>>;
template class BasicJsonWriter<rapidjson::PrettyWriter<rapidjson::StringBuffer>>;

}  // namespace timeline
