#include "options.hpp"

#include <algorithm>
#include <ostream>

#include "commands.hpp"

namespace timeline::cli {

TagOptions TagFlags::options() const {
  TagOptions o;
  o.prefer = prefer == "future" ? Prefer::future : prefer == "nearest" ? Prefer::nearest : Prefer::past;
  o.day_first = !month_first;
  return o;
}

void add_tag_flags(CLI::App& cmd, TagFlags& flags) {
  cmd.add_option("--prefer", flags.prefer, "Direction of bare weekdays and months with no tense cue")
      ->check(CLI::IsMember({"past", "future", "nearest"}))
      ->capture_default_str();
  auto* day = cmd.add_flag("--day-first", flags.day_first, "9/10/2016 is 9 October (the default)");
  cmd.add_flag("--month-first", flags.month_first, "9/10/2016 is 10 September")->excludes(day);
}

void add_threads_option(CLI::App& cmd, std::size_t& threads) {
  cmd.add_option("--threads", threads,
                 "Threads that tag reports (default: every core; 1: one at a time). The output is the same for any number")
      ->check(CLI::NonNegativeNumber);
}

void add_hold_option(CLI::App& cmd, std::size_t& mib) {
  cmd.add_option("--hold-mib", mib,
                 "Inputs of up to this many MiB in all are read once and held; larger ones are read twice, a batch of "
                 "reports at a time, so that memory does not grow with the corpus (0: always)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
}

std::uintmax_t hold_bytes(std::size_t mib) {
  constexpr std::uintmax_t kMostMib = UINTMAX_MAX >> 20;
  return std::min<std::uintmax_t>(mib, kMostMib) << 20;
}

void add_input_options(CLI::App& cmd, InputOptions& options) {
  auto* paths = cmd.add_option("paths", options.paths, "Report files or folders (read recursively)");
  if (options.paths_required) paths->required();
  cmd.add_option("--dct", options.dct,
                 "Publication time of every input, ISO 8601 with optional time and UTC offset "
                 "(2016-09-09, 2013-02-12T04:30-02:00)");
  cmd.add_option("--timezone", options.timezone, "IANA time zone of --dct (Europe/London)");
  cmd.add_option("--manifest", options.manifests, "Manifest JSON giving reports' publication times (docs/formats.md)");
  cmd.add_option("--max-file-bytes", options.max_file_bytes, "Skip files larger than this")->capture_default_str();
}

int load_options(const InputOptions& options, LoadOptions& load, std::ostream& err) {
  load = {};
  load.manifests = options.manifests;
  load.limits.max_file_bytes = options.max_file_bytes;
  load.shard = options.shard;
  load.shards = options.shards;
  load.threads = options.threads;
  if (!options.dct.empty()) {
    std::string why;
    load.dct = parse_iso_time(options.dct, &why);
    if (!load.dct) {
      err << "timeline: --dct: " << why << "\n";
      return kUsage;
    }
    if (!options.timezone.empty() && !apply_zone(*load.dct, options.timezone, &why)) {
      err << "timeline: --timezone: " << why << "\n";
      return kUsage;
    }
  } else if (!options.timezone.empty()) {
    err << "timeline: --timezone needs --dct\n";
    return kUsage;
  }
  return kOk;
}

int load_inputs(const InputOptions& options, Corpus& corpus, std::ostream& err) {
  LoadOptions load;
  if (int rc = load_options(options, load, err); rc != kOk) return rc;
  corpus = load_corpus(options.paths, load);
  err << "timeline: " << corpus.documents.size() << " document(s) read, " << corpus.skipped.size() << " input(s) skipped\n";
  return kOk;
}

int parse_dct_option(const InputOptions& options, std::optional<PublicationTime>& dct, std::ostream& err) {
  dct.reset();
  if (options.dct.empty()) {
    if (options.timezone.empty()) return kOk;
    err << "timeline: --timezone needs --dct\n";
    return kUsage;
  }
  std::string why;
  dct = parse_iso_time(options.dct, &why);
  if (!dct) {
    err << "timeline: --dct: " << why << "\n";
    return kUsage;
  }
  if (!options.timezone.empty() && !apply_zone(*dct, options.timezone, &why)) {
    err << "timeline: --timezone: " << why << "\n";
    return kUsage;
  }
  return kOk;
}

}  // namespace timeline::cli
