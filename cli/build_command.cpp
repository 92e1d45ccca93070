// `timeline build`: the ordered timeline of a set of reports, as text, JSON or a GraphViz graph.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>

#include <unistd.h>

#include "commands.hpp"
#include "graphviz_export.hpp"
#include "options.hpp"
#include "pipeline.hpp"
#include "timeline_report.hpp"

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

}  // namespace

Runner add_build_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("build", "Build the ordered timeline of events from reports (text, JSON, GraphViz)");
  struct State {
    InputOptions inputs;
    TagFlags tag;
    std::string format = "text";
    bool clusters = true;
    bool all_events = false;
  };
  auto state = std::make_shared<State>();
  add_input_options(*cmd, state->inputs);
  add_tag_flags(*cmd, state->tag);
  cmd->add_option("--format", state->format, "Output format: text, json (docs/timeline.schema.json), dot, svg")
      ->check(CLI::IsMember({"text", "json", "dot", "svg"}))
      ->capture_default_str();
  cmd->add_flag("--clusters,!--no-clusters", state->clusters, "dot/svg: group the events of one day in a cluster (default)");
  cmd->add_flag("--all-events", state->all_events,
                "Keep minor events too: those with no own time, speaker, agent, length or second report (docs/events.md)");
  return [state](std::ostream& out, std::ostream& err) -> int {
    Corpus corpus;
    if (int rc = load_inputs(state->inputs, corpus, err); rc != kOk) return rc;
    if (corpus.documents.empty()) {
      if (state->format == "json") out << timeline_to_json(corpus, {}).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
      return kNothingRead;
    }
    Analysis a = analyze(std::move(corpus), state->tag.options(), BuildOptions{state->all_events});
    if (state->format == "json") {
      out << timeline_to_json(a.corpus, a.timeline).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    } else if (state->format == "text") {
      print_timeline_text(a.corpus, a.timeline, out);
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
