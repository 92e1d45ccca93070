#pragma once
// Options every subcommand that reads reports shares: the paths, --dct, --manifest, limits.
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "corpus_loader.hpp"
#include "timex.hpp"

namespace timeline::cli {

struct InputOptions {
  std::vector<std::string> paths;
  std::string dct;
  std::string timezone;
  std::vector<std::string> manifests;
  std::size_t max_file_bytes = TextLimits{}.max_file_bytes;
  std::size_t shard = 0, shards = 1;  ///< extract --shard K/N
  bool paths_required = true;         ///< false for build, which may read --from-records instead
  std::size_t threads = 1;            ///< threads reading the files (the command's --threads)
};

/// How time expressions are read: --prefer, --day-first / --month-first.
struct TagFlags {
  std::string prefer = "past";
  bool day_first = false, month_first = false;
  /// The tagger's options these flags select.
  TagOptions options() const;
};

/// Registers --prefer, --day-first and --month-first on `cmd`.
void add_tag_flags(CLI::App& cmd, TagFlags& flags);

/// Registers --threads N (0 or absent: every core; 1: sequential) on `cmd`.
void add_threads_option(CLI::App& cmd, std::size_t& threads);

/// --hold-mib M (extract, tag): inputs of up to M MiB in all are held while their publication
/// dates are inferred, larger ones read twice, a batch at a time (engine/dated_reading.hpp).
void add_hold_option(CLI::App& cmd, std::size_t& mib);
/// M MiB in bytes (saturating).
std::uintmax_t hold_bytes(std::size_t mib);

/// Registers PATHS..., --dct, --timezone, --manifest and --max-file-bytes on `cmd`.
void add_input_options(CLI::App& cmd, InputOptions& options);

/// Parses --dct (and --timezone) into `dct` (nullopt when absent); prints a usage error and returns
/// kUsage when either is invalid.
int parse_dct_option(const InputOptions& options, std::optional<PublicationTime>& dct, std::ostream& err);

/// The loader's options of the input flags; kUsage (with a message on `err`) on a bad --dct or --timezone.
int load_options(const InputOptions& options, LoadOptions& load, std::ostream& err);

/// Loads the corpus; prints a usage error and returns kUsage when --dct or --timezone is invalid.
int load_inputs(const InputOptions& options, Corpus& corpus, std::ostream& err);

}  // namespace timeline::cli
