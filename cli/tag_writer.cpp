#include "tag_writer.hpp"

#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "file_reader.hpp"
#include "json_writer.hpp"
#include "tag_output.hpp"
#include "timeml_writer.hpp"

namespace fs = std::filesystem;

namespace timeline::cli {

namespace {

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

bool write_file(const fs::path& target, const std::string& bytes) {
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);  // an id may hold folders ("business/001.txt")
  std::ofstream f(target, std::ios::binary);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  return static_cast<bool>(f);
}

constexpr auto kReplace = nlohmann::ordered_json::error_handler_t::replace;

}  // namespace

TagWriter::TagWriter(std::ostream& out, std::string format, std::string out_dir, bool strip, const std::string& stdin_bytes)
    : out_(out), format_(std::move(format)), out_dir_(std::move(out_dir)), strip_(strip), stdin_bytes_(stdin_bytes) {}

TagWriter::Rendered TagWriter::render(const Document& doc, std::vector<std::vector<Timex>> per_version) const {
  if (format_ == "jsonl") {
    JsonWriter writer;
    write_tagged_document(writer, doc, per_version);
    return {writer.take(), std::nullopt};
  }
  if (format_ == "json")  // an item of the "documents" array, indented as one dump(2) of the whole output indents it
    return {indented(tagged_document_json(doc, per_version).dump(2, ' ', false, kReplace), "    "), std::nullopt};
  std::vector<Timex> all;
  for (auto& v : per_version) all.insert(all.end(), std::make_move_iterator(v.begin()), std::make_move_iterator(v.end()));
  if (doc.format != Format::timeml) return {write_new_timeml(doc, all).bytes, std::nullopt};
  std::string error;
  auto original = doc.path == "-" ? std::optional<std::string>(stdin_bytes_) : read_file(doc.path, error);
  if (!original) error = "reading it again: " + error;
  TimemlWriteOptions options;
  options.strip_existing = strip_;
  auto tml = original ? write_timeml(doc, *original, all, options, &error) : std::nullopt;
  if (!tml) return {{}, "cannot write TimeML: " + error};
  return {std::move(tml->bytes), std::nullopt};
}

void TagWriter::write(const Document& doc, Rendered&& rendered) {
  if (!doc.dct) spdlog::warn("{}: no publication time, none could be inferred: relative expressions stay unresolved (give --dct)", doc.path);
  if (write_error_) return;
  if (rendered.failed) {
    spdlog::warn("{}: skipped: {}", doc.path, *rendered.failed);
    skipped_.push_back({doc.path, std::move(*rendered.failed)});
    return;
  }
  if (format_ == "jsonl") {
    out_ << rendered.text << "\n";
  } else if (format_ == "json") {
    out_ << (first_json_ ? "{\n  \"documents\": [\n" : ",\n") << rendered.text;
    first_json_ = false;
  } else if (out_dir_.empty()) {
    out_ << rendered.text;
  } else {
    // TimeML inputs keep their file name, so that `eval` pairs them with the gold files.
    std::string name = doc.format == Format::timeml && doc.path != "-" ? doc.id : doc.id + ".tml";
    if (!written_.insert(name).second) {
      spdlog::warn("{}: skipped: another input was already written as {}", doc.path, name);
      skipped_.push_back({doc.path, "another input was already written as " + name});
      return;
    }
    fs::path target = fs::path(out_dir_) / name;
    if (!write_file(target, rendered.text)) {
      write_error_ = target.string();
      return;
    }
  }
  ++tagged_;
}

void TagWriter::finish(const std::vector<Skipped>& skipped) {
  if (format_ != "json") return;
  nlohmann::ordered_json j;
  j["documents"] = nlohmann::ordered_json::array();
  j["skipped"] = nlohmann::ordered_json::array();
  for (const std::vector<Skipped>* list : {&skipped, static_cast<const std::vector<Skipped>*>(&skipped_)})
    for (const auto& s : *list) j["skipped"].push_back({{"path", s.path}, {"reason", s.reason}});
  const std::string whole = j.dump(2, ' ', false, kReplace);
  const std::string_view no_documents = "{\n  \"documents\": []";
  if (first_json_) out_ << whole << "\n";
  else out_ << "\n  ]" << std::string_view(whole).substr(no_documents.size()) << "\n";
}

}  // namespace timeline::cli
