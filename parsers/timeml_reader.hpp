#pragma once
// Reads annotated TimeML (TempEval-3 style): the DCT from <DCT><TIMEX3 value=...>, the text inside
// <TEXT> with its inline TIMEX3/EVENT/SIGNAL tags removed (kept as annotations), and a byte map from
// the text back to the file so that output can be written into the original file exactly.
#include <optional>
#include <string>
#include <string_view>

#include "document.hpp"

namespace timeline {

/// True when `bytes` look like TimeML (a <TimeML> root element near the start).
bool looks_like_timeml(std::string_view bytes);

/// Reads TimeML; nullopt and `error` ("line 12: <TIMEX3> is never closed") when malformed.
std::optional<Document> read_timeml(std::string id, std::string path, std::string bytes, std::string* error);

}  // namespace timeline
