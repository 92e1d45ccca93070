// `timeline tag`: finds and normalizes the time expressions of reports (or of single lines) and
// prints them as JSON, JSON Lines or TimeML (docs/cli-tag-eval.md).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <mutex>

#include <spdlog/spdlog.h>

#include "commands.hpp"
#include "options.hpp"
#include "plain_reader.hpp"
#include "dated_reading.hpp"
#include "tag_output.hpp"
#include "tag_writer.hpp"
#include "extraction.hpp"
#include "file_reader.hpp"
#include "progress.hpp"
#include "time_resolver.hpp"
#include "text_check.hpp"
#include "timeml_reader.hpp"
#include "version_page_reader.hpp"
#include "lines.hpp"

namespace fs = std::filesystem;

namespace timeline::cli {
namespace {

struct TagState {
  InputOptions inputs;
  TagFlags tag;
  std::string format = "json";
  CLI::Option* format_option = nullptr;
  std::string out_dir;
  bool lines = false;
  bool strip = true;
  std::size_t threads = 0;
  std::size_t hold_mib = 64;
};

std::optional<std::string> read_whole(const std::string& path, std::istream& in, std::size_t limit, std::string& why) {
  return path == "-" ? read_stream(in, limit, why) : read_file(path, limit, why);
}

// --lines: every line of every input on its own, numbered 1, 2, ... across the inputs.
int tag_lines(const TagState& st, const std::optional<PublicationTime>& ref, const TagOptions& options, std::istream& in, std::ostream& out,
              std::ostream& err) {
  std::size_t number = 0;
  bool any = false;
  for (const auto& path : st.inputs.paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      err << "timeline: " << path << ": skipped: --lines reads files, not folders\n";
      continue;
    }
    std::string why;
    auto bytes = read_whole(path, in, st.inputs.max_file_bytes, why);
    if (!bytes) {
      err << "timeline: " << path << ": skipped: " << why << "\n";
      continue;
    }
    if (auto bad = find_invalid_utf8(*bytes)) {
      err << "timeline: " << path << ": skipped: invalid UTF-8 at byte " << *bad << "\n";
      continue;
    }
    any = true;
    for (const auto& line : split_lines(*bytes, bom_length(*bytes))) {
      std::string_view text = std::string_view(*bytes).substr(line.span.begin, line.span.size());
      write_line_record(out, ++number, text, tag_phrase(text, ref, options));
    }
  }
  return any ? kOk : kNothingRead;
}

// Standard input as a report, read the way load_corpus() reads a file.
std::optional<Document> read_stdin_document(std::string bytes, const std::optional<PublicationTime>& dct, std::size_t max_bytes,
                                            std::vector<Skipped>& skipped) {
  TextLimits limits;
  limits.max_file_bytes = max_bytes;
  if (auto why = reject_reason(bytes, limits)) {
    skipped.push_back({"-", *why});
    return std::nullopt;
  }
  std::optional<Document> doc;
  if (looks_like_timeml(bytes)) {
    std::string error;
    doc = read_timeml("stdin", "-", std::move(bytes), &error);
    if (!doc) skipped.push_back({"-", error});
  } else if (looks_like_version_page(bytes)) {
    doc = read_version_page("stdin", "-", std::move(bytes), KnownText{});
  } else {
    doc = read_plain("stdin", "-", std::move(bytes));
  }
  if (doc && dct) doc->dct = dct, doc->dct_source = DctSource::cli;
  return doc;
}

int run_tag(const TagState& st, std::istream& in, std::ostream& out, std::ostream& err) {
  std::optional<PublicationTime> dct;
  if (int rc = parse_dct_option(st.inputs, dct, err); rc != kOk) return rc;
  TagOptions options = st.tag.options();
  const bool stdin_used = std::count(st.inputs.paths.begin(), st.inputs.paths.end(), "-") > 0;

  if (st.lines) {
    if (st.format_option->count() && st.format == "timeml") {
      err << "timeline tag: --lines prints JSON Lines; --format timeml cannot be used with it\n";
      return kUsage;
    }
    if (!st.out_dir.empty()) {
      err << "timeline tag: --out is for --format timeml\n";
      return kUsage;
    }
    if (!dct) spdlog::warn("--lines without --dct: relative expressions stay unresolved");
    return tag_lines(st, dct, options, in, out, err);
  }
  if (!st.out_dir.empty() && st.format != "timeml") {
    err << "timeline tag: --out is for --format timeml\n";
    return kUsage;
  }

  InputOptions files = st.inputs;
  std::erase(files.paths, "-");
  files.threads = st.threads;
  LoadOptions load;
  if (int rc = load_options(files, load, err); rc != kOk) return rc;
  CorpusWalk walk(files.paths, load);
  std::string stdin_bytes;  // kept: TimeML from standard input is written back into these bytes
  std::vector<Skipped> stdin_skipped;
  std::optional<Document> stdin_doc;
  if (stdin_used) {
    std::string why;
    if (auto bytes = read_stream(in, st.inputs.max_file_bytes, why)) {
      stdin_bytes = std::move(*bytes);
      stdin_doc = read_stdin_document(stdin_bytes, dct, st.inputs.max_file_bytes, stdin_skipped);
    } else {
      stdin_skipped.push_back({"-", why});
    }
  }
  const bool one_file_only = st.format == "timeml" && st.out_dir.empty();  // TimeML on standard output

  // Reports no source dates get a date inferred from their own words and their story (issue 3),
  // so every report is read first: held when the files are small enough, else read twice, a
  // batch at a time (engine/dated_reading.hpp). Standard input is held with the files.
  DatedReading reading;
  reading.hold_bytes = stdin_used ? UINTMAX_MAX : hold_bytes(st.hold_mib);
  RunOptions run;
  run.threads = st.threads;
  load_time_tables();
  TagWriter writer(out, st.format, st.out_dir, st.strip, stdin_bytes);
  const std::size_t total = walk.size() + (stdin_doc ? 1 : 0);
  Progress progress(err, total);
  progress.restart("dates: ", walk.size());
  reading.dating_done = [&](std::size_t bytes) { progress.document_done(bytes); };
  reading.dating_finished = [&] { progress.restart("", total); };
  std::mutex progress_lock;
  std::size_t documents = 0, read_files = 0;
  auto read = [&](Corpus& part) {
    read_files += part.documents.size();
    if (stdin_doc) part.documents.insert(part.documents.begin(), std::move(*stdin_doc)), stdin_doc.reset();
    documents += part.documents.size();
  };
  // Each report is tagged and its output built on its own, a batch of reports at a time on the
  // worker threads, and written in document order as its turn comes.
  auto dated = [&](Corpus& part, std::vector<FoundTimes>& found) {
    if (one_file_only && documents > 1) return;  // a usage error, below
    std::vector<TagWriter::Rendered> rendered(part.documents.size());
    stream_corpus_output(
        part, run, 256,
        [&](std::size_t d) {
          const Document& doc = part.documents[d];
          rendered[d] = writer.render(doc, tag_document(doc, options, d < found.size() ? &found[d] : nullptr));
          std::lock_guard lock(progress_lock);
          progress.document_done(doc.bytes.size());
          return std::string();
        },
        [&](std::size_t d, std::string&&) {
          writer.write(part.documents[d], std::move(rendered[d]));
          rendered[d] = {};
          if (d < found.size()) found[d] = {};
        });
  };
  DatedSummary summary = read_dated(walk, shard_inputs(walk, 0, 1), true, options, run.threads, reading, read, dated);
  progress.finish();
  if (!files.paths.empty())
    err << "timeline: " << read_files << " document(s) read, " << summary.skipped.size() << " input(s) skipped\n";
  if (one_file_only && documents > 1) {
    err << "timeline tag: --format timeml writes one file per document; with " << documents << " documents give --out DIR\n";
    return kUsage;
  }
  if (writer.write_error()) {
    err << "timeline tag: cannot write " << *writer.write_error() << "\n";
    return kFailure;
  }
  summary.skipped.insert(summary.skipped.end(), stdin_skipped.begin(), stdin_skipped.end());
  writer.finish(summary.skipped);
  return writer.tagged() ? kOk : kNothingRead;
}

}  // namespace

Runner add_tag_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("tag", "Find and normalize the time expressions of reports (TIMEX3) as JSON or TimeML");
  auto st = std::make_shared<TagState>();
  add_input_options(*cmd, st->inputs);
  add_tag_flags(*cmd, st->tag);
  st->format_option = cmd->add_option("--format", st->format, "Output format")
                          ->check(CLI::IsMember({"json", "jsonl", "timeml"}))
                          ->capture_default_str();
  cmd->add_option("--out", st->out_dir, "With --format timeml: write each document to this folder under its own file name");
  cmd->add_flag("--strip,!--no-strip", st->strip,
                "With --format timeml: replace the TIMEX3 tags a TimeML input already holds (default), or keep them");
  add_threads_option(*cmd, st->threads);
  add_hold_option(*cmd, st->hold_mib);
  cmd->add_flag("--lines", st->lines, "Tag every input line on its own (resolved against --dct) and print JSON Lines");
  return [st](std::ostream& out, std::ostream& err) -> int { return run_tag(*st, std::cin, out, err); };
}

}  // namespace timeline::cli
