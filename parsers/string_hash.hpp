#pragma once
// String-keyed hash tables for word lexicons: looked up by std::string_view as is (no string
// built per lookup) with a hash cheap for words of a few letters. Used by the tagger's tables
// (parsers/) and the event stage's (engine/tokens.hpp).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

namespace timeline {

/// A hash for string-keyed tables that also finds by std::string_view, without building a string.
/// Not noexcept on purpose: libstdc++ then keeps each node's hash code, as it does for
/// std::hash<std::string>, instead of rehashing stored keys while walking a bucket.
struct StringHash {
  using is_transparent = void;
  // FNV-1a, inline: the keys are words of a few letters, where a call to the library's
  // general-purpose hash costs more than hashing them.
  std::size_t operator()(std::string_view s) const {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<std::size_t>(h);
  }
};

/// String-keyed sets and maps that look up a std::string_view as is. The sets are word lists
/// filled once and then only asked: open addressing (Abseil), no node per word.
using StringSet = absl::flat_hash_set<std::string, StringHash, std::equal_to<>>;
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

/// Read-mostly word tables on the tagger's hot path: open addressing (a lookup touches one
/// cache line of control bytes and the slot), looked up by std::string_view. Unlike StringMap,
/// inserting moves the values: keep no pointer into one while it still grows.
template <class V>
using FlatStringMap = absl::flat_hash_map<std::string, V, StringHash, std::equal_to<>>;
using FlatStringSet = absl::flat_hash_set<std::string, StringHash, std::equal_to<>>;

}  // namespace timeline
