#include "time_rules.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <deque>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "lexicon.hpp"
#include "time_lexicon.hpp"
#include "time_prefilter.hpp"
#include "string_hash.hpp"
#include "word_block.hpp"

namespace timeline {
namespace {

// Rule files, read in this order; within a file, earlier rules win ties.
constexpr std::string_view kRuleFiles[] = {"time_rules_negative.tsv", "time_rules_dates.tsv", "time_rules_relative.tsv",
                                           "time_rules_durations.tsv", "time_rules_clock.tsv"};

std::vector<std::string_view> split_spaces(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

struct RuleSet {
  std::vector<TimeRule> rules;
  std::unordered_map<std::string, std::vector<std::size_t>> by_word, by_class;
  std::unordered_map<std::string, std::vector<std::size_t>> by_token;  // word -> rules that may start there
  FlatStringMap<int> word_ids;                                          // words rules name
  int intern_word(const std::string& w) { return word_ids.emplace(w, static_cast<int>(word_ids.size())).first->second; }
  std::vector<std::size_t> numeric;                                    // rules that may start at a number
  // Everything the matcher needs about a word, found with one hash lookup per token.
  struct WordInfo {
    const void* lexicon = nullptr;
    std::uint64_t classes = 0;
    const std::uint64_t* rules = nullptr;  // a rule mask (mask_words words) or null
    int word = -1;
  };
  std::size_t mask_words = 0;
  std::deque<std::vector<std::uint64_t>> masks;  // a deque: the masks the infos point to stay where they are
  const std::uint64_t* mask_of(const std::vector<std::size_t>& list) {
    if (list.empty()) return nullptr;
    auto& m = masks.emplace_back(mask_words, 0);
    for (auto r : list) m[r / 64] |= std::uint64_t{1} << (r % 64);
    return m.data();
  }
  // The first test of possible_rules, for every rule, packed together.
  struct Signature {
    std::uint64_t classes = 0, word_bits = 0;
    std::uint64_t alternatives[4] = {};  // TimeRule::needed_alternatives, the groups in use first
    std::size_t alternative_count = 0;
  };
  std::vector<Signature> signatures;
  // Each rule is keyed on one thing every match of it holds, the rarest: a word group or a
  // class. A sentence's candidates are the rules keyed on what it holds (few), and only those are
  // tested in full; a rule with no key is always a candidate.
  std::vector<std::uint64_t> keyed_by_class;  // [class * mask_words + w]
  std::vector<std::uint64_t> keyed_by_word;   // [word_key[word] * mask_words + w]
  std::vector<int> word_key;                  // by word id: its row in keyed_by_word, -1 if none
  std::vector<std::uint64_t> unkeyed;

  void key_rules() {
    keyed_by_class.assign(64 * mask_words, 0);
    word_key.assign(word_ids.size(), -1);
    unkeyed.assign(mask_words, 0);
    std::vector<std::string_view> word_of(word_ids.size());
    for (const auto& [w, id] : word_ids) word_of[static_cast<std::size_t>(id)] = w;
    std::uint64_t needed = 0, digit_classes = 0;  // numbers are in most sentences that get this far: poor keys
    for (const auto& r : rules) needed |= r.needed_classes;
    for (int c = 0; c < 64; ++c)
      if ((needed >> c & 1) && class_keys(c).digits) digit_classes |= std::uint64_t{1} << c;
    for (std::size_t r = 0; r < rules.size(); ++r) {
      const std::uint64_t bit = std::uint64_t{1} << (r % 64);
      const std::size_t at = r / 64;
      double best = std::numeric_limits<double>::infinity();
      int best_class = -1;
      const std::vector<int>* best_group = nullptr;
      for (int c = 0; c < 64; ++c)
        if (rules[r].needed_classes >> c & 1) {
          double cost = (digit_classes >> c & 1) ? 300 : 50;
          if (cost < best) best = cost, best_class = c, best_group = nullptr;
        }
      for (const auto& group : rules[r].needed_words) {
        double cost = 0;
        for (int word : group) cost += word_commonness(word_of[static_cast<std::size_t>(word)]);
        if (cost < best) best = cost, best_class = -1, best_group = &group;
      }
      if (best_group) {
        for (int word : *best_group) {
          auto& row = word_key[static_cast<std::size_t>(word)];
          if (row < 0) {
            row = static_cast<int>(keyed_by_word.size() / mask_words);
            keyed_by_word.resize(keyed_by_word.size() + mask_words, 0);
          }
          keyed_by_word[static_cast<std::size_t>(row) * mask_words + at] |= bit;
        }
      } else if (best_class >= 0) {
        keyed_by_class[static_cast<std::size_t>(best_class) * mask_words + at] |= bit;
      } else {
        unkeyed[at] |= bit;
      }
    }
  }
  FlatStringMap<WordInfo> info_by_word;
  WordBlockTable<WordInfo> info_by_block;  // the same for words of up to 16 bytes (most), found faster
  WordInfo numeric_info;

  RuleSet() {
    for (auto file : kRuleFiles) {
      for (const auto& row : embedded_rows(file)) {
        auto where = std::string(file) + " line " + std::to_string(row.line) + ": ";
        if (row.fields.size() < 2) throw std::runtime_error(where + "expected name<TAB>pattern[<TAB>fields]");
        TimeRule r;
        r.name = std::string(row.fields[0]);
        r.file = std::string(file);
        r.line = row.line;
        try {
          r.pattern = parse_pattern(row.fields[1]);
        } catch (const std::invalid_argument& e) {
          throw std::runtime_error(where + e.what());
        }
        for (std::size_t k = 0; k < r.pattern.size() && r.required.size() < 2; ++k)
          if (!r.pattern[k].optional && !r.pattern[k].context) r.required.push_back(k);
        for (auto& el : r.pattern) {
          if (!el.cls.empty()) {
            if (!is_known_class(el.cls)) throw std::runtime_error(where + "unknown class <" + el.cls + ">");
            el.cls_id = class_id(el.cls);
          }
          for (const auto& w : el.words) el.word_ids.push_back(intern_word(w));
        }
        for (const auto& el : r.pattern) {
          if (el.optional) continue;
          if (!el.cls.empty() && el.cls_id < 64) r.needed_classes |= std::uint64_t{1} << el.cls_id;
          if (el.cls.empty()) r.needed_words.push_back(el.word_ids);
          if (el.cls.empty() && el.word_ids.size() == 1) r.needed_word_bits |= word_bit(el.word_ids[0]);
          if (el.cls.empty() && el.word_ids.size() > 1)
            for (auto& group : r.needed_alternatives)
              if (!group) {
                for (int w : el.word_ids) group |= word_bit(w);
                break;
              }
        }
        if (row.fields.size() > 2)
          for (auto a : split_spaces(row.fields[2])) {
            auto eq = a.find('=');
            if (eq == std::string_view::npos) throw std::runtime_error(where + "expected field=value, got '" + std::string(a) + "'");
            TimeValue probe;
            if (!set_field(probe, a.substr(0, eq), a.substr(eq + 1)))
              throw std::runtime_error(where + "cannot set '" + std::string(a) + "'");
            r.sets.emplace_back(std::string(a.substr(0, eq)), std::string(a.substr(eq + 1)));
            set_field(r.start, a.substr(0, eq), a.substr(eq + 1));
          }
        rules.push_back(std::move(r));
      }
    }
    for (std::size_t k = 0; k < rules.size(); ++k) index(k);
    mask_words = (rules.size() + 63) / 64;
    for (const auto& r : rules) {
      Signature sig{r.needed_classes, r.needed_word_bits};
      for (auto group : r.needed_alternatives)
        if (group) sig.alternatives[sig.alternative_count++] = group;
      signatures.push_back(sig);
    }
    // Candidate lists for every word that can start a rule, and for numbers.
    std::vector<std::string_view> words = lexicon_first_words();
    for (const auto& [w, list] : by_word) words.push_back(w);
    for (auto w : words) {
      auto& list = by_token[std::string(w)];
      if (list.empty()) list = candidates_for(w);
    }
    numeric = candidates_for("0");
    // Words that start something, and words rules name anywhere ("ago" in "<amount> <unit> ago").
    for (const auto& [w, id] : word_ids) by_token.try_emplace(w);
    for (const auto& [w, list] : by_token) {
      TimeToken probe;
      probe.lower = w;
      look_up_word(probe);
      auto id = word_ids.find(w);
      info_by_word[w] = {probe.lexicon, probe.classes, mask_of(list), id == word_ids.end() ? -1 : id->second};
      info_by_block.insert(w, info_by_word[w]);
    }
    TimeToken digit;
    digit.lower = "0";
    look_up_word(digit);
    numeric_info = {nullptr, digit.classes, mask_of(numeric), -1};
    key_rules();
    // An apostrophe before two digits may start a year ("the summer of '99"): its own rules and
    // those starting with a year. Only such an apostrophe gets them (most are possessives).
    for (std::string_view mark : {std::string_view("'"), std::string_view("\xE2\x80\x99")}) {
      std::string w(mark);
      auto& list = by_token[w];
      WordInfo plain = info_by_word.count(w) ? info_by_word[w] : WordInfo{};
      auto& years = apostrophe_year_rules[w];
      years = list;
      if (auto it = by_class.find("year"); it != by_class.end()) years.insert(years.end(), it->second.begin(), it->second.end());
      std::sort(years.begin(), years.end());
      years.erase(std::unique(years.begin(), years.end()), years.end());
      plain.classes |= std::uint64_t{1} << class_id("year");
      plain.rules = mask_of(years);
      apostrophe_year_info[w] = plain;
    }
  }
  std::unordered_map<std::string, std::vector<std::size_t>> apostrophe_year_rules;
  std::unordered_map<std::string, WordInfo> apostrophe_year_info;

  std::vector<std::size_t> candidates_for(std::string_view lower) const {
    std::vector<std::size_t> out;
    if (auto it = by_word.find(std::string(lower)); it != by_word.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    std::vector<std::string_view> classes;
    classes_of_word(lower, classes);
    for (auto c : classes)
      if (auto it = by_class.find(std::string(c)); it != by_class.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // Indexes a rule under every element that can be its first token.
  void index(std::size_t k) {
    for (const auto& e : rules[k].pattern) {
      if (e.cls.empty())
        for (const auto& w : e.words) by_word[w].push_back(k);
      else
        by_class[e.cls].push_back(k);
      if (!e.optional) break;
    }
  }
};

const RuleSet& rule_set() {
  static const RuleSet set;
  return set;
}

struct Matcher {
  const TimeRule& rule;
  const std::vector<TimeToken>& t;
  const TagOptions& options;
  RuleMatch& best;  // the best match so far, of this rule or of earlier candidates
  bool& found;

  // Tries element `e` at token `i`; `first`/`last` track the extent so far.
  void run(std::size_t e, std::size_t i, std::size_t first, std::size_t last, const TimeValue& v) {
    if (e == rule.pattern.size()) {
      if (last <= first) return;
      if (!found || last > best.last || (last == best.last && first < best.first)) {
        best.first = first;
        best.last = last;
        best.value = v;
        best.rule = &rule;
        found = true;
      }
      return;
    }
    const auto& el = rule.pattern[e];
    if (el.optional) run(e + 1, i, first, last, v);
    if (i >= t.size()) return;
    if (el.cls_id < 0) {  // a literal word: no capture, no copy of the value
      if (t[i].word < 0 || std::find(el.word_ids.begin(), el.word_ids.end(), t[i].word) == el.word_ids.end()) return;
      advance(e, el, i, i + 1, first, last, v);
      return;
    }
    if (!may_start(t[i], el.cls_id)) return;  // before copying the value
    const std::uint64_t bit = el.cls_id < 64 ? std::uint64_t{1} << el.cls_id : 0;
    if (t[i].failed & bit) return;  // another rule already tried this class here
    TimeValue next = v;
    std::size_t end = match_class(el.cls_id, el.field, t, i, options, next);
    if (end == 0) {
      t[i].failed |= bit;
      return;
    }
    advance(e, el, i, end, first, last, next);
  }

  void advance(std::size_t e, const PatternElement& el, std::size_t i, std::size_t end, std::size_t first, std::size_t last,
               const TimeValue& next) {
    if (el.context) {
      // Leading context moves the extent start; trailing context leaves the extent as it is.
      bool leading = last == first;
      run(e + 1, end, leading ? end : first, leading ? end : last, next);
    } else {
      run(e + 1, end, last == first && first == i ? i : first, end, next);
    }
  }
};

}  // namespace

std::vector<PatternElement> parse_pattern(std::string_view pattern) {
  std::vector<PatternElement> out;
  for (auto part : split_spaces(pattern)) {
    PatternElement e;
    if (part.size() > 1 && part.back() == '?') e.optional = true, part.remove_suffix(1);
    if (part.size() > 2 && part.front() == '(' && part.back() == ')') {
      e.context = true;
      part = part.substr(1, part.size() - 2);
    }
    if (part.size() > 2 && part.front() == '<' && part.back() == '>') {
      auto inner = part.substr(1, part.size() - 2);
      auto colon = inner.find(':');
      e.cls = std::string(inner.substr(0, colon));
      if (colon != std::string_view::npos) e.field = std::string(inner.substr(colon + 1));
    } else {
      std::size_t b = 0;
      while (b <= part.size()) {
        auto bar = part.find('|', b);
        auto w = part.substr(b, bar == std::string_view::npos ? std::string_view::npos : bar - b);
        if (w.empty()) throw std::invalid_argument("empty alternative in '" + std::string(part) + "'");
        std::string lw(w);
        for (auto& c : lw) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        e.words.push_back(std::move(lw));
        if (bar == std::string_view::npos) break;
        b = bar + 1;
      }
    }
    out.push_back(std::move(e));
  }
  if (out.empty()) throw std::invalid_argument("empty pattern");
  return out;
}

const std::vector<TimeRule>& time_rules() { return rule_set().rules; }

std::size_t time_rule_word_count() { return rule_set().word_ids.size(); }

std::size_t time_rule_mask_words() { return rule_set().mask_words; }

void possible_rules(const std::vector<TimeToken>& tokens, const SentenceWords& s, std::uint64_t* out) {
  const auto& rs = rule_set();
  const std::size_t words = rs.mask_words;
  std::copy(rs.unkeyed.begin(), rs.unkeyed.end(), out);
  for (std::uint64_t c = s.classes; c != 0; c &= c - 1) {
    const std::uint64_t* row = &rs.keyed_by_class[static_cast<std::size_t>(std::countr_zero(c)) * words];
    for (std::size_t w = 0; w < words; ++w) out[w] |= row[w];
  }
  // ... and that may start at one of its tokens.
  constexpr std::size_t kMaxWords = 16;
  std::uint64_t start[kMaxWords] = {};
  const bool small = words <= kMaxWords;
  for (const auto& t : tokens) {
    if (t.word >= 0)
      if (int key = rs.word_key[static_cast<std::size_t>(t.word)]; key >= 0) {
        const std::uint64_t* row = &rs.keyed_by_word[static_cast<std::size_t>(key) * words];
        for (std::size_t w = 0; w < words; ++w) out[w] |= row[w];
      }
    if (t.rules && small)
      for (std::size_t w = 0; w < words; ++w) start[w] |= t.rules[w];
  }
  // The candidates in full: signature, alternatives, then the exact word groups.
  for (std::size_t w = 0; w < words; ++w)
    for (std::uint64_t bits = out[w] & (small ? start[w] : ~std::uint64_t{0}); bits != 0; bits &= bits - 1) {
      const std::size_t r = w * 64 + static_cast<std::size_t>(std::countr_zero(bits));
      const auto& sig = rs.signatures[r];
      bool missing = ((sig.classes & ~s.classes) | (sig.word_bits & ~s.word_bits)) != 0;
      for (std::size_t g = 0; g < sig.alternative_count; ++g) missing |= (sig.alternatives[g] & s.word_bits) == 0;
      bool ok = !missing;
      for (std::size_t g = 0; ok && g < rs.rules[r].needed_words.size(); ++g) {
        bool any = false;
        for (int word : rs.rules[r].needed_words[g]) any = any || s.has(word);
        ok = any;
      }
      if (!ok) out[w] &= ~(std::uint64_t{1} << (r % 64));
    }
  if (small)
    for (std::size_t w = 0; w < words; ++w) out[w] &= start[w];
}

// Whether element `el` may match at token `t` (its word or class can start there).
inline bool may_match(const PatternElement& el, const TimeToken& t) {
  if (el.cls_id < 0) return t.word >= 0 && std::find(el.word_ids.begin(), el.word_ids.end(), t.word) != el.word_ids.end();
  return may_start(t, el.cls_id);
}

void improve_match(const TimeRule& rule, const std::vector<TimeToken>& tokens, std::size_t i, const TagOptions& options,
                   RuleMatch& best, bool& found) {
  // The candidate list holds every rule that may start at a word like this one; this token must
  // also be able to start one of its leading elements (a number "12" starts no year, "a" no date).
  for (std::size_t e = 0;; ++e) {
    if (e == rule.pattern.size()) return;
    if (may_match(rule.pattern[e], tokens[i])) break;
    if (!rule.pattern[e].optional) return;
  }
  // The first two required elements must be able to start within reach of the elements before
  // them (each at most a few tokens): "the" starts many rules but is rarely followed by a time word.
  for (auto k : rule.required) {
    if (k == 0) continue;  // the candidate list already says the first element may start at i
    std::size_t reach = std::min(tokens.size(), i + 3 * k + 1);
    bool possible = false;
    for (std::size_t j = i + 1; j < reach && !possible; ++j) possible = may_match(rule.pattern[k], tokens[j]);
    if (!possible && !may_match(rule.pattern[k], tokens[i])) return;
  }
  Matcher m{rule, tokens, options, best, found};
  m.run(0, i, i, i, rule.start);
}

void annotate_tokens(std::vector<TimeToken>& tokens) {
  const auto& rs = rule_set();
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    auto& t = tokens[k];
    const RuleSet::WordInfo* info = nullptr;
    if (!t.lower.empty() && t.lower[0] >= '0' && t.lower[0] <= '9') info = &rs.numeric_info;
    else if (apostrophe_word(t.lower) && two_digit_year_after(tokens, k)) info = &rs.apostrophe_year_info.at(std::string(t.lower));
    else if (t.lower.size() <= WordBlock::kSize) info = rs.info_by_block.find(WordBlock::load_padded(t.lower.data(), t.lower.size()), t.lower.size());
    else if (auto it = rs.info_by_word.find(t.lower); it != rs.info_by_word.end()) info = &it->second;
    if (!info) continue;  // a word no rule or lexicon phrase starts with
    t.lexicon = info->lexicon;
    t.classes = info->classes;
    t.rules = info->rules;
    t.word = info->word;
    if (info == &rs.numeric_info) {
      t.classes = digit_token_classes(t.lower);  // "12" starts no year, "2016" no date
      if (ends_year_range(tokens, k)) t.classes |= year_class_bit();  // ... but "45" after "1939-" ends a range of years
      if (auto it = rs.word_ids.find(t.lower); it != rs.word_ids.end()) t.word = it->second;  // numbers rules name literally ("1/2")
    }
  }
}

}  // namespace timeline
