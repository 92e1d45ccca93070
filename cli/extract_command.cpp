// `timeline extract`: per-report extraction records (JSON Lines) that `timeline build
// --from-records` merges into the timeline; shards of one corpus can be extracted on many machines.
#include <fstream>
#include <memory>
#include <mutex>
#include <ostream>

#include <spdlog/spdlog.h>

#include "commands.hpp"
#include "dct_inference.hpp"
#include "stage_clock.hpp"
#include "options.hpp"
#include "parallel.hpp"
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

std::string file_bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

int run_extract(ExtractState& st, std::ostream& out, std::ostream& err) {
  if (!st.shard.empty() && !parse_shard(st.shard, st.inputs.shard, st.inputs.shards)) {
    err << "timeline extract: --shard: expected K/N with 0 <= K < N (0/4, 1/4, ...), not '" << st.shard << "'\n";
    return kUsage;
  }
  Corpus corpus;
  st.inputs.threads = st.threads;
  StageClock clock{"extract"};
  if (int rc = load_inputs(st.inputs, corpus, err); rc != kOk) return rc;
  clock.lap("read", corpus.documents.size());
  const TagOptions options = st.tag.options();
  // What the merge needs to read each report again: its bytes and its metadata before inference.
  std::vector<StoredReport> loaded;
  for (const auto& doc : corpus.documents)
    loaded.push_back({doc.path, doc.format == Format::timeml ? file_bytes(doc.path) : doc.bytes, doc.source, doc.url, doc.dct,
                      doc.dct_source});
  RunOptions run;
  run.threads = st.threads;
  std::vector<FoundTimes> found;  // stage 1 of the undated reports, done once
  clock.lap("kept for the records", loaded.size());
  infer_publication_dates(corpus, options, run.threads, &found);  // this shard's view; the merge redoes it over all
  load_time_tables();
  clock.lap("publication dates", corpus.documents.size());

  std::ofstream file;
  if (!st.out_file.empty()) {
    file.open(st.out_file, std::ios::binary | std::ios::trunc);
    if (!file) {
      err << "timeline extract: cannot write " << st.out_file << "\n";
      return kFailure;
    }
  }
  std::ostream& sink = st.out_file.empty() ? out : file;
  // Each report is tagged, its events found and its record built and serialized on the worker
  // threads, a batch of reports at a time, and each record is written as soon as its report's
  // turn comes: the expressions and mentions of the whole corpus are never held at once.
  constexpr std::size_t kBatch = 256;
  Progress progress(err, corpus.documents.size());
  std::mutex progress_lock;
  stream_corpus_output(
      corpus, run, kBatch,
      [&](std::size_t d) {
        const Document& doc = corpus.documents[d];
        auto timexes = tag_document(doc, options, d < found.size() ? &found[d] : nullptr);
        ReportEvents events = report_events(doc, d, timexes);
        std::string record = report_record(doc, loaded[d], timexes, events.mentions, events.entities, options);
        record += '\n';
        std::lock_guard lock(progress_lock);
        progress.document_done(doc.bytes.size());
        return record;
      },
      [&](std::size_t d, std::string&& record) {
        sink << record;
        loaded[d] = {};
        if (d < found.size()) found[d] = {};
      });
  progress.finish();
  clock.lap("tag, events, records", corpus.documents.size());
  for (const auto& s : corpus.skipped) sink << skipped_record(s) << "\n";
  sink.flush();
  if (!sink) {
    err << "timeline extract: cannot write " << (st.out_file.empty() ? std::string("the output") : st.out_file) << "\n";
    return kFailure;
  }
  return corpus.documents.empty() ? kNothingRead : kOk;
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
  return [st](std::ostream& out, std::ostream& err) -> int { return run_extract(*st, out, err); };
}

}  // namespace timeline::cli
