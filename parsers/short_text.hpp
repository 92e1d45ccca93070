#pragma once
// A short string kept inline (no heap, trivially copyable), for the codes a time value carries:
// units ("MIN"), mods ("EQUAL_OR_LESS"), parts of day, seasons, holidays, zones. The tagger copies
// a value at every step of a rule match; with std::string members each copy ran nine string
// constructors, with these it is one memcpy.
#include <algorithm>
#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace timeline {

template <std::size_t N>
class ShortText {
  static_assert(N < 256, "the length is kept in one byte");

 public:
  static constexpr std::size_t capacity = N;

  constexpr ShortText() = default;
  ShortText(std::string_view s) { assign_or_throw(s); }
  ShortText(const char* s) : ShortText(std::string_view(s)) {}
  ShortText(const std::string& s) : ShortText(std::string_view(s)) {}
  ShortText& operator=(std::string_view s) { return assign_or_throw(s), *this; }
  ShortText& operator=(const char* s) { return *this = std::string_view(s); }
  ShortText& operator=(const std::string& s) { return *this = std::string_view(s); }

  /// Sets the text; false (and unchanged) when it is longer than N bytes.
  bool assign(std::string_view s) {
    if (s.size() > N) return false;
    std::copy(s.begin(), s.end(), buf_);
    len_ = static_cast<unsigned char>(s.size());
    return true;
  }

  std::string_view view() const { return {buf_, len_}; }
  operator std::string_view() const { return view(); }
  std::string str() const { return std::string(view()); }
  const char* data() const { return buf_; }
  std::size_t size() const { return len_; }
  bool empty() const { return len_ == 0; }
  char back() const { return buf_[len_ - 1]; }
  char operator[](std::size_t k) const { return buf_[k]; }
  void clear() { len_ = 0; }
  bool starts_with(std::string_view p) const { return view().starts_with(p); }
  bool ends_with(std::string_view p) const { return view().ends_with(p); }
  std::size_t find(std::string_view p, std::size_t from = 0) const { return view().find(p, from); }
  std::size_t find(char c, std::size_t from = 0) const { return view().find(c, from); }
  std::string_view substr(std::size_t pos, std::size_t n = std::string_view::npos) const { return view().substr(pos, n); }

  friend bool operator==(const ShortText& a, const ShortText& b) { return a.view() == b.view(); }
  friend bool operator==(const ShortText& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const ShortText& a, const char* b) { return a.view() == std::string_view(b); }
  friend bool operator==(const ShortText& a, const std::string& b) { return a.view() == std::string_view(b); }
  friend auto operator<=>(const ShortText& a, const ShortText& b) { return a.view() <=> b.view(); }
  friend std::string operator+(const std::string& a, const ShortText& b) { return a + b.str(); }
  friend std::string operator+(std::string&& a, const ShortText& b) { return std::move(a.append(b.view())); }
  friend std::string operator+(const char* a, const ShortText& b) { return std::string(a) + b.str(); }
  friend std::string operator+(const ShortText& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const ShortText& a, const char* b) { return a.str() + b; }
  friend std::ostream& operator<<(std::ostream& os, const ShortText& t) { return os << t.view(); }

 private:
  void assign_or_throw(std::string_view s) {
    if (!assign(s)) throw std::length_error("'" + std::string(s) + "' is longer than " + std::to_string(N) + " bytes");
  }

  char buf_[N]{};
  unsigned char len_ = 0;
};

}  // namespace timeline
