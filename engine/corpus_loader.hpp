#pragma once
// Stage 1 of the pipeline: from paths given by the user to documents. Walks folders, detects each
// file's format from its content, reads it, and applies publication times (command line, manifest,
// the report's own header, its URL). Every input is either a document or a skipped entry with a reason.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "document.hpp"
#include "text_check.hpp"

namespace timeline {

/// An input that did not become a document, and why.
struct Skipped {
  std::string path;
  std::string reason;
};

/// What the user asked for.
struct LoadOptions {
  std::optional<PublicationTime> dct;   ///< --dct: the publication time of every document
  std::vector<std::string> manifests;   ///< --manifest files, besides each folder's manifest.json
  TextLimits limits;
  /// Shard `shard` of `shards` (timeline extract --shard): only every shards-th input of the walk,
  /// starting at number `shard`, is read; what the walk itself skips is listed by shard 0 only.
  /// The shards of one set of paths together hold exactly the documents of the whole.
  std::size_t shard = 0, shards = 1;
  /// Threads reading the files' text (0: every core); the corpus is the same for any number.
  std::size_t threads = 1;
};

/// Documents in path order, and the inputs that were skipped.
struct Corpus {
  std::vector<Document> documents;
  std::vector<Skipped> skipped;
};

/// Reads files and folders (recursively, in sorted order; symlink loops are detected and skipped).
/// A document's id is its file name, with as many parent folders as make it unique in the corpus.
/// In folders, `manifest.json` is applied to the files below it; other JSON, Markdown, hidden files
/// and `gold/` folders are annotations, not reports, and are listed as skipped with that reason.
Corpus load_corpus(const std::vector<std::string>& paths, const LoadOptions& options);

/// A walk of the inputs of `paths` (folders, manifests, what is skipped) without reading the files,
/// so that they can be read a part at a time (`timeline build --by-story`: a batch of reports, then
/// a story's). Documents read from it have the ids load_corpus() gives them: unique over the
/// whole walk (a file that then cannot be read still counts among the names).
class CorpusWalk {
 public:
  CorpusWalk(const std::vector<std::string>& paths, const LoadOptions& options);
  ~CorpusWalk();
  CorpusWalk(const CorpusWalk&) = delete;
  CorpusWalk& operator=(const CorpusWalk&) = delete;
  /// The files found, in walk order.
  std::size_t size() const;
  const std::string& path(std::size_t input) const;
  /// What the walk itself skipped (folders, annotations, manifests).
  const std::vector<Skipped>& skipped() const;
  /// The documents of the given inputs, sorted by path, read on `threads` threads; the inputs that
  /// cannot be read are in the corpus's `skipped`. Version pages are read against the text of the
  /// other reports read with them.
  Corpus read(const std::vector<std::size_t>& inputs, std::size_t threads = 1) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// A file as it was read (an extraction record keeps it), with the metadata the loader had given its
/// document before publication dates were inferred (manifest, --dct, header, URL).
struct StoredReport {
  std::string path;
  std::string bytes;
  std::string source, url;
  std::optional<PublicationTime> dct;
  DctSource dct_source = DctSource::none;
};

/// The corpus of stored files, read exactly as load_corpus() reads files (version pages with the
/// text of all the others), with their stored metadata; documents sorted by path, as are `skipped`.
Corpus read_stored(std::vector<StoredReport> reports, std::vector<Skipped> skipped);

}  // namespace timeline
