#pragma once
// String-keyed hash tables for word lexicons: looked up by std::string_view as is (no string
// built per lookup) with a hash cheap for words of a few letters. Used by the tagger's tables
// (parsers/) and the event stage's (engine/tokens.hpp).
#include <cstddef>
#include <cstdint>
#include <cstring>
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
  // Words of a few letters: read as two overlapping loads (the first and last 8 or 4 bytes; of 1-3
  // bytes, the first, middle and last; never past the end), then mixed, as wyhash and XXH3 read
  // short keys. A byte loop (FNV-1a) cost a multiply per letter.
  std::size_t operator()(std::string_view s) const {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::uint64_t a = 0, b = 0;
    if (n >= 8) {
      std::memcpy(&a, p, 8);
      std::memcpy(&b, p + n - 8, 8);
      for (std::size_t k = 8; k + 8 < n; k += 8) {  // longer than 16: the middle too
        std::uint64_t m;
        std::memcpy(&m, p + k, 8);
        a = mix(a ^ m, kSeed);
      }
    } else if (n >= 4) {
      std::uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      a = lo, b = hi;
    } else if (n > 0) {
      a = (std::uint64_t{p[0]} << 16) | (std::uint64_t{p[n / 2]} << 8) | p[n - 1];
    }
    return static_cast<std::size_t>(mix(a ^ kSeed, b ^ n));
  }

 private:
  static constexpr std::uint64_t kSeed = 0x9E3779B97F4A7C15ull;
  // Murmur3's 64-bit finalizer over the two words: every input bit reaches the high bits (Abseil
  // reads them) and the low ones.
  static std::uint64_t mix(std::uint64_t x, std::uint64_t y) {
    std::uint64_t h = x * 0xBF58476D1CE4E5B9ull ^ y;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 33);
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
