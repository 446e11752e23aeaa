#include "qalam/gazetteer.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <iostream>

#include "../../../core/index/byte_io.hpp"
#include "test_support.hpp"

namespace {

using qalam::Language;

const std::string& gazetteerBytes() {
  static const std::string bytes = qalam::test::readFile(QALAM_TEST_GAZETTEER);
  return bytes;
}

const qalam::Analyzer& analyzer() {
  static const qalam::Analyzer a;
  return a;
}

// The generated gazetteer in a lexicon, built once; how long reading and
// adding took is printed, not asserted.
const qalam::EntityLexicon& lexicon() {
  static const qalam::EntityLexicon built = [] {
    const std::string& bytes = gazetteerBytes();
    const auto start = std::chrono::steady_clock::now();
    qalam::GazetteerLoad load = qalam::readGazetteer(bytes);
    const auto read = std::chrono::steady_clock::now();
    qalam::EntityLexicon l(analyzer());
    for (qalam::LexiconEntity& e : load.entities) l.add(std::move(e));
    const auto added = std::chrono::steady_clock::now();
    const auto ms = [](auto d) { return std::chrono::duration_cast<std::chrono::milliseconds>(d).count(); };
    std::cout << "gazetteer: " << gazetteerBytes().size() << " bytes, " << l.size() << " entities, " << l.aliasCount()
              << " aliases; read " << ms(read - start) << " ms, added to the lexicon " << ms(added - read) << " ms\n";
    return l;
  }();
  return built;
}

// The first match in `text`: "matched text:id[,id...]", ids best first.
std::string firstMatch(std::string_view text, Language language) {
  const std::vector<qalam::WordSpan> words = lexicon().words(text, language);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto match = lexicon().longestMatch(words, i);
    if (!match) continue;
    std::string out(text.substr(words[i].begin, words[i + match->words - 1].end - words[i].begin));
    out += ':';
    for (std::size_t k = 0; k < match->entities.size(); ++k)
      out += (k ? "," : "") + lexicon().entity(match->entities[k]).id;
    return out;
  }
  return "";
}

std::string renderEntity(const qalam::LexiconEntity& e) {
  return e.id + " " + std::string(qalam::entityTypeCode(e.type)) + " " + e.name;
}

std::string renderError(const qalam::GazetteerLoad& load) {
  if (!load.error) return "ok " + std::to_string(load.entities.size());
  return std::string(qalam::errorCodeName(load.error.code)) + ": " + load.error.message;
}

// A gazetteer file around a payload, with a correct checksum, so that the
// reader's checks of the payload itself are reached.
std::string fileWith(const std::vector<std::uint8_t>& payload, std::uint32_t format = qalam::kGazetteerFormat) {
  qalam::index::ByteWriter header;
  header.u32(format);
  header.u32(static_cast<std::uint32_t>(payload.size()));
  header.u32(qalam::index::crc32(payload.data(), payload.size()));
  std::string out = "QALAMGAZ";
  out.append(header.bytes().begin(), header.bytes().end());
  out.append(payload.begin(), payload.end());
  return out;
}

// A payload from a string table and entities given as string indices:
// {id, type, name, text, language, text, language, ...}.
std::vector<std::uint8_t> payloadOf(const std::vector<std::string>& strings,
                                    const std::vector<std::vector<std::uint64_t>>& entities) {
  qalam::index::ByteWriter w;
  w.varint(strings.size());
  for (const std::string& s : strings) w.string(s);
  w.varint(entities.size());
  for (const auto& e : entities) {
    for (std::size_t i = 0; i < 3; ++i) w.varint(e[i]);
    w.varint((e.size() - 3) / 2);
    for (std::size_t i = 3; i < e.size(); ++i) w.varint(e[i]);
  }
  return w.bytes();
}

}  // namespace

TEST_CASE("the generated gazetteer names places in all six languages") {
  struct Row {
    const char* text;
    Language language;
    const char* expected;
  };
  // Names as the packaged sources spell them (docs/ENTITIES.md); a name that
  // a city shares with its division lists the city first.
  const Row rows[] = {
      {"Алматыда өтті", Language::kKazakh, "Алматыда:geo-1526384"},
      {"در آلماتی", Language::kPersian, "آلماتی:geo-1526384"},
      {"في ألماتي", Language::kArabic, "ألماتي:geo-1526384"},
      {"Алма-Ата", Language::kRussian, "Алма-Ата:geo-1526384"},
      {"Қазақстан Республикасы", Language::kKazakh, "Қазақстан Республикасы:iso-KZ"},
      {"Қазақстанның", Language::kKazakh, "Қазақстанның:iso-KZ"},
      {"قزاقستان", Language::kPersian, "قزاقستان:iso-KZ"},
      {"كازاخستان", Language::kArabic, "كازاخستان:iso-KZ"},
      {"в Казахстане", Language::kRussian, "Казахстане:iso-KZ"},
      {"Kazakhstan", Language::kEnglish, "Kazakhstan:iso-KZ"},
      {"Тоҷикистон", Language::kTajik, "Тоҷикистон:iso-TJ"},
      {"Душанбе", Language::kTajik, "Душанбе:geo-1221874"},
      {"Ташкент", Language::kRussian, "Ташкент:geo-1512569,iso2-UZ-TO"},
      {"Бишкек", Language::kRussian, "Бишкек:geo-1528675"},
      {"Кабул", Language::kRussian, "Кабул:geo-1138958,iso2-AF-KAB"},
      {"کابل", Language::kPersian, "کابل:geo-1138958"},
      {"Astana", Language::kEnglish, "Astana:geo-1526273"},
      {"Астана", Language::kRussian, "Астана:geo-1526273"},
      {"آستانه", Language::kPersian, "آستانه:geo-1526273"},
      {"Central Asia", Language::kEnglish, "Central Asia:cldr-143"},
      {"Центральная Азия", Language::kRussian, "Центральная Азия:cldr-143"},
      {"آسیای مرکزی", Language::kPersian, "آسیای مرکزی:cldr-143"},
      {"Орталық Азия", Language::kKazakh, "Орталық Азия:cldr-143"},
      {"Алматы облысы", Language::kKazakh, "Алматы облысы:iso2-KZ-ALM"},
      {"Карагандинская область", Language::kRussian, "Карагандинская область:iso2-KZ-KAR"},
      {"ولایت بلخ", Language::kPersian, "ولایت بلخ:iso2-AF-BAL"},
      // Matching ignores case: the acronym "US" would be the word "us".
      {"Let us go", Language::kEnglish, ""},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(firstMatch(row.text, row.language) == row.expected);
  }
}

TEST_CASE("the generated gazetteer holds countries, regions, divisions and cities") {
  const qalam::GazetteerLoad load = qalam::readGazetteer(gazetteerBytes());
  REQUIRE(renderError(load) == "ok " + std::to_string(load.entities.size()));
  std::size_t gpe = 0, loc = 0, countries = 0, cities = 0, divisions = 0;
  for (const qalam::LexiconEntity& e : load.entities) {
    gpe += e.type == qalam::EntityType::kGeopolitical;
    loc += e.type == qalam::EntityType::kLocation;
    countries += qalam::isGazetteerCountry(e.id);
    CHECK(qalam::isGazetteerCountry(e.id) == (e.id.rfind("iso-", 0) == 0));
    cities += e.id.rfind("geo-", 0) == 0;
    divisions += e.id.rfind("iso2-", 0) == 0;
    CHECK(e.source == qalam::LexiconSource::kGazetteer);
    CHECK_FALSE(e.aliases.empty());
  }
  CHECK(gpe + loc == load.entities.size());
  CHECK(countries == 249);  // every ISO 3166-1 code
  CHECK(loc >= 20);
  CHECK(divisions >= 60);
  CHECK(cities >= 5000);
  const qalam::EntityLexicon& l = lexicon();
  std::string rendered;
  for (const char* id : {"iso-KZ", "cldr-143", "iso2-KZ-ALM", "geo-1526384", "geo-1526273"}) {
    const auto index = l.find(id);
    rendered += index ? renderEntity(l.entity(*index)) + "; " : std::string(id) + " missing; ";
  }
  CHECK(rendered ==
        "iso-KZ GPE Kazakhstan; cldr-143 LOC Central Asia; iso2-KZ-ALM GPE Almaty Region; geo-1526384 GPE Almaty; "
        "geo-1526273 GPE Astana; ");
  // A division that is a city is one entity with the city.
  CHECK_FALSE(l.find("iso2-KZ-ALA"));
}

TEST_CASE("a truncated or damaged gazetteer is an error, never a crash") {
  const std::string& bytes = gazetteerBytes();
  REQUIRE(bytes.size() > 1000);
  std::size_t failures = 0;
  for (std::size_t cut = 0; cut < bytes.size(); cut += 97) {
    const qalam::GazetteerLoad load = qalam::readGazetteer(std::string_view(bytes).substr(0, cut));
    if (!load.error || !load.entities.empty()) {
      ++failures;
      UNSCOPED_INFO("cut at " << cut << " read as " << renderError(load));
    }
  }
  std::string damaged = bytes;
  for (std::size_t at = 0; at < damaged.size(); at += 997) {
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    const qalam::GazetteerLoad load = qalam::readGazetteer(damaged);
    if (!load.error || !load.entities.empty()) {
      ++failures;
      UNSCOPED_INFO("byte " << at << " flipped read as " << renderError(load));
    }
    damaged[at] = bytes[at];
  }
  CHECK(failures == 0);
  CHECK(renderError(qalam::readGazetteer(bytes.substr(0, bytes.size() - 1))) ==
        "corrupt-index: corrupt gazetteer: truncated (" + std::to_string(bytes.size() - 21) + " of " +
            std::to_string(bytes.size() - 20) + " payload bytes)");
  CHECK(renderError(qalam::readGazetteer(bytes + "x")) == "corrupt-index: corrupt gazetteer: bytes after the payload");
}

TEST_CASE("every part of a gazetteer's payload is checked") {
  const std::vector<std::string> strings = {"GPE", "en", "iso-XX", "Xland", "LOC", "de", ""};
  struct Row {
    const char* name;
    std::string file;
    const char* expected;
  };
  qalam::index::ByteWriter hugeStrings;
  hugeStrings.varint(std::uint64_t{1} << 40);
  // One entity ("a", GPE, "a") whose alias count runs past the end.
  std::vector<std::uint8_t> hugeAliases = payloadOf({"GPE", "en", "a"}, {});
  hugeAliases.pop_back();
  hugeAliases.insert(hugeAliases.end(), {std::uint8_t{1}, std::uint8_t{2}, std::uint8_t{0}, std::uint8_t{2}});
  qalam::index::ByteWriter hugeCount;
  hugeCount.varint(std::uint64_t{1} << 30);
  hugeAliases.insert(hugeAliases.end(), hugeCount.bytes().begin(), hugeCount.bytes().end());
  const Row rows[] = {
      {"one entity", fileWith(payloadOf(strings, {{2, 0, 3, 3, 1}})), "ok 1"},
      {"no signature", "QALAMIDX" + fileWith(payloadOf(strings, {})).substr(8),
       "corrupt-index: not a Qalam gazetteer (no QALAMGAZ signature)"},
      {"later format", fileWith(payloadOf(strings, {}), 2),
       "index-version: gazetteer format 2; this version reads format 1: regenerate it with scripts/make-gazetteer.mjs"},
      {"string index out of range", fileWith(payloadOf(strings, {{2, 0, 3, 9, 1}})),
       "corrupt-index: corrupt gazetteer: string index 9 out of 7 (file byte 54)"},
      {"invalid UTF-8", fileWith(payloadOf({"GPE", "\xC3("}, {})),
       "invalid-utf8: gazetteer string 1 is not valid UTF-8 at its byte 0 (file byte 25)"},
      {"unknown type", fileWith(payloadOf(strings, {{2, 1, 3}})),
       "corrupt-index: corrupt gazetteer: entity 0 'iso-XX' has unknown type 'en' (file byte 50)"},
      {"unknown language", fileWith(payloadOf(strings, {{2, 4, 3, 3, 5}})),
       "corrupt-index: corrupt gazetteer: entity 0 'iso-XX' has an alias in unknown language 'de' (file byte 54)"},
      {"empty alias", fileWith(payloadOf(strings, {{2, 0, 3, 6, 1}})),
       "corrupt-index: corrupt gazetteer: entity 0 'iso-XX' has an empty alias (file byte 54)"},
      {"empty id", fileWith(payloadOf(strings, {{6, 0, 3, 3, 1}})),
       "corrupt-index: corrupt gazetteer: entity 0 has an empty id (file byte 50)"},
      {"duplicate id", fileWith(payloadOf(strings, {{2, 0, 3, 3, 1}, {2, 4, 3, 3, 1}})),
       "duplicate-id: gazetteer: entity 1 'iso-XX' appears twice"},
      {"bytes after the last entity", fileWith([&] {
         auto p = payloadOf(strings, {{2, 0, 3, 3, 1}});
         p.push_back(0);
         return p;
       }()),
       "corrupt-index: corrupt gazetteer: bytes after the last entity (file byte 56)"},
      {"string count past the end", fileWith(hugeStrings.bytes()),
       "corrupt-index: corrupt gazetteer: string count larger than the file"},
      {"alias count past the end", fileWith(hugeAliases),
       "corrupt-index: corrupt gazetteer: entity 0 'a': alias count larger than the file (file byte 31)"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(renderError(qalam::readGazetteer(row.file)) == row.expected);
  }
  const qalam::GazetteerLoad one = qalam::readGazetteer(rows[0].file);
  REQUIRE(one.entities.size() == 1);
  CHECK(renderEntity(one.entities[0]) == "iso-XX GPE Xland");
  CHECK(one.entities[0].aliases.size() == 1);
  CHECK(one.entities[0].aliases[0].language == Language::kEnglish);
}
