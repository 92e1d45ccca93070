#include <iostream>

#include "commands.hpp"
#include "corpus_report.hpp"
#include "dct_inference.hpp"
#include "options.hpp"

namespace timeline::cli {

Runner add_read_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("read", "Read reports and show their documents, versions, sentences and removed lines");
  struct State {
    InputOptions inputs;
    std::string format = "text";
    bool infer = false;
  };
  auto state = std::make_shared<State>();
  add_input_options(*cmd, state->inputs);
  cmd->add_option("--format", state->format, "Output format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  cmd->add_flag("--infer-dct", state->infer, "Infer unknown publication dates from the reports' own time expressions");
  return [state](std::ostream& out, std::ostream& err) -> int {
    Corpus corpus;
    if (int rc = load_inputs(state->inputs, corpus, err); rc != kOk) return rc;
    if (state->infer) infer_publication_dates(corpus, {});
    // File names need not be UTF-8: invalid bytes become U+FFFD rather than an exception (exit 3).
    if (state->format == "json")
      out << corpus_to_json(corpus).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    else print_corpus_text(corpus, out);
    return corpus.documents.empty() ? kNothingRead : kOk;
  };
}

}  // namespace timeline::cli
