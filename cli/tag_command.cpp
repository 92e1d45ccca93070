// `timeline tag`: finds and normalizes the time expressions of reports (or of single lines) and
// prints them as JSON, JSON Lines or TimeML (docs/cli-tag-eval.md).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <set>

#include <spdlog/spdlog.h>

#include "commands.hpp"
#include "options.hpp"
#include "plain_reader.hpp"
#include "tag_output.hpp"
#include "dct_inference.hpp"
#include "extraction.hpp"
#include "progress.hpp"
#include "time_resolver.hpp"
#include "text_check.hpp"
#include "timeml_reader.hpp"
#include "timeml_writer.hpp"
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
};

// `text` with `pad` before each of its lines.
std::string indented(const std::string& text, std::string_view pad) {
  std::string out(pad);
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

std::optional<std::string> read_whole(const std::string& path, std::istream& in) {
  if (path == "-") return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ifstream f(path, std::ios::binary);
  if (!f) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  if (f.bad()) return std::nullopt;
  return bytes;
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
    auto bytes = read_whole(path, in);
    if (!bytes) {
      err << "timeline: " << path << ": skipped: cannot read\n";
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

  Corpus corpus;
  InputOptions files = st.inputs;
  std::erase(files.paths, "-");
  files.threads = st.threads;
  if (!files.paths.empty())
    if (int rc = load_inputs(files, corpus, err); rc != kOk) return rc;
  std::string stdin_bytes;  // kept: TimeML from standard input is written back into these bytes
  if (stdin_used) {
    stdin_bytes = std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (auto doc = read_stdin_document(stdin_bytes, dct, st.inputs.max_file_bytes, corpus.skipped))
      corpus.documents.insert(corpus.documents.begin(), std::move(*doc));
  }
  if (st.format == "timeml" && st.out_dir.empty() && corpus.documents.size() > 1) {
    err << "timeline tag: --format timeml writes one file per document; with " << corpus.documents.size()
        << " documents give --out DIR\n";
    return kUsage;
  }

  // Reports no source dates get a date inferred from their own words and their story (issue 3).
  RunOptions run;
  run.threads = st.threads;
  load_time_tables();
  std::vector<FoundTimes> found;  // stage 1 of the undated reports, done once
  infer_publication_dates(corpus, options, run.threads, &found);
  // Every report is tagged and its output built on its own, a batch of reports at a time on the
  // worker threads, and written in document order as its turn comes: the expressions of the whole
  // corpus are never held at once.
  Progress progress(err, corpus.documents.size());
  std::mutex progress_lock;
  const bool json = st.format == "json", jsonl = st.format == "jsonl";
  std::vector<std::string> failed(corpus.documents.size());  // TimeML that could not be written, and why
  std::set<std::string> written;
  std::size_t tagged = 0;
  bool first_json = true;
  auto write_file = [&](const fs::path& target, const std::string& bytes) {
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);  // an id may hold folders ("business/001.txt")
    std::ofstream f(target, std::ios::binary);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    f.close();
    return static_cast<bool>(f);
  };
  std::string write_error;
  constexpr std::size_t kBatch = 256;
  stream_corpus_output(
      corpus, run, kBatch,
      [&](std::size_t d) -> std::string {
        const Document& doc = corpus.documents[d];
        std::vector<std::vector<Timex>> per_version = tag_document(doc, options, &found[d]);
        {
          std::lock_guard lock(progress_lock);
          progress.document_done(doc.bytes.size());
        }
        if (jsonl) {
          JsonWriter writer;
          write_tagged_document(writer, doc, per_version);
          return writer.take();
        }
        if (json)  // an item of the "documents" array, indented as one dump(2) of the whole output indents it
          return indented(tagged_document_json(doc, per_version).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
                          "    ");
        std::vector<Timex> all;
        for (auto& v : per_version) all.insert(all.end(), std::make_move_iterator(v.begin()), std::make_move_iterator(v.end()));
        if (doc.format != Format::timeml) return write_new_timeml(doc, all).bytes;
        auto original = doc.path == "-" ? std::optional<std::string>(stdin_bytes) : read_whole(doc.path, in);
        std::string error = "cannot read it again";
        TimemlWriteOptions write_options;
        write_options.strip_existing = st.strip;
        auto tml = original ? write_timeml(doc, *original, all, write_options, &error) : std::nullopt;
        if (!tml) {
          failed[d] = "cannot write TimeML: " + error;
          return {};
        }
        return std::move(tml->bytes);
      },
      [&](std::size_t d, std::string&& text) {
        const Document& doc = corpus.documents[d];
        found[d] = {};
        if (!doc.dct) spdlog::warn("{}: no publication time, none could be inferred: relative expressions stay unresolved (give --dct)", doc.path);
        if (!write_error.empty()) return;
        if (!failed[d].empty()) {
          spdlog::warn("{}: skipped: {}", doc.path, failed[d]);
          corpus.skipped.push_back({doc.path, std::move(failed[d])});
          return;
        }
        if (jsonl) {
          out << text << "\n";
        } else if (json) {
          out << (first_json ? "{\n  \"documents\": [\n" : ",\n") << text;
          first_json = false;
        } else if (st.out_dir.empty()) {
          out << text;
        } else {
          // TimeML inputs keep their file name, so that `eval` pairs them with the gold files.
          std::string name = doc.format == Format::timeml && doc.path != "-" ? doc.id : doc.id + ".tml";
          if (!written.insert(name).second) {
            spdlog::warn("{}: skipped: another input was already written as {}", doc.path, name);
            corpus.skipped.push_back({doc.path, "another input was already written as " + name});
            return;
          }
          fs::path target = fs::path(st.out_dir) / name;
          if (!write_file(target, text)) write_error = target.string();
        }
        ++tagged;
      });
  progress.finish();
  if (!write_error.empty()) {
    err << "timeline tag: cannot write " << write_error << "\n";
    return kFailure;
  }
  if (json) {
    nlohmann::ordered_json j;
    j["documents"] = nlohmann::ordered_json::array();
    j["skipped"] = nlohmann::ordered_json::array();
    for (const auto& s : corpus.skipped) j["skipped"].push_back({{"path", s.path}, {"reason", s.reason}});
    const std::string whole = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    const std::string_view no_documents = "{\n  \"documents\": []";
    if (first_json) out << whole << "\n";
    else out << "\n  ]" << std::string_view(whole).substr(no_documents.size()) << "\n";
  }
  return tagged ? kOk : kNothingRead;
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
  cmd->add_flag("--lines", st->lines, "Tag every input line on its own (resolved against --dct) and print JSON Lines");
  return [st](std::ostream& out, std::ostream& err) -> int { return run_tag(*st, std::cin, out, err); };
}

}  // namespace timeline::cli
