#include "corpus_loader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include "file_reader.hpp"
#include "manifest.hpp"
#include "source_zone.hpp"
#include "parallel.hpp"
#include "plain_reader.hpp"
#include "timeml_reader.hpp"
#include "version_page_reader.hpp"

namespace fs = std::filesystem;

namespace timeline {
namespace {

struct Input {
  std::string path;
  const Manifest* manifest = nullptr;  // the nearest folder manifest, if any
  std::string manifest_key;            // path relative to the manifest's folder
};

struct Walker {
  const LoadOptions& options;
  std::vector<Input> inputs;
  std::vector<Skipped> skipped;
  std::vector<std::unique_ptr<Manifest>> manifests;
  std::set<std::pair<dev_t, ino_t>> visited;

  void skip(std::string path, std::string reason, bool expected = false) {
    // Annotations and documentation beside reports are expected: listed, but not warned about.
    if (expected) spdlog::info("{}: skipped: {}", path, reason);
    else spdlog::warn("{}: skipped: {}", path, reason);
    skipped.push_back({std::move(path), std::move(reason)});
  }

  std::optional<std::string> annotation_reason(const fs::path& p) {
    auto name = p.filename().string();
    auto ext = p.extension().string();
    if (name.starts_with(".")) return "hidden file, not a report";
    if (ext == ".json" || ext == ".jsonl") return "JSON data (manifest, gold or records), not a report";
    if (ext == ".md" || ext == ".markdown") return "Markdown documentation, not a report";
    return std::nullopt;
  }

  void walk_dir(const fs::path& dir, const Manifest* manifest, fs::path manifest_dir, int depth) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) return skip(dir.string(), std::string("cannot read folder: ") + std::strerror(errno));
    if (!visited.insert({st.st_dev, st.st_ino}).second)
      return skip(dir.string(), "folder already visited (symlink loop or duplicate path)");
    if (depth > 64) return skip(dir.string(), "folders nested more than 64 deep");
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) return skip(dir.string(), "cannot read folder: " + ec.message());
    std::vector<fs::directory_entry> entries;
    for (; it != end; it.increment(ec)) {
      if (ec) {
        skip(dir.string(), "cannot list folder: " + ec.message());
        break;
      }
      entries.push_back(*it);
    }
    // Byte order of the names: fs::path's component-wise operator< dominated 100,000-file folders.
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path().native() < b.path().native(); });
    fs::path mpath = dir / "manifest.json";
    if (fs::is_regular_file(mpath, ec)) {
      if (auto m = load_manifest(mpath.string())) manifest = m, manifest_dir = dir;
    }
    for (const auto& e : entries) {
      const fs::path& p = e.path();
      // The entry's type comes from the folder listing: no stat() unless it is a symbolic link.
      bool is_dir = e.is_directory(ec);
      if (is_dir) {
        if (p.filename() == "gold") skip(p.string(), "gold annotations folder, not reports", true);
        else if (p.filename().string().starts_with(".")) skip(p.string(), "hidden folder, not reports", true);
        else walk_dir(p, manifest, manifest_dir, depth + 1);
        continue;
      }
      if (p.filename() == "manifest.json") continue;  // applied above
      if (auto why = annotation_reason(p)) {
        skip(p.string(), *why, true);
        continue;
      }
      if (e.is_regular_file(ec) && !e.is_symlink(ec)) add_input(p, manifest, manifest_dir);
      else add_file(p, manifest, manifest_dir);
    }
  }

  void add_file(const fs::path& p, const Manifest* manifest, const fs::path& manifest_dir) {
    std::error_code ec;
    auto status = fs::status(p, ec);
    if (ec) {
      auto link = fs::symlink_status(p, ec);
      return skip(p.string(), fs::is_symlink(link) ? "broken or looping symbolic link" : "cannot read: no such file");
    }
    if (!fs::is_regular_file(status)) return skip(p.string(), "not a regular file");
    add_input(p, manifest, manifest_dir);
  }

  void add_input(const fs::path& p, const Manifest* manifest, const fs::path& manifest_dir) {
    std::error_code ec;
    Input in{p.string(), manifest, {}};
    if (manifest) in.manifest_key = fs::relative(p, manifest_dir, ec).generic_string();
    inputs.push_back(std::move(in));
  }

  const Manifest* load_manifest(const std::string& path) {
    std::string error;
    auto text = read_file(path, error);
    if (!text) {  // else a missing --manifest would read as empty and be reported as invalid JSON
      skip(path, "manifest not applied: " + error);
      return nullptr;
    }
    auto m = parse_manifest(*text, path, &error);
    if (!m) {
      skip(path, "manifest not applied: " + error);
      return nullptr;
    }
    manifests.push_back(std::make_unique<Manifest>(std::move(*m)));
    return manifests.back().get();
  }
};

const ManifestEntry* find_entry(const Manifest& m, const Input& in) {
  auto it = m.entries.find(in.manifest_key);
  if (it == m.entries.end()) it = m.entries.find(fs::path(in.path).filename().string());
  return it == m.entries.end() ? nullptr : &it->second;
}

void apply_metadata(Document& doc, const ManifestEntry* entry, const LoadOptions& options) {
  if (entry) {
    if (!entry->source.empty()) doc.source = entry->source;
    if (!entry->url.empty()) {
      doc.url = entry->url;
    }
    if (entry->published) doc.dct = entry->published, doc.dct_source = DctSource::manifest;
  }
  if (options.dct) doc.dct = options.dct, doc.dct_source = DctSource::cli;
}

// Reads files' bytes into documents: TimeML, plain reports, and version pages last (the other
// reports' text tells where their run-together columns split). Returns (input number, document).
// Each file is read on its own, on `threads` threads; results and skips keep input order.
std::vector<std::pair<std::size_t, Document>> read_documents(std::vector<std::pair<std::string, std::string>> files,
                                                             std::vector<Skipped>& skipped, std::size_t threads) {
  std::vector<std::size_t> version_pages, others;
  std::vector<char> is_page(files.size(), 0);  // a scan of each file's bytes: on all threads too
  parallel_for(files.size(), threads, [&](std::size_t i) {
    is_page[i] = looks_like_version_page(files[i].second) && !looks_like_timeml(files[i].second);
  });
  for (std::size_t i = 0; i < files.size(); ++i) (is_page[i] ? version_pages : others).push_back(i);
  std::vector<std::optional<Document>> read(files.size());
  std::vector<std::string> errors(files.size());
  parallel_for(others.size(), threads, [&](std::size_t k) {
    std::size_t i = others[k];
    auto& [path, bytes] = files[i];
    std::string id = fs::path(path).filename().string();
    if (looks_like_timeml(bytes)) read[i] = read_timeml(id, path, std::move(bytes), &errors[i]);
    else read[i] = read_plain(id, path, std::move(bytes));
  });
  std::vector<std::pair<std::size_t, Document>> docs;
  for (std::size_t i : others) {
    if (read[i]) docs.emplace_back(i, std::move(*read[i]));
    else skipped.push_back({files[i].first, errors[i]}), spdlog::warn("{}: skipped: {}", files[i].first, errors[i]);
  }
  if (version_pages.empty()) return docs;
  KnownText known;  // folding every paragraph costs; only version pages need it
  for (const auto& entry : docs) known.add(entry.second);
  parallel_for(version_pages.size(), threads, [&](std::size_t k) {
    std::size_t i = version_pages[k];
    auto& [path, bytes] = files[i];
    read[i] = read_version_page(fs::path(path).filename().string(), path, std::move(bytes), known);
  });
  for (std::size_t i : version_pages) docs.emplace_back(i, std::move(*read[i]));
  return docs;
}

// The ids of the files at `paths`: each its file name, or as many of its last path components
// as make it unique among them.
std::vector<std::string> unique_ids(const std::vector<std::string>& paths) {
  // The path's folder names, normalized like lexically_normal ("a/./b", "a//b", "a/x/../b"),
  // split by hand: std::filesystem's path iteration cost more than the rest of loading.
  auto components = [](std::string_view path) {
    std::vector<std::string> names;
    std::size_t b = 0;
    while (b <= path.size()) {
      std::size_t e = path.find('/', b);
      if (e == std::string_view::npos) e = path.size();
      std::string_view part = path.substr(b, e - b);
      if (part == "..") {
        if (!names.empty() && names.back() != "..") names.pop_back();
        else names.emplace_back(part);
      } else if (!part.empty() && part != ".") {
        names.emplace_back(part);
      }
      b = e + 1;
    }
    return names;
  };
  auto suffix = [&](const std::string& path, std::size_t parts) {
    std::vector<std::string> names = components(path);
    std::size_t from = names.size() > parts ? names.size() - parts : 0;
    std::string id;
    for (std::size_t k = from; k < names.size(); ++k) id += (id.empty() ? "" : "/") + names[k];
    return id;
  };
  std::vector<std::string> ids;
  ids.reserve(paths.size());
  for (const auto& p : paths) ids.push_back(fs::path(p).filename().string());
  std::map<std::string, std::vector<std::size_t>> by_id;
  for (std::size_t d = 0; d < paths.size(); ++d) by_id[ids[d]].push_back(d);
  for (const auto& [id, docs] : by_id) {
    if (docs.size() < 2) continue;
    for (std::size_t parts = 2; parts < 64; ++parts) {
      std::set<std::string> seen;
      bool unique = true;
      for (std::size_t d : docs) unique &= seen.insert(suffix(paths[d], parts)).second;
      if (!unique) continue;
      for (std::size_t d : docs) ids[d] = suffix(paths[d], parts);
      break;
    }
  }
  return ids;
}

// A document's id is its file name; reports of one name in different folders ("bbc/001.txt",
// "reuters/001.txt") get as many of their parent folders as make them unique, so that every
// mention, record and output file names its report without ambiguity.
void assign_unique_ids(Corpus& corpus) {
  std::vector<std::string> paths;
  for (const auto& d : corpus.documents) paths.push_back(d.path);
  std::vector<std::string> ids = unique_ids(paths);
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) corpus.documents[d].id = std::move(ids[d]);
}

void sort_corpus(Corpus& corpus) {
  std::sort(corpus.documents.begin(), corpus.documents.end(), [](const Document& a, const Document& b) { return a.path < b.path; });
  std::stable_sort(corpus.skipped.begin(), corpus.skipped.end(), [](const Skipped& a, const Skipped& b) { return a.path < b.path; });
  assign_unique_ids(corpus);
}

}  // namespace

namespace {

// Reads `mine` (inputs of one walk) into documents, with their manifests and the options applied,
// in input order (not sorted, ids not made unique); what cannot be read goes to `skipped`.
std::vector<Document> read_inputs(const std::vector<const Input*>& mine, const LoadOptions& options, const Manifest* cli_manifest,
                                  std::vector<Skipped>& skipped) {
  std::vector<std::optional<std::string>> contents(mine.size());
  std::vector<std::string> whys(mine.size());
  parallel_for(mine.size(), thread_count(options.threads), [&](std::size_t k) {
    auto bytes = read_file(mine[k]->path, options.limits.max_file_bytes, whys[k]);
    if (bytes)
      if (auto reason = reject_reason(*bytes, options.limits)) whys[k] = *reason, bytes.reset();
    contents[k] = std::move(bytes);
  });
  std::vector<const Input*> inputs;
  std::vector<std::pair<std::string, std::string>> files;
  for (std::size_t k = 0; k < mine.size(); ++k) {
    const Input& in = *mine[k];
    if (!contents[k]) {
      spdlog::warn("{}: skipped: {}", in.path, whys[k]);
      skipped.push_back({in.path, whys[k]});
      continue;
    }
    inputs.push_back(&in);
    files.emplace_back(in.path, std::move(*contents[k]));
  }
  std::vector<Document> docs;
  for (auto& [i, doc] : read_documents(std::move(files), skipped, thread_count(options.threads))) {
    const Input* in = inputs[i];
    const ManifestEntry* entry = nullptr;
    if (in->manifest) entry = find_entry(*in->manifest, *in);
    if (!entry && cli_manifest) {
      Input probe = *in;
      probe.manifest_key = in->path;
      entry = find_entry(*cli_manifest, probe);
    }
    apply_metadata(doc, entry, options);
    apply_source_zone(doc);
    for (const auto& n : doc.notices) spdlog::info("{}:{}: {}", doc.path, n.line, n.message);
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace

Corpus load_corpus(const std::vector<std::string>& paths, const LoadOptions& options) {
  Walker walker{options, {}, {}, {}, {}};
  for (const auto& m : options.manifests) walker.load_manifest(m);
  const Manifest* cli_manifest = walker.manifests.empty() ? nullptr : walker.manifests.front().get();
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) walker.walk_dir(path, nullptr, {}, 0);
    else walker.add_file(path, nullptr, {});
  }

  Corpus corpus;
  const std::size_t shards = std::max<std::size_t>(1, options.shards);
  // The walk's own findings (folders, annotations, manifests) belong to the first shard only.
  if (options.shard == 0) corpus.skipped = std::move(walker.skipped);
  // This shard's files, read (and checked) on all threads; kept or skipped in input order.
  std::vector<const Input*> mine;
  for (std::size_t k = 0; k < walker.inputs.size(); ++k)
    if (k % shards == options.shard) mine.push_back(&walker.inputs[k]);
  corpus.documents = read_inputs(mine, options, cli_manifest, corpus.skipped);
  sort_corpus(corpus);
  return corpus;
}

struct CorpusWalk::Impl {
  LoadOptions options;
  Walker walker{options, {}, {}, {}, {}};
  const Manifest* cli_manifest = nullptr;
  std::unordered_map<std::string, std::string> ids;  // path -> id over the whole walk
};

CorpusWalk::CorpusWalk(const std::vector<std::string>& paths, const LoadOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  Walker& walker = impl_->walker;
  for (const auto& m : options.manifests) walker.load_manifest(m);
  impl_->cli_manifest = walker.manifests.empty() ? nullptr : walker.manifests.front().get();
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) walker.walk_dir(path, nullptr, {}, 0);
    else walker.add_file(path, nullptr, {});
  }
  std::vector<std::string> all;
  for (const auto& in : walker.inputs) all.push_back(in.path);
  std::vector<std::string> ids = unique_ids(all);
  for (std::size_t k = 0; k < all.size(); ++k) impl_->ids.emplace(all[k], std::move(ids[k]));
}

CorpusWalk::~CorpusWalk() = default;

std::size_t CorpusWalk::size() const { return impl_->walker.inputs.size(); }

const std::string& CorpusWalk::path(std::size_t input) const { return impl_->walker.inputs.at(input).path; }

const std::vector<Skipped>& CorpusWalk::skipped() const { return impl_->walker.skipped; }

Corpus CorpusWalk::read(const std::vector<std::size_t>& inputs, std::size_t threads) const {
  std::vector<const Input*> mine;
  for (std::size_t k : inputs) mine.push_back(&impl_->walker.inputs.at(k));
  LoadOptions options = impl_->options;
  options.threads = threads;
  Corpus corpus;
  corpus.documents = read_inputs(mine, options, impl_->cli_manifest, corpus.skipped);
  std::sort(corpus.documents.begin(), corpus.documents.end(), [](const Document& a, const Document& b) { return a.path < b.path; });
  std::stable_sort(corpus.skipped.begin(), corpus.skipped.end(), [](const Skipped& a, const Skipped& b) { return a.path < b.path; });
  for (auto& d : corpus.documents)
    if (auto it = impl_->ids.find(d.path); it != impl_->ids.end()) d.id = it->second;
  return corpus;
}

Corpus read_stored(std::vector<StoredReport> reports, std::vector<Skipped> skipped) {
  Corpus corpus;
  corpus.skipped = std::move(skipped);
  std::vector<std::pair<std::string, std::string>> files;
  for (auto& r : reports) files.emplace_back(r.path, std::move(r.bytes));
  for (auto& [i, doc] : read_documents(std::move(files), corpus.skipped, 1)) {
    const StoredReport& r = reports[i];
    doc.source = r.source;
    doc.url = r.url;
    doc.dct = r.dct;
    doc.dct_source = r.dct_source;
    apply_source_zone(doc);
    corpus.documents.push_back(std::move(doc));
  }
  sort_corpus(corpus);
  return corpus;
}

}  // namespace timeline
