// Place names that are also everyday Persian words, and the contexts where
// they are the everyday word: دوشنبه is Dushanbe and Monday ("روز دوشنبه",
// "دوشنبه ۲۶ مهر", "دوشنبه گذشته"); آستانه is Astana and a threshold ("در
// آستانه سفر", on the eve of the trip). Private to core/entities.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "name_scan.hpp"
#include "qalam/analyzer.hpp"

namespace qalam::name_rules {

class CommonReadings {
 public:
  explicit CommonReadings(const Analyzer& analyzer);
  // True when the one-word name at word `i` reads as the everyday word here.
  bool everydayWord(const ScannedText& s, std::size_t i) const;

 private:
  struct Reading {
    std::string word;                      // the name, normalized
    std::unordered_set<std::string> before;  // words before it that make it the everyday word
    std::unordered_set<std::string> after;   // words after it that do
    bool digitAfter = false;               // a number right after it does ("دوشنبه ۲۶ مهر")
    // The idiom "در آستانه X": after these words, followed by a word that is
    // not one of `placeAfter` in the same clause.
    std::unordered_set<std::string> idiomBefore;
    std::unordered_set<std::string> placeAfter;
  };
  std::vector<Reading> readings_;
};

}  // namespace qalam::name_rules
