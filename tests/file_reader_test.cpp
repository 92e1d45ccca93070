#include <doctest/doctest.h>

#include <sstream>

#include "file_reader.hpp"
#include "test_support.hpp"

using namespace timeline;
using namespace timeline::test;

TEST_CASE("read_file: a file within the limit is read whole, else the reason names the problem") {
  TempDir dir;
  write_bytes(dir.path / "ten.txt", "0123456789");
  std::string why;
  CHECK(read_file((dir.path / "ten.txt").string(), 10, why) == "0123456789");
  CHECK(read_file((dir.path / "ten.txt").string(), why) == "0123456789");
  CHECK_FALSE(read_file((dir.path / "ten.txt").string(), 9, why));
  CHECK(why == "file is 10 bytes; the limit is 9");
  CHECK_FALSE(read_file((dir.path / "none.txt").string(), why));
  CHECK(why == "cannot read: No such file or directory");
  CHECK_FALSE(read_file(dir.path.string(), why));
  CHECK(why == "not a regular file");
}

TEST_CASE("read_stream: a stream longer than the limit is refused after limit + 1 bytes") {
  std::string why;
  std::istringstream exact("0123456789");
  CHECK(read_stream(exact, 10, why) == "0123456789");
  std::istringstream longer("0123456789");
  CHECK_FALSE(read_stream(longer, 9, why));
  CHECK(why == "longer than the limit of 9 bytes");
  CHECK(longer.tellg() == 10);  // read no further than the byte past the limit
  std::istringstream big(std::string(200000, 'x'));  // more than one chunk
  CHECK(read_stream(big, 200000, why)->size() == 200000);
  std::istringstream empty("");
  CHECK(read_stream(empty, 0, why) == "");
}
