#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"  // Boost.Graph edge iterators: GCC 12 false positive
#endif
#include "graphviz_export.hpp"

#include <map>
#include <string>
#include <vector>

#include <boost/graph/graphviz.hpp>
#include <boost/graph/subgraph.hpp>
#include <boost/property_map/function_property_map.hpp>

#include "event_graph.hpp"
#include "timeline_report.hpp"

namespace timeline {
namespace {

// Dot strings: Boost escapes quotes only, so a backslash (dot's escape) is replaced.
std::string clean(std::string s) {
  for (auto& c : s)
    if (c == '\\' || c == '\n' || c == '\r') c = c == '\\' ? '/' : ' ';
  return s;
}

std::string node_label(const TimelineEvent& e) { return e.id + "  " + clean(when_text(e)) + "\\n" + clean(e.label); }

std::string tooltip(const Corpus& corpus, const Timeline& t, const TimelineEvent& e) {
  std::string out;
  for (auto mi : e.mentions) {
    const EventMention& m = t.mentions[mi];
    std::string doc = m.document < corpus.documents.size() ? corpus.documents[m.document].id : "?";
    out += (out.empty() ? "" : "\\n") + doc + " v" + std::to_string(m.version) + ": " + clean(std::string(mention_sentence(corpus, m)));
  }
  return out;
}

std::string edge_label(const Relation& r) { return std::string(to_string(r.type)); }
std::string edge_style(const Relation& r) { return r.stated ? "solid" : "dashed"; }
std::string edge_color(const Relation& r) { return r.conflict ? "red" : "black"; }

}  // namespace

void write_graphviz_flat(const Corpus& corpus, const Timeline& t, std::ostream& out) {
  EventGraph g = make_event_graph(t.events.size(), t.relations);
  std::vector<std::string> ids, labels, tips, colors;
  for (const auto& e : t.events) {
    ids.push_back(e.id);
    labels.push_back(node_label(e));
    tips.push_back(tooltip(corpus, t, e));
    colors.push_back(e.conflict ? "red" : "black");
  }
  auto index = boost::get(boost::vertex_index, g);
  using Edge = boost::graph_traits<EventGraph>::edge_descriptor;
  auto rel = [&g](Edge e) -> const Relation& { return g[e]; };
  boost::dynamic_properties dp;
  dp.property("node_id", boost::make_iterator_property_map(ids.begin(), index));
  dp.property("label", boost::make_iterator_property_map(labels.begin(), index));
  dp.property("tooltip", boost::make_iterator_property_map(tips.begin(), index));
  dp.property("color", boost::make_iterator_property_map(colors.begin(), index));
  dp.property("shape", boost::make_constant_property<EventGraph::vertex_descriptor>(std::string("box")));
  dp.property("label", boost::make_function_property_map<Edge, std::string>([rel](Edge e) { return edge_label(rel(e)); }));
  dp.property("style", boost::make_function_property_map<Edge, std::string>([rel](Edge e) { return edge_style(rel(e)); }));
  dp.property("color", boost::make_function_property_map<Edge, std::string>([rel](Edge e) { return edge_color(rel(e)); }));
  dp.property("tooltip", boost::make_function_property_map<Edge, std::string>([rel](Edge e) { return clean(rel(e).evidence); }));
  boost::write_graphviz_dp(out, g, dp, "node_id");
}

void write_graphviz_clustered(const Corpus& corpus, const Timeline& t, std::ostream& out) {
  using Attr = std::map<std::string, std::string>;
  using Base = boost::adjacency_list<
      boost::vecS, boost::vecS, boost::directedS, boost::property<boost::vertex_attribute_t, Attr>,
      boost::property<boost::edge_index_t, int, boost::property<boost::edge_attribute_t, Attr>>,
      boost::property<boost::graph_name_t, std::string,
                      boost::property<boost::graph_graph_attribute_t, Attr,
                                      boost::property<boost::graph_vertex_attribute_t, Attr,
                                                      boost::property<boost::graph_edge_attribute_t, Attr>>>>>;
  using Graph = boost::subgraph<Base>;
  Graph g(t.events.size());
  boost::get_property(g, boost::graph_name) = "timeline";
  boost::get_property(g, boost::graph_graph_attribute)["rankdir"] = "LR";
  boost::get_property(g, boost::graph_vertex_attribute)["shape"] = "box";
  auto vattr = boost::get(boost::vertex_attribute, g);
  for (std::size_t i = 0; i < t.events.size(); ++i) {
    const TimelineEvent& e = t.events[i];
    Attr& a = vattr[boost::vertex(i, g)];
    a["label"] = node_label(e);
    a["tooltip"] = tooltip(corpus, t, e);
    if (e.conflict) a["color"] = "red";
  }
  for (const auto& r : t.relations) {
    auto [edge, added] = boost::add_edge(boost::vertex(r.from, g), boost::vertex(r.to, g), g);
    if (!added) continue;
    Attr& a = boost::get(boost::edge_attribute, g)[edge];
    a["label"] = edge_label(r);
    a["style"] = edge_style(r);
    a["color"] = edge_color(r);
  }
  // One cluster per day, in timeline order; "cluster" names make dot draw a box around them.
  std::map<std::string, Graph*> clusters;
  for (std::size_t i = 0; i < t.events.size(); ++i) {
    const TimelineEvent& e = t.events[i];
    // The day the event is ordered by: earliest start, else latest end, else latest start.
    std::optional<Minutes> at = e.earliest ? e.earliest : e.latest ? e.latest : e.start_by;
    if (!at) continue;
    std::string day = local_day(e, *at);
    Graph*& c = clusters[day];
    if (c == nullptr) {
      c = &g.create_subgraph();
      std::string name = "cluster_" + day;
      for (auto& ch : name)
        if (ch == '-') ch = '_';
      boost::get_property(*c, boost::graph_name) = name;
      boost::get_property(*c, boost::graph_graph_attribute)["label"] = day;
    }
    boost::add_vertex(boost::vertex(i, g), *c);
  }
  boost::write_graphviz(out, g);
}

}  // namespace timeline
