#pragma once
// tests/data/hostile_phrases.txt, expanded: absurd dates, numbers and time phrases. Shared by the
// hostile-input tests and, later, the time tagger's tests.
#include <string>
#include <vector>

#include "test_support.hpp"

namespace timeline::test {

/// The phrases of tests/data/hostile_phrases.txt, with `repeat N TEXT | TAIL` lines expanded.
inline std::vector<std::string> hostile_phrases() {
  std::vector<std::string> out;
  std::string all = read_bytes(source_dir() / "tests" / "data" / "hostile_phrases.txt");
  std::size_t start = 0;
  while (start < all.size()) {
    auto nl = all.find('\n', start);
    std::string line = all.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    start = nl == std::string::npos ? all.size() : nl + 1;
    if (line.empty() || line[0] == '#') continue;
    if (line.starts_with("repeat ")) {
      std::size_t pos = 7;
      std::size_t n = std::stoul(line.substr(pos), &pos);
      line = line.substr(7 + pos + 1);
      auto bar = line.find(" | ");
      std::string unit = line.substr(0, bar) + " ", tail = bar == std::string::npos ? "" : line.substr(bar + 3);
      std::string phrase;
      phrase.reserve(unit.size() * n + tail.size());
      for (std::size_t i = 0; i < n; ++i) phrase += unit;
      out.push_back(phrase + tail);
      continue;
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace timeline::test
