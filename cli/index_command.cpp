#include <cstdio>
#include <fstream>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus_source.hpp"
#include "qalam/saved_index.hpp"

namespace qalam::cli {

int runIndex(const std::vector<std::string>& args) {
  Arguments a(args, {"-o", "--output", "--entities", "--edits", "--field"}, {"--uncompressed"});
  const auto output = a.value("-o") ? a.value("-o") : a.value("--output");
  if (a.ok() && a.positionals().empty()) {
    std::fprintf(stderr, "qalam index: name at least one corpus file\n");
    return 2;
  }
  CorpusSource source{a.positionals(), "", a.values("--entities"), a.value("--edits").value_or(""), {}};
  std::string problem = a.problem();
  if (problem.empty() && !output) problem = "-o FILE is required";
  if (problem.empty()) readFieldOptions(a, source, problem);
  if (!problem.empty()) {
    std::fprintf(stderr,
                 "qalam index: %s\nusage: qalam index CORPUS... -o FILE.qalam [--field FIELD=KEY...] [--entities LIST...] "
                 "[--edits EDITS.json] [--uncompressed]\n",
                 problem.c_str());
    return 2;
  }
  const std::unique_ptr<Corpus> corpus = openCorpus(source, "index");
  if (!corpus) return 1;
  const std::vector<std::uint8_t> bytes = saveCorpus(*corpus, a.has("--uncompressed") ? SaveMode::kFast : SaveMode::kCompact);
  // Written beside the target and renamed, so a failed write leaves no half file.
  const std::string partial = *output + ".partial";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::fprintf(stderr, "qalam index: cannot write %s\n", partial.c_str());
      std::remove(partial.c_str());
      return 1;
    }
  }
  if (std::rename(partial.c_str(), output->c_str()) != 0) {
    std::fprintf(stderr, "qalam index: cannot rename %s to %s\n", partial.c_str(), output->c_str());
    std::remove(partial.c_str());
    return 1;
  }
  std::fprintf(stderr, "qalam index: %u documents, %zu terms, %zu bytes -> %s\n", corpus->size(), corpus->index().termCount(),
               bytes.size(), output->c_str());
  return 0;
}

}  // namespace qalam::cli
