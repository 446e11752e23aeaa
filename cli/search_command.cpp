#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands.hpp"
#include "qalam/corpus.hpp"

namespace qalam::cli {
namespace {

struct SearchArgs {
  std::string corpus;
  std::string query;
  std::uint32_t limit = 10;
};

bool parseArgs(const std::vector<std::string>& args, SearchArgs& out, std::string& problem) {
  bool haveQuery = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> const std::string* {
      if (i + 1 >= args.size()) {
        problem = a + " needs a value";
        return nullptr;
      }
      return &args[++i];
    };
    if (a == "--corpus") {
      const std::string* v = value();
      if (!v) return false;
      out.corpus = *v;
    } else if (a == "--limit") {
      const std::string* v = value();
      if (!v) return false;
      try {
        const unsigned long n = std::stoul(*v);
        if (n == 0 || n > 100000) throw std::out_of_range("limit");
        out.limit = static_cast<std::uint32_t>(n);
      } catch (const std::exception&) {
        problem = "--limit takes a whole number from 1 to 100000";
        return false;
      }
    } else if (!haveQuery) {
      out.query = a;
      haveQuery = true;
    } else {
      problem = "unexpected argument '" + a + "'";
      return false;
    }
  }
  if (out.corpus.empty()) problem = "--corpus FILE is required";
  else if (!haveQuery) problem = "a QUERY is required";
  return problem.empty();
}

}  // namespace

int runSearch(const std::vector<std::string>& args) {
  SearchArgs parsed;
  std::string problem;
  if (!parseArgs(args, parsed, problem)) {
    std::fprintf(stderr, "qalam search: %s\nusage: qalam search --corpus FILE.jsonl [--limit N] QUERY\n", problem.c_str());
    return 2;
  }
  std::ifstream in(parsed.corpus, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "qalam search: cannot open %s\n", parsed.corpus.c_str());
    return 1;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();

  Corpus corpus;
  const ImportReport report = corpus.addJsonLines(parsed.corpus, bytes.str());
  for (const ImportIssue& issue : report.issues) {
    std::fprintf(stderr, "%s:%u: %s (%s)\n", issue.file.c_str(), issue.line, issue.message.c_str(),
                 issue.skipped ? "skipped" : "kept");
  }

  const SearchResults results = corpus.search(parsed.query, {parsed.limit, true});
  if (results.error) {
    std::fprintf(stderr, "qalam search: %s at character %u of the query\n", results.error.message.c_str(),
                 results.errorPosition + 1);
    return 1;
  }
  nlohmann::ordered_json hits = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < results.docs.size(); ++i) {
    const Document& doc = corpus.document(results.docs[i]);
    hits.push_back(nlohmann::ordered_json{{"id", doc.id},
                    {"title", doc.title},
                    {"lang", doc.lang},
                    {"date", doc.date},
                    {"source", doc.source},
                    {"score", results.scores[i]},
                    {"snippet", results.snippets[i].text},
                    {"highlights", results.snippets[i].highlights}});
  }
  const nlohmann::ordered_json out = {{"query", parsed.query}, {"total", results.total}, {"hits", hits}};
  std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  return 0;
}

}  // namespace qalam::cli
