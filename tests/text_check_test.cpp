#include <doctest/doctest.h>

#include "text_check.hpp"

using namespace timeline;

TEST_CASE("valid UTF-8 passes, invalid forms are found at their first byte") {
  CHECK_FALSE(find_invalid_utf8("plain ASCII").has_value());
  CHECK_FALSE(find_invalid_utf8("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80").has_value());
  CHECK(find_invalid_utf8("ab\xC0\x80") == 2u);         // overlong NUL
  CHECK(find_invalid_utf8("ab\xE0\x80\xAF") == 2u);     // overlong '/'
  CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1u);      // UTF-16 surrogate
  CHECK(find_invalid_utf8("abc\xE2\x80") == 3u);        // truncated at the end
  CHECK(find_invalid_utf8("a\xE2\x80z") == 1u);         // truncated before ASCII
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0u);   // above U+10FFFF
  CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0u);
  CHECK(find_invalid_utf8("\x80") == 0u);               // lone continuation byte
}

TEST_CASE("reject_reason names the problem and where it is") {
  CHECK(reject_reason("") == "empty file");
  CHECK(reject_reason(" \n\t\r\n") == "file holds only white space");
  CHECK(reject_reason("\xEF\xBB\xBF\n") == "file holds only white space");
  CHECK(reject_reason(std::string_view("ab\ncd\0ef", 8)) == "binary file: NUL byte at line 2, column 3 (byte 5)");
  CHECK(reject_reason("ok line\nbad \xC0\x80 here") == "invalid UTF-8 at line 2, column 5 (byte 12)");
  TextLimits tight{1000, 10};
  CHECK(reject_reason("short\nthis line is too long\n", tight) == "line 2 is 21 bytes long; a report's lines are at most 10 bytes");
  CHECK(reject_reason(std::string(1001, 'a'), tight) == "file is 1001 bytes; the limit is 1000");
  // Line ends as the readers count them: CRLF is one end, a lone CR is one, the last line may have none.
  CHECK(reject_reason("ok\r\n0123456789AB\r\n", tight) == "line 2 is 12 bytes long; a report's lines are at most 10 bytes");
  CHECK(reject_reason("ok\r\r0123456789ABC", tight) == "line 3 is 13 bytes long; a report's lines are at most 10 bytes");
  CHECK(reject_reason("0123456789\r\n0123456789\r0123456789\n0123456789", tight) == std::nullopt);
  CHECK(reject_reason("0123456789\r\n0123456789\r01234567890\r", tight) == "line 3 is 11 bytes long; a report's lines are at most 10 bytes");
  CHECK_FALSE(reject_reason("\xEF\xBB\xBFTitle\r\n\r\nBody text.\r\n").has_value());
}

#include "lines.hpp"

TEST_CASE("lines end at LF, CRLF and lone CR, the last line may lack an ending") {
  std::string text = "one\ntwo\r\nthree\rfour\r\n\nsix";
  std::vector<std::string> got;
  std::vector<std::size_t> numbers;
  for (const auto& l : split_lines(text)) got.emplace_back(text.substr(l.span.begin, l.span.size())), numbers.push_back(l.number);
  CHECK(got == std::vector<std::string>{"one", "two", "three", "four", "", "six"});
  CHECK(numbers == std::vector<std::size_t>{1, 2, 3, 4, 5, 6});
  CHECK(split_lines("a\n").size() == 1);
  CHECK(split_lines("").empty());
  CHECK(split_lines("\r\r").size() == 2);
}
