// Aliases and small adapters shared by the binding files. No search logic here.
#pragma once

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "qalam/error.hpp"

namespace qalam {
class Corpus;
}

namespace qalam::wasm {

using emscripten::val;

// Adds the entity functions (bindings_entities.cpp) to the Corpus class.
void bindCorpusEntities(emscripten::class_<Corpus>& corpus);

// `{code, message}` (and `position` when given) as a plain JS object.
inline val errorValue(const Error& error, int position = -1) {
  val out = val::object();
  out.set("code", std::string(errorCodeName(error.code)));
  out.set("message", error.message);
  if (position >= 0) out.set("position", position);
  return out;
}

}  // namespace qalam::wasm
