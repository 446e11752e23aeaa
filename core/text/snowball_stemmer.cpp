#include "snowball_stemmer.hpp"

#include <memory>

extern "C" {
#include "src_c/stem_UTF_8_english.h"
#include "src_c/stem_UTF_8_russian.h"
#include "runtime/api.h"
}

namespace qalam::text {
namespace {

// A Snowball environment holds the word being stemmed: one per thread and
// language, created on first use.
struct SnowballEnv {
  SN_env* (*create)();
  void (*close)(SN_env*);
  int (*stem)(SN_env*);
  SN_env* env = nullptr;

  SnowballEnv(SN_env* (*c)(), void (*d)(SN_env*), int (*s)(SN_env*)) : create(c), close(d), stem(s), env(c()) {}
  ~SnowballEnv() { close(env); }
  SnowballEnv(const SnowballEnv&) = delete;
  SnowballEnv& operator=(const SnowballEnv&) = delete;
};

std::string run(SnowballEnv& s, std::string_view word) {
  if (s.env == nullptr) return std::string(word);
  SN_set_current(s.env, static_cast<int>(word.size()), reinterpret_cast<const symbol*>(word.data()));
  s.stem(s.env);
  return std::string(reinterpret_cast<const char*>(s.env->p), static_cast<std::size_t>(s.env->l));
}

}  // namespace

std::string snowballStem(std::string_view word, Language language) {
  switch (language) {
    case Language::kRussian: {
      thread_local SnowballEnv russian(russian_UTF_8_create_env, russian_UTF_8_close_env, russian_UTF_8_stem);
      return run(russian, word);
    }
    case Language::kEnglish: {
      thread_local SnowballEnv english(english_UTF_8_create_env, english_UTF_8_close_env, english_UTF_8_stem);
      return run(english, word);
    }
    default: return std::string(word);
  }
}

}  // namespace qalam::text
