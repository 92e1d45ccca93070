// `timeline build`: the ordered timeline of a set of reports, as text, JSON or a GraphViz graph.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <ostream>
#include <sstream>

#include <unistd.h>

#include "commands.hpp"
#include "graphviz_export.hpp"
#include "options.hpp"
#include "pipeline.hpp"
#include "progress.hpp"
#include "records.hpp"
#include "timeline_report.hpp"
#include "timeml_export.hpp"

namespace timeline::cli {
namespace {

// Whether an executable named `name` is on the PATH.
bool on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  if (!path) return false;
  std::stringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':'))
    if (!dir.empty() && ::access((std::filesystem::path(dir) / name).c_str(), X_OK) == 0) return true;
  return false;
}

// Renders dot text to SVG with GraphViz's `dot`.
int render_svg(const std::string& dot_text, std::ostream& out, std::ostream& err) {
  if (!on_path("dot")) {
    err << "timeline build: --format svg needs the GraphViz `dot` program, which is not installed "
           "(Debian: apt-get install graphviz); --format dot writes the graph without it\n";
    return kFailure;
  }
  char tmpl[] = "/tmp/timeline-graph-XXXXXX";
  int fd = ::mkstemp(tmpl);
  if (fd < 0) {
    err << "timeline build: cannot create a temporary file for dot\n";
    return kFailure;
  }
  std::unique_ptr<char, void (*)(char*)> cleanup(tmpl, [](char* p) { std::remove(p); });
  bool written = ::write(fd, dot_text.data(), dot_text.size()) == static_cast<ssize_t>(dot_text.size());
  ::close(fd);
  if (!written) {
    err << "timeline build: cannot write the temporary dot file\n";
    return kFailure;
  }
  std::string cmd = std::string("dot -Tsvg ") + tmpl;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(cmd.c_str(), "r"), ::pclose);
  if (!pipe) {
    err << "timeline build: cannot run dot\n";
    return kFailure;
  }
  char buf[65536];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe.get())) out.write(buf, static_cast<std::streamsize>(n));
  int status = ::pclose(pipe.release());
  if (status != 0) {
    err << "timeline build: dot failed (status " << status << ")\n";
    return kFailure;
  }
  return kOk;
}

// Reads every records file ("-": standard input) into one set; kNothingRead with FILE:LINE on a bad record.
int read_record_files(const std::vector<std::string>& files, RecordSet& set, std::ostream& err) {
  try {
    for (const auto& name : files) {
      if (name == "-") {
        read_records(std::cin, "<stdin>", set);
        continue;
      }
      std::ifstream f(name, std::ios::binary);
      if (!f) {
        err << "timeline build: --from-records: cannot read " << name << "\n";
        return kNothingRead;
      }
      read_records(f, name, set);
    }
  } catch (const std::runtime_error& e) {
    err << "timeline build: --from-records: " << e.what() << "\n";
    return kNothingRead;
  }
  return kOk;
}

// --format timeml: one file per report version into DIR; with no DIR, standard output when
// there is exactly one file.
int write_timeml_files(std::vector<TimemlFile> files, const std::string& dir, std::ostream& out, std::ostream& err) {
  namespace fs = std::filesystem;
  if (dir.empty()) {
    if (files.size() != 1) {
      err << "timeline build: --format timeml writes one file per report version (" << files.size()
          << " here): give --out DIR\n";
      return kUsage;
    }
    out << files.front().bytes;
    return kOk;
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    err << "timeline build: cannot create " << dir << ": " << ec.message() << "\n";
    return kFailure;
  }
  std::set<std::string> used;
  std::size_t timexes = 0, events = 0, tlinks = 0;
  for (auto& f : files) {
    // Ids are unique (reports of one name keep their folders: "business/001.txt"); a name that
    // still collides (a report named like another's version file) gets a number.
    std::string name = f.name;
    for (int k = 2; !used.insert(name).second; ++k) name = f.name.substr(0, f.name.size() - 4) + "-" + std::to_string(k) + ".tml";
    fs::path target = fs::path(dir) / name;
    fs::create_directories(target.parent_path(), ec);
    std::ofstream o(target, std::ios::binary);
    o.write(f.bytes.data(), static_cast<std::streamsize>(f.bytes.size()));
    o.close();
    if (!o) {
      err << "timeline build: cannot write " << target.string() << "\n";
      return kFailure;
    }
    timexes += f.timexes, events += f.events, tlinks += f.tlinks;
  }
  err << "timeline: wrote " << files.size() << " TimeML file(s) to " << dir << " (" << timexes << " TIMEX3, " << events
      << " EVENT, " << tlinks << " TLINK)\n";
  return kOk;
}

// `--by-story`: each story's timeline written as soon as it is built (text under a header line,
// json as an array of timelines).
struct StoryWriter {
  bool json;
  std::ostream& out;
  std::size_t stories = 0;
  void write(const Analysis& a) {
    if (json) {
      out << (stories++ == 0 ? "[\n" : ",\n");
      write_timeline_json(a.corpus, a.timeline, out);
      return;
    }
    if (stories++ > 0) out << "\n";
    out << "Story " << stories << " (" << a.corpus.documents.size() << " report" << (a.corpus.documents.size() == 1 ? "" : "s") << ":";
    for (const auto& d : a.corpus.documents) out << " " << d.id;
    out << ")\n";
    print_timeline_text(a.corpus, a.timeline, out);
  }
  void finish() {
    if (json) out << (stories == 0 ? "[]\n" : "]\n");
  }
};

struct BuildState {
  InputOptions inputs;
  TagFlags tag;
  std::string format = "text";
  bool clusters = true;
  bool all_events = false;
  bool by_story = false;
  std::size_t threads = 0;
  std::vector<std::string> records;
  std::string out_dir;
};

// `--by-story` on files: read a batch at a time, then a story at a time (analyze_walk_by_story).
int build_by_story_from_files(const BuildState& state, RunOptions run, std::ostream& out, std::ostream& err) {
  InputOptions files = state.inputs;
  files.threads = state.threads;
  LoadOptions load;
  if (int rc = load_options(files, load, err); rc != kOk) return rc;
  CorpusWalk walk(files.paths, load);
  Progress progress(err, walk.size());
  run.document_done = [&](std::size_t bytes) { progress.document_done(bytes); };
  BuildOptions build;
  build.all_events = state.all_events;
  StoryWriter writer{state.format == "json", out};
  std::vector<Skipped> skipped;
  std::size_t documents = 0;
  analyze_walk_by_story(walk, state.tag.options(), build, run, [&](Analysis&& a) { writer.write(a); }, &skipped, &documents);
  writer.finish();
  progress.finish();
  err << "timeline: " << documents << " document(s) read, " << skipped.size() << " input(s) skipped; " << writer.stories << " stor"
      << (writer.stories == 1 ? "y" : "ies") << "\n";
  return documents == 0 ? kNothingRead : kOk;
}

}  // namespace

Runner add_build_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("build", "Build the ordered timeline of events from reports (text, JSON, GraphViz)");
  auto state = std::make_shared<BuildState>();
  state->inputs.paths_required = false;  // PATHS, or --from-records
  add_input_options(*cmd, state->inputs);
  add_threads_option(*cmd, state->threads);
  cmd->add_option("--from-records", state->records,
                  "Build from the JSON Lines records of `timeline extract` (a file, or - for standard input; repeat for more) instead of PATHS")
      ->allow_extra_args(false)  // one file per --from-records: what follows is PATHS
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  add_tag_flags(*cmd, state->tag);
  cmd->add_option("--format", state->format,
                  "Output format: text, json (docs/timeline.schema.json), dot, svg, timeml (one TempEval-3 file per report version)")
      ->check(CLI::IsMember({"text", "json", "dot", "svg", "timeml"}))
      ->capture_default_str();
  cmd->add_option("--out", state->out_dir, "With --format timeml: the folder to write the files to (created if missing)");
  cmd->add_flag("--clusters,!--no-clusters", state->clusters, "dot/svg: group the events of one day in a cluster (default)");
  cmd->add_flag("--all-events", state->all_events,
                "Keep minor events too: those with no own time, speaker, agent, length or second report (docs/events.md)");
  cmd->add_flag("--by-story", state->by_story,
                "Build one timeline per story (reports that name the same people and places within a week; docs/graph.md), "
                "holding one story's analysis at a time: text, or json as an array of timelines");
  return [state](std::ostream& out, std::ostream& err) -> int {
    const auto& in = state->inputs;
    if (state->records.empty() == in.paths.empty()) {
      err << "timeline build: give either report PATHS or --from-records FILE..., " << (in.paths.empty() ? "not neither" : "not both") << "\n";
      return kUsage;
    }
    if (!state->out_dir.empty() && state->format != "timeml") {
      err << "timeline build: --out is for --format timeml\n";
      return kUsage;
    }
    if (state->by_story && state->format != "text" && state->format != "json") {
      err << "timeline build: --by-story writes --format text or json\n";
      return kUsage;
    }
    if (!state->records.empty() && (!in.dct.empty() || !in.timezone.empty() || !in.manifests.empty())) {
      err << "timeline build: --dct, --timezone and --manifest apply when reports are extracted (timeline extract), not to --from-records\n";
      return kUsage;
    }
    RunOptions run;
    run.threads = state->threads;
    if (state->by_story && state->records.empty()) return build_by_story_from_files(*state, run, out, err);
    Corpus corpus;
    CorpusTimexes timexes;
    RecordSet set;
    std::size_t total = 0;
    if (state->records.empty()) {
      InputOptions files = in;
      files.threads = state->threads;
      if (int rc = load_inputs(files, corpus, err); rc != kOk) return rc;
      total = corpus.documents.size();
    } else {
      if (int rc = read_record_files(state->records, set, err); rc != kOk) return rc;
      total = set.reports.size();
    }
    Progress progress(err, total);
    run.document_done = [&](std::size_t bytes) { progress.document_done(bytes); };
    if (!state->records.empty()) {
      MergedCorpus merged = merge_records(std::move(set), state->tag.options(), run);
      corpus = std::move(merged.corpus);
      timexes = std::move(merged.timexes);
      progress.finish();
      err << "timeline: " << corpus.documents.size() << " document(s) from records (stored time expressions used for "
          << merged.reused << ", tagged again: " << merged.retagged << "), " << corpus.skipped.size() << " input(s) skipped\n";
    }
    if (corpus.documents.empty()) {
      if (state->format == "json") {
        if (state->by_story) out << "[]\n";
        else write_timeline_json(corpus, {}, out);
      }
      return kNothingRead;
    }
    BuildOptions build;
    build.all_events = state->all_events;
    if (state->by_story) {  // from records: the corpus is held already
      StoryWriter writer{state->format == "json", out};
      analyze_by_story(std::move(corpus), state->tag.options(), build, run, [&](Analysis&& a) { writer.write(a); }, {}, &timexes);
      writer.finish();
      progress.finish();
      err << "timeline: " << writer.stories << " stor" << (writer.stories == 1 ? "y" : "ies") << "\n";
      return kOk;
    }
    Analysis a = state->records.empty() ? analyze(std::move(corpus), state->tag.options(), build, run)
                                        : analyze_tagged(std::move(corpus), std::move(timexes), build);
    progress.finish();
    if (state->format == "json") {
      write_timeline_json(a.corpus, a.timeline, out);
    } else if (state->format == "text") {
      print_timeline_text(a.corpus, a.timeline, out);
    } else if (state->format == "timeml") {
      return write_timeml_files(export_timeml(a), state->out_dir, out, err);
    } else {
      std::ostringstream dot;
      if (state->clusters) write_graphviz_clustered(a.corpus, a.timeline, dot);
      else write_graphviz_flat(a.corpus, a.timeline, dot);
      if (state->format == "dot") out << dot.str();
      else return render_svg(dot.str(), out, err);
    }
    return kOk;
  };
}

}  // namespace timeline::cli
