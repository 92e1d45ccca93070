#pragma once
// Short lowercase words as 16-byte blocks, and a table of them: the tagger's hottest lookups
// (the pre-filter's key words, each token's rules and lexicon phrases) on words of a few letters.
// A word of up to 16 bytes is loaded with one unaligned load, cut to its length by a mask and
// hashed by one multiply; compared as two 64-bit words. No loop over its bytes, no memcmp.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace timeline {

struct WordBlock {
  static constexpr std::size_t kSize = 16;  ///< the longest word a block holds
  std::uint64_t lo = 0, hi = 0;
  bool operator==(const WordBlock&) const = default;

  /// The block of `w` (at most kSize bytes, as they are: lowercase them first), zero-padded.
  static WordBlock of(std::string_view w) {
    unsigned char bytes[kSize] = {};
    std::memcpy(bytes, w.data(), w.size() < kSize ? w.size() : kSize);
    return from_bytes(bytes);
  }

  /// The block of the `len` (<= kSize) bytes at `p`, where kSize bytes may be read (the text is
  /// padded): one load, then the bytes past `len` cleared. `lower` ORs 0x20 into each byte kept,
  /// which lowercases ASCII letters (the caller knows the bytes are letters).
  static WordBlock load_padded(const char* p, std::size_t len, bool lower = false) {
#if defined(__SSE2__)
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    if (lower) v = _mm_or_si128(v, _mm_set1_epi8(0x20));
    v = _mm_and_si128(v, _mm_loadu_si128(reinterpret_cast<const __m128i*>(keep_masks()[len].data())));
    alignas(16) unsigned char bytes[kSize];
    _mm_store_si128(reinterpret_cast<__m128i*>(bytes), v);
    return from_bytes(bytes);
#else
    unsigned char bytes[kSize] = {};
    for (std::size_t k = 0; k < len; ++k) bytes[k] = static_cast<unsigned char>(lower ? p[k] | 0x20 : p[k]);
    return from_bytes(bytes);
#endif
  }

  std::uint32_t hash() const {
    std::uint64_t h = (lo ^ (hi * 0x9E3779B97F4A7C15ull)) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<std::uint32_t>(h >> 32);
  }

 private:
  static WordBlock from_bytes(const unsigned char* bytes) {
    WordBlock b;
    std::memcpy(&b.lo, bytes, 8);
    std::memcpy(&b.hi, bytes + 8, 8);
    return b;
  }
  // keep_masks()[n]: n bytes of 0xFF, then zeros.
  static const std::array<std::array<unsigned char, kSize>, kSize + 1>& keep_masks() {
    static const auto masks = [] {
      std::array<std::array<unsigned char, kSize>, kSize + 1> m{};
      for (std::size_t n = 0; n <= kSize; ++n)
        for (std::size_t k = 0; k < n; ++k) m[n][k] = 0xFF;
      return m;
    }();
    return masks;
  }
};

/// Words of at most WordBlock::kSize bytes to values, filled once, then only read. Open
/// addressing over 8-byte slots (the slot array stays in the first-level cache; most words looked
/// up are not there, one probe of an empty slot); the blocks and values are kept aside.
template <class V>
class WordBlockTable {
 public:
  /// Adds `w` (at most kSize bytes; longer words are not stored: returns false) unless present.
  /// Holds up to 65,535 words (throws std::length_error beyond).
  bool insert(std::string_view w, V value) {
    if (w.size() > WordBlock::kSize || w.empty()) return false;
    if (values_.size() >= 0xFFFF) throw std::length_error("WordBlockTable: more than 65,535 words");
    if (find(WordBlock::of(w), w.size())) return true;
    if (4 * (values_.size() + 1) > slots_.size()) grow();
    place(WordBlock::of(w), w.size(), static_cast<std::uint32_t>(values_.size()));
    blocks_.push_back(WordBlock::of(w));
    lengths_.push_back(static_cast<std::uint8_t>(w.size()));
    values_.push_back(std::move(value));
    return true;
  }

  const V* find(const WordBlock& b, std::size_t len) const {
    if (slots_.empty()) return nullptr;
    const std::uint32_t h = b.hash();
    for (std::size_t at = h & mask_; slots_[at].len; at = (at + 1) & mask_)
      if (slots_[at].hash == h && slots_[at].len == len && blocks_[slots_[at].entry] == b) return &values_[slots_[at].entry];
    return nullptr;
  }
  /// `w` as is; for a word in padded text, find(WordBlock::load_padded(...), len) saves a copy.
  const V* find(std::string_view w) const {
    return w.size() > WordBlock::kSize || w.empty() ? nullptr : find(WordBlock::of(w), w.size());
  }

  std::size_t size() const { return values_.size(); }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint16_t len = 0;  // 0: empty
    std::uint16_t entry = 0;
  };
  void place(const WordBlock& b, std::size_t len, std::uint32_t entry) {
    const std::uint32_t h = b.hash();
    std::size_t at = h & mask_;
    while (slots_[at].len) at = (at + 1) & mask_;
    slots_[at].hash = h;
    slots_[at].len = static_cast<std::uint16_t>(len);
    slots_[at].entry = static_cast<std::uint16_t>(entry);
  }
  void grow() {
    std::size_t size = slots_.empty() ? 64 : 2 * slots_.size();
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (std::size_t e = 0; e < values_.size(); ++e) place(blocks_[e], lengths_[e], static_cast<std::uint32_t>(e));
  }
  std::vector<Slot> slots_;
  std::vector<WordBlock> blocks_;
  std::vector<std::uint8_t> lengths_;
  std::vector<V> values_;
  std::size_t mask_ = 0;
};

}  // namespace timeline
