#include "pipeline.hpp"

#include "dct_inference.hpp"
#include "entities.hpp"
#include "events.hpp"
#include "time_resolver.hpp"

namespace timeline {

Analysis analyze(Corpus corpus, const TagOptions& options, const BuildOptions& build) {
  Analysis a;
  infer_publication_dates(corpus, options);
  EntityRegistry registry;
  std::vector<EventMention> mentions;
  a.timexes.resize(corpus.documents.size());
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    const Document& doc = corpus.documents[d];
    for (const auto& version : doc.versions) {
      a.timexes[d].push_back(tag_times(doc, version, options));
      auto found = find_events(doc, d, version, a.timexes[d].back(), registry);
      mentions.insert(mentions.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
  }
  registry.relabel(mentions);  // participant names as they are after every alias merge
  a.entities = registry.entities();
  a.timeline = build_timeline(corpus, std::move(mentions), a.entities, {}, build);
  a.corpus = std::move(corpus);
  return a;
}

Analysis analyze(const std::vector<std::string>& paths, const PipelineOptions& options) {
  return analyze(load_corpus(paths, options.load), options.tag, options.build);
}

}  // namespace timeline
