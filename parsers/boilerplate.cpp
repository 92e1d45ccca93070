#include "boilerplate.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <re2/re2.h>
#include <re2/set.h>

#include "lexicon.hpp"

namespace timeline {
namespace {

struct Rule {
  bool footer = false;
  std::unique_ptr<RE2> pattern;
  std::string reason;
};

// The rules, and each kind's patterns in one RE2::Set: a line is read once for all of them,
// not once per rule. The Set says which rules match; the first in the file gives the reason.
struct Rules {
  std::vector<Rule> list;
  std::unique_ptr<RE2::Set> line_set, footer_set;
  std::vector<std::size_t> line_rule, footer_rule;  // Set index -> rule index
};

Rules load_rules() {
  Rules rules;
  RE2::Options opts;
  opts.set_case_sensitive(false);
  opts.set_log_errors(false);
  rules.line_set = std::make_unique<RE2::Set>(opts, RE2::ANCHOR_BOTH);
  rules.footer_set = std::make_unique<RE2::Set>(opts, RE2::ANCHOR_BOTH);
  for (const auto& row : embedded_rows("boilerplate.tsv")) {
    if (row.fields.size() != 3)
      throw std::runtime_error("boilerplate.tsv:" + std::to_string(row.line) + ": expected 3 tab-separated fields");
    auto re = std::make_unique<RE2>(row.fields[1], opts);
    if (!re->ok())
      throw std::runtime_error("boilerplate.tsv:" + std::to_string(row.line) + ": bad pattern: " + re->error());
    const bool footer = row.fields[0] == "footer";
    std::string error;
    if ((footer ? rules.footer_set : rules.line_set)->Add(row.fields[1], &error) < 0)
      throw std::runtime_error("boilerplate.tsv:" + std::to_string(row.line) + ": bad pattern: " + error);
    (footer ? rules.footer_rule : rules.line_rule).push_back(rules.list.size());
    rules.list.push_back({footer, std::move(re), std::string(row.fields[2])});
  }
  if (!rules.line_set->Compile() || !rules.footer_set->Compile())
    throw std::runtime_error("boilerplate.tsv: the patterns do not compile together");
  return rules;
}

const Rules& rules() {
  static const Rules r = load_rules();
  return r;
}

std::optional<std::string> match(std::string_view line, bool footer) {
  const Rules& r = rules();
  thread_local std::vector<int> hits;
  hits.clear();
  RE2::Set::ErrorInfo error;
  if ((footer ? r.footer_set : r.line_set)->Match(line, &hits, &error)) {
    const auto& to_rule = footer ? r.footer_rule : r.line_rule;
    std::size_t first = r.list.size();
    for (int h : hits) first = std::min(first, to_rule[static_cast<std::size_t>(h)]);
    return r.list[first].reason;
  }
  if (error.kind == RE2::Set::kNoError) return std::nullopt;
  // The Set's automaton ran out of memory on this line: each rule on its own.
  for (const auto& rule : r.list)
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
