// A news article as the explorer sees it.
#pragma once

#include <string>

namespace qalam {

struct Document {
  std::string id;
  std::string title;
  std::string text;
  std::string lang;    // as given by the corpus; detected later when empty
  std::string date;    // ISO 8601 date or empty
  std::string source;
};

}  // namespace qalam
