#pragma once
// Publication dates that news sites write into their URLs ("/2016/sep/09/", "/2016/09/09/").
#include <optional>
#include <string_view>

#include "iso_time.hpp"

namespace timeline {

/// The date a URL's path states, or nullopt. Examples (tests/url_date_test.cpp):
///   https://www.theguardian.com/world/2016/sep/09/us-russia-talks -> 2016-09-09
///   https://example.com/news/2016/09/09/story.html                -> 2016-09-09
///   https://example.com/2016-09-09-story                          -> 2016-09-09
///   https://www.rt.com/news/358841-lavrov-kerry/                   -> none
std::optional<PublicationTime> date_from_url(std::string_view url);

}  // namespace timeline
