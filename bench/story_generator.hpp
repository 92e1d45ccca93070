#pragma once
// Writes synthetic multi-report stories (plain reports with boilerplate, version-diff pages in
// both layouts) for benchmarks and scale tests. Deterministic: the same seed gives the same bytes
// on every platform (own PRNG, no std:: distributions).
#include <cstdint>
#include <string>
#include <vector>

namespace timeline::bench {

/// One generated file: a path relative to the output folder, and its bytes.
struct GeneratedFile {
  std::string path;
  std::string bytes;
};

/// Options of the generator.
struct GeneratorOptions {
  std::uint64_t seed = 1;
  std::size_t reports = 100;         ///< total reports, spread over stories
  std::size_t reports_per_story = 5; ///< 2..6 in real corpora
  /// People to draw from; 0: a pool that grows with the corpus (reports / 4, and places with it).
  /// A fixed small pool (10: the famous ones only) gives the dense worst case for the merge.
  std::size_t people = 0;
  /// Stories are dated over this many years from 2000: with the corpus size it sets how many
  /// stories share a day (30 years: 0.2 a day at 10,000 reports, 1.8 at 100,000).
  int years = 30;
};

/// The files of `options.reports` reports in folders `story-NNNNN/`.
std::vector<GeneratedFile> generate_stories(const GeneratorOptions& options);

}  // namespace timeline::bench
