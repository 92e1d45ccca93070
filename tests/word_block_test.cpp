// Short words as 16-byte blocks (parsers/word_block.hpp): the tagger's word tables rely on a
// block loaded from padded text being the block of the word alone.
#include <doctest/doctest.h>

#include <string>

#include "word_block.hpp"

namespace timeline {

TEST_CASE("a word loaded from padded text is the same block as the word alone") {
  const std::string text = std::string("Friday afternoon, twentieth") + std::string(16, '\0');
  CHECK(WordBlock::load_padded(text.data(), 6) == WordBlock::of("Friday"));
  CHECK(WordBlock::load_padded(text.data() + 7, 9) == WordBlock::of("afternoon"));
  CHECK(WordBlock::load_padded(text.data() + 18, 9) == WordBlock::of("twentieth"));
  CHECK_FALSE(WordBlock::load_padded(text.data(), 6) == WordBlock::of("Frida"));
  // Lowercasing by OR 0x20 is for letters: "Friday" becomes "friday".
  CHECK(WordBlock::load_padded(text.data(), 6, true) == WordBlock::of("friday"));
  CHECK(WordBlock::load_padded(text.data(), 16) == WordBlock::of(std::string_view(text.data(), 16)));
}

TEST_CASE("a word block table finds what was inserted, by length too, and nothing longer than a block") {
  WordBlockTable<int> table;
  CHECK(table.find("monday") == nullptr);  // empty
  CHECK(table.insert("monday", 1));
  CHECK(table.insert("mon", 2));
  CHECK(table.insert("m", 3));
  CHECK(table.insert("thanksgiving", 4));
  CHECK(table.insert("abcdefghijklmnop", 5));      // 16 bytes: the longest a block holds
  CHECK_FALSE(table.insert("abcdefghijklmnopq", 6));  // 17: not stored
  CHECK_FALSE(table.insert("", 7));
  CHECK(table.insert("monday", 8));  // already there: the first value stays
  REQUIRE(table.find("monday"));
  CHECK(*table.find("monday") == 1);
  CHECK(*table.find("mon") == 2);
  CHECK(*table.find("m") == 3);
  CHECK(*table.find("thanksgiving") == 4);
  CHECK(*table.find("abcdefghijklmnop") == 5);
  CHECK(table.find("abcdefghijklmnopq") == nullptr);
  CHECK(table.find("mond") == nullptr);
  CHECK(table.find("tuesday") == nullptr);
  CHECK(table.size() == 5);
  // Many words: the table grows and still finds each one.
  WordBlockTable<std::size_t> many;
  for (std::size_t k = 0; k < 5000; ++k) many.insert("w" + std::to_string(k), k);
  bool all = true;
  for (std::size_t k = 0; k < 5000; ++k) {
    const auto* v = many.find("w" + std::to_string(k));
    all = all && v && *v == k;
  }
  CHECK(all);
  CHECK(many.find("w5000") == nullptr);
}

}  // namespace timeline
