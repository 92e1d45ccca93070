#pragma once
// A JSON text written as it is produced (RapidJSON's Writer), for the large outputs: a report's
// extraction record is written member by member into one buffer, with no tree of values built
// first and then serialised (nlohmann::json has no such writer; building and dumping its tree
// took as long as finding the events). Readers still parse with nlohmann::json.
//
// The text is the one nlohmann::json::dump() gives for the same values (compact, UTF-8 as is,
// invalid UTF-8 replaced by U+FFFD), except that control characters are escaped in upper-case
// hex ("\u001F") and tiny or huge doubles may be written in another exponent form.
#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <stdexcept>
// A call out of order (a value where a key belongs) is a bug of ours: an exception, in every build.
#ifndef RAPIDJSON_ASSERT
#define RAPIDJSON_ASSERT(x) ((x) ? static_cast<void>(0) : throw std::logic_error("JsonWriter: " #x))
#endif
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2  // skips 16 bytes at a time through text that needs no escape
#endif
#include <cstddef>
#ifndef RAPIDJSON_NO_SIZETYPEDEFINE
#define RAPIDJSON_NO_SIZETYPEDEFINE  // lengths as std::size_t, not 32 bits: a record holds a whole file
namespace rapidjson {
typedef ::std::size_t SizeType;
}
#endif
#include <ostream>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace timeline {

/// Compact (JsonWriter) or indented by two spaces (PrettyJsonWriter: the text of
/// nlohmann::json::dump(2)).
template <class Base>
class BasicJsonWriter {
 public:
  BasicJsonWriter() : writer_(buffer_) {
    if constexpr (requires { writer_.SetIndent(' ', 2); }) writer_.SetIndent(' ', 2);
  }

  BasicJsonWriter& object() { return check(writer_.StartObject()); }
  BasicJsonWriter& end_object() { return check(writer_.EndObject()); }
  BasicJsonWriter& array() { return check(writer_.StartArray()); }
  BasicJsonWriter& end_array() { return check(writer_.EndArray()); }
  BasicJsonWriter& key(std::string_view k);
  /// A key written in the program: plain ASCII by construction, put in its quotes as it is.
  template <std::size_t N>
  BasicJsonWriter& key(const char (&literal)[N]) {
    return raw_key(literal, N - 1);
  }

  BasicJsonWriter& value(std::string_view s);
  BasicJsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  BasicJsonWriter& value(const char* s) { return value(std::string_view(s)); }
  BasicJsonWriter& value(bool b) { return check(writer_.Bool(b)); }
  template <std::integral I>
    requires(!std::same_as<I, bool>)
  BasicJsonWriter& value(I n) {
    if constexpr (std::signed_integral<I>) return check(writer_.Int64(static_cast<std::int64_t>(n)));
    else return check(writer_.Uint64(static_cast<std::uint64_t>(n)));
  }
  BasicJsonWriter& value(double d) { return check(writer_.Double(d)); }
  BasicJsonWriter& value(std::nullptr_t) { return check(writer_.Null()); }
  template <class T>
  BasicJsonWriter& value(const std::optional<T>& v) {
    return v ? value(*v) : value(nullptr);
  }

  /// key(k) then value(v).
  template <std::size_t N, class T>
  BasicJsonWriter& member(const char (&k)[N], const T& v) {
    key(k);
    return value(v);
  }

  /// The text written so far; the writer starts over, empty.
  std::string take();

  /// Writes the text so far to `out` and empties the buffer; the writer goes on where it was (a
  /// large document is written part by part, never held whole).
  void flush_to(std::ostream& out);

 private:
  BasicJsonWriter& check(bool ok);
  BasicJsonWriter& raw_key(const char* k, std::size_t size);
  rapidjson::StringBuffer buffer_;
  Base writer_;
};

using JsonWriter = BasicJsonWriter<rapidjson::Writer<rapidjson::StringBuffer>>;
using PrettyJsonWriter = BasicJsonWriter<rapidjson::PrettyWriter<rapidjson::StringBuffer>>;
extern template class BasicJsonWriter<rapidjson::Writer<rapidjson::StringBuffer>>;
extern template class BasicJsonWriter<rapidjson::PrettyWriter<rapidjson::StringBuffer>>;

}  // namespace timeline
