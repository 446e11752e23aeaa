// qalam-train-tagger: trains the name tagger on the labelled corpora and
// writes name-tagger.bin. Run by the build (cmake/QalamTagger.cmake); the
// wasm build runs it as wasm under Node. Features are read with the
// gazetteer's places in the lexicon, as the app reads them.
//
//   qalam-train-tagger --shared DIR --gazetteer FILE --out FILE [--icu-data FILE]
#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>

#include "qalam/gazetteer.hpp"
#include "qalam/icu_data.hpp"
#include "qalam/name_tagger_trainer.hpp"
#include "tagger_training_sets.hpp"

namespace {

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int fail(const std::string& message) {
  std::fprintf(stderr, "qalam-train-tagger: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char* argv[]) {
  std::map<std::string, std::string> args;
  for (int i = 1; i + 1 < argc; i += 2) args[argv[i]] = argv[i + 1];
  if (argc % 2 == 0 || !args.count("--shared") || !args.count("--gazetteer") || !args.count("--out")) {
    return fail("usage: qalam-train-tagger --shared DIR --gazetteer FILE --out FILE [--icu-data FILE]");
  }
  try {
    const auto started = std::chrono::steady_clock::now();
    std::string icuData;  // must outlive every ICU call
    if (args.count("--icu-data")) {
      icuData = readFile(args["--icu-data"]);
      if (const qalam::Error error = qalam::useIcuCommonData(reinterpret_cast<const std::uint8_t*>(icuData.data()), icuData.size())) return fail(error.message);
    }
    const qalam::Analyzer analyzer;
    const qalam::NameKeyer keyer;
    qalam::EntityLexicon lexicon(analyzer);
    const qalam::GazetteerLoad gazetteer = qalam::readGazetteer(readFile(args["--gazetteer"]));
    if (gazetteer.error) return fail(args["--gazetteer"] + ": " + gazetteer.error.message);
    for (const qalam::LexiconEntity& e : gazetteer.entities) lexicon.add(e);
    const qalam::NameRecognizer recognizer(analyzer, lexicon, keyer);
    qalam::NameTaggerTrainer trainer(lexicon, recognizer);
    for (const qalam::eval::LabelledSet& set : qalam::eval::readTrainingSets(args["--shared"])) {
      for (const qalam::TaggedText& t : qalam::eval::taggedTexts(set)) trainer.add(t);
    }
    const qalam::NameTaggerModel model = trainer.train(qalam::NameTaggerTrainingOptions{});
    const std::string bytes = qalam::writeNameTaggerModel(model);
    {
      std::ofstream out(args["--out"] + ".tmp", std::ios::binary);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      if (!out) return fail("cannot write " + args["--out"] + ".tmp");
    }
    if (std::rename((args["--out"] + ".tmp").c_str(), args["--out"].c_str()) != 0) {
      return fail("cannot rename to " + args["--out"]);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("qalam-train-tagger: %zu texts, %zu features, %zu weights, %zu bytes, %.1f s\n", trainer.size(),
                model.keys().size(), model.weightCount(), bytes.size(), seconds);
  } catch (const std::exception& e) {
    return fail(e.what());
  }
  return 0;
}
