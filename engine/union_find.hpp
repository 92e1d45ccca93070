#pragma once
// Disjoint sets over 0..n-1 with path halving: the merge's events and the stories of a corpus.
#include <cstddef>
#include <numeric>
#include <vector>

namespace timeline {

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), std::size_t{0}); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
};

}  // namespace timeline
