// `timeline extract`: per-report extraction records (JSON Lines) that `timeline build
// --from-records` merges into the timeline; shards of one corpus can be extracted on many machines.
#include <fstream>
#include <memory>
#include <ostream>

#include <spdlog/spdlog.h>

#include "commands.hpp"
#include "extract_walk.hpp"
#include "options.hpp"
#include "progress.hpp"
#include "records.hpp"

namespace timeline::cli {
namespace {

struct ExtractState {
  InputOptions inputs;
  TagFlags tag;
  std::size_t threads = 0;
  std::string out_file;
  std::string shard;
  std::size_t hold_mib = 64;
};

// "K/N" with 0 <= K < N.
bool parse_shard(const std::string& text, std::size_t& k, std::size_t& n) {
  auto slash = text.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == text.size()) return false;
  try {
    std::size_t used_k = 0, used_n = 0;
    unsigned long long kk = std::stoull(text.substr(0, slash), &used_k), nn = std::stoull(text.substr(slash + 1), &used_n);
    if (used_k != slash || used_n != text.size() - slash - 1 || text[0] == '-' || text[slash + 1] == '-') return false;
    if (nn == 0 || kk >= nn) return false;
    k = static_cast<std::size_t>(kk), n = static_cast<std::size_t>(nn);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

int run_extract(ExtractState& st, std::ostream& out, std::ostream& err) {
  if (!st.shard.empty() && !parse_shard(st.shard, st.inputs.shard, st.inputs.shards)) {
    err << "timeline extract: --shard: expected K/N with 0 <= K < N (0/4, 1/4, ...), not '" << st.shard << "'\n";
    return kUsage;
  }
  st.inputs.threads = st.threads;
  LoadOptions load;
  if (int rc = load_options(st.inputs, load, err); rc != kOk) return rc;
  std::ofstream file;
  if (!st.out_file.empty()) {
    file.open(st.out_file, std::ios::binary | std::ios::trunc);
    if (!file) {
      err << "timeline extract: cannot write " << st.out_file << "\n";
      return kFailure;
    }
  }
  std::ostream& sink = st.out_file.empty() ? out : file;
  CorpusWalk walk(st.inputs.paths, load);
  const std::vector<std::size_t> inputs = shard_inputs(walk, load.shard, load.shards);
  // Each report is tagged, its events found and its record built and serialized on the worker
  // threads, a batch of reports at a time, and each record is written as soon as its report's
  // turn comes: the expressions and mentions of the whole corpus are never held at once, nor, past
  // --hold-mib, its text (engine/extract_walk.hpp).
  ExtractOptions extract;
  extract.reading.hold_bytes = hold_bytes(st.hold_mib);
  RunOptions run;
  run.threads = st.threads;
  Progress progress(err, inputs.size());
  progress.restart("dates: ", inputs.size());
  extract.reading.dating_done = [&](std::size_t bytes) { progress.document_done(bytes); };
  extract.reading.dating_finished = [&] { progress.restart("", inputs.size()); };
  run.document_done = [&](std::size_t bytes) { progress.document_done(bytes); };
  ExtractSummary summary = extract_walk(walk, inputs, load.shard == 0, st.tag.options(), run, extract,
                                        [&](std::string&& record) { sink << record << '\n'; });
  progress.finish();
  for (const auto& s : summary.skipped) sink << skipped_record(s) << "\n";
  sink.flush();
  err << "timeline: " << summary.documents << " document(s) read, " << summary.skipped.size() << " input(s) skipped\n";
  if (!sink) {
    err << "timeline extract: cannot write " << (st.out_file.empty() ? std::string("the output") : st.out_file) << "\n";
    return kFailure;
  }
  return summary.documents == 0 ? kNothingRead : kOk;
}

}  // namespace

Runner add_extract_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("extract", "Extract each report on its own as a JSON Lines record, for `build --from-records`");
  auto st = std::make_shared<ExtractState>();
  add_input_options(*cmd, st->inputs);
  add_tag_flags(*cmd, st->tag);
  add_threads_option(*cmd, st->threads);
  cmd->add_option("--out", st->out_file, "Write the records to this file (default: standard output)");
  cmd->add_option("--shard", st->shard, "K/N: extract only every N-th input of the walk, starting at input K (0-based)");
  add_hold_option(*cmd, st->hold_mib);
  return [st](std::ostream& out, std::ostream& err) -> int { return run_extract(*st, out, err); };
}

}  // namespace timeline::cli
