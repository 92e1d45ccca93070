#include "boilerplate.hpp"

#include <memory>
#include <stdexcept>

#include <re2/re2.h>

#include "lexicon.hpp"

namespace timeline {
namespace {

struct Rule {
  bool footer = false;
  std::unique_ptr<RE2> pattern;
  std::string reason;
};

std::vector<Rule> load_rules() {
  std::vector<Rule> rules;
  for (const auto& row : embedded_rows("boilerplate.tsv")) {
    if (row.fields.size() != 3)
      throw std::runtime_error("boilerplate.tsv:" + std::to_string(row.line) + ": expected 3 tab-separated fields");
    RE2::Options opts;
    opts.set_case_sensitive(false);
    opts.set_log_errors(false);
    auto re = std::make_unique<RE2>(row.fields[1], opts);
    if (!re->ok())
      throw std::runtime_error("boilerplate.tsv:" + std::to_string(row.line) + ": bad pattern: " + re->error());
    rules.push_back({row.fields[0] == "footer", std::move(re), std::string(row.fields[2])});
  }
  return rules;
}

const std::vector<Rule>& rules() {
  static const std::vector<Rule> r = load_rules();
  return r;
}

std::optional<std::string> match(std::string_view line, bool footer) {
  for (const auto& rule : rules())
    if (rule.footer == footer && RE2::FullMatch(line, *rule.pattern)) return rule.reason;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> boilerplate_line_reason(std::string_view line) { return match(line, false); }
std::optional<std::string> boilerplate_footer_reason(std::string_view line) {
  if (line.size() > 120) return std::nullopt;  // a heading, not a paragraph
  return match(line, true);
}

bool is_doubled_text(std::string_view s) {
  constexpr std::size_t kMinHalf = 12;  // shorter repeats ("No no") are ordinary text
  std::size_t n = s.size();
  if (n < 2 * kMinHalf) return false;
  if (n % 2 == 0 && s.substr(0, n / 2) == s.substr(n / 2)) return true;
  return n % 2 == 1 && s[n / 2] == ' ' && s.substr(0, n / 2) == s.substr(n / 2 + 1);
}

std::vector<std::string> find_boilerplate(std::string_view bytes, const std::vector<Line>& lines) {
  std::vector<std::string> reasons(lines.size());
  std::optional<std::string> footer;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view text = bytes.substr(trim(bytes, lines[i].span).begin, trim(bytes, lines[i].span).size());
    if (text.empty()) continue;
    if (!footer) footer = boilerplate_footer_reason(text);
    if (footer) reasons[i] = *footer;
    else if (auto r = boilerplate_line_reason(text)) reasons[i] = *r;
    else if (is_doubled_text(text)) reasons[i] = "text printed twice (link or teaser)";
  }
  return reasons;
}

}  // namespace timeline
