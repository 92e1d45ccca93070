#include "lexicon.hpp"

#include <stdexcept>

namespace timeline_data {
std::optional<std::string_view> embedded_file(std::string_view name);
}

namespace timeline {

std::optional<std::string_view> data_file(std::string_view name) { return timeline_data::embedded_file(name); }

std::vector<DataRow> data_rows(std::string_view text) {
  std::vector<DataRow> rows;
  std::size_t line = 0, start = 0;
  while (start <= text.size()) {
    auto nl = text.find('\n', start);
    std::string_view raw = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    ++line;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (!raw.empty() && raw.front() != '#' && raw.find_first_not_of(" \t") != std::string_view::npos) {
      DataRow row{line, {}};
      std::size_t f = 0;
      while (true) {
        auto tab = raw.find('\t', f);
        row.fields.push_back(raw.substr(f, tab == std::string_view::npos ? std::string_view::npos : tab - f));
        if (tab == std::string_view::npos) break;
        f = tab + 1;
      }
      rows.push_back(std::move(row));
    }
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return rows;
}

std::vector<DataRow> embedded_rows(std::string_view name) {
  auto text = data_file(name);
  if (!text) throw std::runtime_error("data file '" + std::string(name) + "' is not compiled into this build");
  return data_rows(*text);
}

std::unordered_map<std::string, std::string> embedded_pairs(std::string_view name) {
  std::unordered_map<std::string, std::string> out;
  for (const auto& row : embedded_rows(name)) {
    auto at = std::string(name) + " line " + std::to_string(row.line);
    if (row.fields.size() != 2) throw std::runtime_error(at + ": expected 2 fields");
    if (!out.emplace(std::string(row.fields[0]), std::string(row.fields[1])).second)
      throw std::runtime_error(at + ": '" + std::string(row.fields[0]) + "' listed twice");
  }
  return out;
}

}  // namespace timeline
