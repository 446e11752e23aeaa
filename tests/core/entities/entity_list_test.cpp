#include <catch2/catch.hpp>
#include <chrono>
#include <iostream>

#include "qalam/entity_list.hpp"

namespace {

using qalam::LexiconSource;

// "id TYPE name: lang:alias, ... ; ... | file:line CODE message (kept)", or
// "error: CODE message" when nothing was read.
std::string render(const qalam::EntityListRead& read) {
  std::string out;
  if (read.error) return std::string("error: ") + qalam::errorCodeName(read.error.code) + " " + read.error.message;
  for (const qalam::LexiconEntity& e : read.entities) {
    if (!out.empty()) out += " ; ";
    out += e.id + " " + std::string(qalam::entityTypeCode(e.type)) + " " + e.name + ":";
    for (const qalam::LexiconAlias& a : e.aliases) out += std::string(" ") + qalam::languageCode(a.language) + ":" + a.text;
  }
  for (const qalam::ImportIssue& i : read.issues) {
    out += " | " + i.file + ":" + std::to_string(i.line) + " " + qalam::errorCodeName(i.code) + " " + i.message;
    if (!i.skipped) out += " (kept)";
  }
  return out;
}

std::string list(const std::string& entities) {
  return "{\"format\": \"qalam-entities\", \"version\": 1, \"entities\": [\n" + entities + "\n]}";
}

struct Row {
  const char* name;
  const char* file;
  std::string bytes;
  const char* expected;
};

void checkRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    INFO(row.name);
    const qalam::EntityListRead read = qalam::readEntityList(row.file, row.bytes, LexiconSource::kUser);
    CHECK(render(read) == row.expected);
    for (const qalam::LexiconEntity& e : read.entities) CHECK(e.source == LexiconSource::kUser);
  }
}

}  // namespace

TEST_CASE("JSON entity lists: entities, aliases by language, and issues by line") {
  const std::string longAlias(201, 'a');
  checkRows({
      {"one entity", "a.json",
       list(R"({"id": "kz-abay", "type": "PER", "name": "Abay Kunanbayev",
                "aliases": {"en": ["Abay Kunanbayev", "Kunanbayev"], "kk": ["Абай Құнанбаев"]}})"),
       "kz-abay PER Abay Kunanbayev: en:Abay Kunanbayev en:Kunanbayev kk:Абай Құнанбаев"},
      {"no name: the English alias names it; unknown codes are other; type case and spaces", "a.json",
       list(R"({"id": " x-1 ", "type": "org", "aliases": {"UZ": ["Oʻzbekiston temir yoʻllari"], "en": [" Uzbek Railways "]}})"),
       "x-1 ORG Uzbek Railways: other:Oʻzbekiston temir yoʻllari en:Uzbek Railways"},
      {"each entity's issues carry its own line", "a.json",
       list("{\"id\": \"a\", \"type\": \"GPE\", \"aliases\": {\"en\": [\"A\"]}},\n"
            "{\"id\": \"b\", \"type\": \"CITY\", \"aliases\": {\"en\": [\"B\"]}},\n"
            "{\"type\": \"LOC\", \"aliases\": {\"en\": [\"C\"]}},\n"
            "{\"id\": \"d\", \"type\": \"DATE\"},\n"
            "\"e\",\n"
            "{\"id\": \"name:PER:x\", \"type\": \"PER\"},\n"
            "{\"id\": 7, \"type\": \"PER\"}"),
       "a GPE A: en:A | a.json:3 malformed-record unknown type \"CITY\" for \"b\" (expected PER, ORG, GPE, LOC, FAC or "
       "EVENT) | a.json:4 malformed-record missing \"id\" | a.json:5 malformed-record unknown type \"DATE\" for \"d\" "
       "(expected PER, ORG, GPE, LOC, FAC or EVENT) | a.json:6 malformed-record expected a JSON object for an entity | "
       "a.json:7 malformed-record id \"name:PER:x\" must be one word of at most 200 bytes, not starting with \"name:\" | "
       "a.json:8 malformed-record field \"id\" must be a string"},
      {"bad aliases are skipped, the entity kept", "a.json",
       list(R"({"id": "p", "type": "FAC", "aliases": {"en": ["", "  ", ")" + longAlias +
            R"(", "one two three four five six seven eight nine ten eleven twelve thirteen", "Rogun", "Rogun", 5],
                "ru": ["Rogun", "Рогунская ГЭС"], "fa": "راغون"}})"),
       "p FAC Rogun: en:Rogun ru:Rogun ru:Рогунская ГЭС | a.json:2 malformed-record empty alias of \"p\" | "
       "a.json:2 malformed-record empty alias of \"p\" | a.json:2 malformed-record alias of \"p\" of 201 bytes, over "
       "the limit of 200 | a.json:2 malformed-record alias \"one two three four five six seven eight nine ten eleven "
       "twelve thirteen\" of \"p\" has 13 words (1 to 12 are matched) | a.json:2 malformed-record alias \"Rogun\" of "
       "\"p\" repeated for language \"en\" | a.json:2 malformed-record an alias \"en\" of \"p\" is not a string | "
       "a.json:2 malformed-record aliases \"fa\" of \"p\" must be an array of strings: none read"},
      {"words are counted as the analyzer splits them; scripts mixed inside a word are flagged", "a.json",
       list(R"({"id": "t", "type": "PER", "aliases": {"kk": ["Tоқаев", "Қасым-Жомарт Тоқаев", "CASA-1000 ЛЭП"],
                "en": ["a-b-c-d-e-f-g-h-i-j-k-l-m"]}})"),
       "t PER Tоқаев: kk:Tоқаев kk:Қасым-Жомарт Тоқаев kk:CASA-1000 ЛЭП | a.json:2 malformed-record alias "
       "\"a-b-c-d-e-f-g-h-i-j-k-l-m\" of \"t\" has 13 words (1 to 12 are matched) | a.json:2 malformed-record alias "
       "\"Tоқаев\" of \"t\" mixes scripts inside a word: kept, but it matches only the same mix (kept)"},
      {"a repeated id merges into the first; its type stays", "a.json",
       list("{\"id\": \"un\", \"type\": \"ORG\", \"name\": \"United Nations\", \"aliases\": {\"en\": [\"UN\"]}},\n"
            "{\"id\": \"un\", \"type\": \"GPE\", \"name\": \"UNO\", \"aliases\": {\"en\": [\"UN\"], \"ru\": [\"ООН\"]}}"),
       "un ORG United Nations: en:UN ru:ООН | a.json:3 duplicate-id id \"un\" also on line 2: merged into it (kept) | "
       "a.json:3 malformed-record type GPE differs from ORG on line 2: kept ORG (kept) | a.json:3 malformed-record "
       "alias \"UN\" of \"un\" repeated for language \"en\""},
      {"roles, countries and former names are checked, never used", "a.json",
       list(R"({"id": "r", "type": "GPE", "country": "kz", "aliases": {"en": ["R"]},
                "roles": [{"role": "Mayor", "from": "2019-02-30"}, {"role": "X", "from": "2020", "to": "2019-05"}, {"from": "2001"}, 3],
                "formerNames": [{"name": "Q", "from": "2019-03-23", "to": "2022-09-17", "lang": "en"}], "note": "n"})"),
       "r GPE R: en:R | a.json:2 malformed-record country of \"r\" must be a two-letter code such as \"KZ\" (kept) | "
       "a.json:2 malformed-record formerNames of \"r\": item 1 has an unknown field \"lang\" (kept) | a.json:2 "
       "malformed-record unknown field \"note\" of \"r\" ignored (kept) | a.json:2 malformed-record roles of \"r\": item 1: "
       "\"from\" must be a date YYYY, YYYY-MM or YYYY-MM-DD (kept) | a.json:2 malformed-record roles of \"r\": item 2 "
       "ends before it starts (kept) | a.json:2 malformed-record roles of \"r\": item 3 has no \"role\" (kept) | "
       "a.json:2 malformed-record roles of \"r\": item 4 is not an object (kept)"},
      {"an entity without aliases is kept and flagged", "a.json", list(R"({"id": "z", "type": "EVENT", "name": "Z"})"),
       "z EVENT Z: | a.json:2 empty-document \"z\" has no aliases: kept, never matched (kept)"},
      {"an empty list", "a.json", list(""), ""},
      {"the list's own fields after its entities, and fields it does not know", "a.json",
       "{\"entities\": [{\"id\": \"a\", \"type\": \"LOC\", \"aliases\": {\"en\": [\"Aral Sea\"]}}],\n"
       "\"source\": {\"by\": [\"x\"]}, \"version\": 1, \"format\": \"qalam-entities\"}",
       "a LOC Aral Sea: en:Aral Sea"},
      {"a file not named .json is read as JSON when it starts with '{'", "list.txt",
       "\xEF\xBB\xBF  " + list(R"({"id": "a", "type": "LOC", "aliases": {"ar": ["بحر آرال"]}})"), "a LOC بحر آرال: ar:بحر آرال"},
  });
}

TEST_CASE("JSON entity lists that cannot be read give one error with the line and no entities") {
  checkRows({
      {"a missing comma", "l.json", list("{\"id\": \"a\", \"type\": \"PER\"}\n{\"id\": \"b\"}"),
       "error: malformed-record l.json:3: not valid JSON: syntax error while parsing array - unexpected '{'; expected ']'"},
      {"an empty file", "l.json", "",
       "error: malformed-record l.json:1: not valid JSON: syntax error while parsing value - unexpected end of input; "
       "expected '[', '{', or a literal"},
      {"an unclosed string", "l.json", "{\n\"format\": \"qalam-entities\",\n\"version\": 1, \"entities\": [\"a\n]}",
       "error: malformed-record l.json:3: not valid JSON: syntax error while parsing value - invalid string: control "
       "character U+000A (LF) must be escaped to \\u000A or \\n; last read: '\"a<U+000A>'"},
      {"invalid UTF-8", "l.json", list("{\"id\": \"a\", \"type\": \"PER\", \"aliases\": {\"en\": [\"\xC3\x28\"]}}"),
       "error: invalid-utf8 l.json:2: invalid UTF-8: nothing read"},
      {"not an entity list", "l.json", "[{\"id\": \"1\", \"text\": \"a news article\"}]",
       "error: malformed-record l.json:1: not an entity list: expected an object with \"format\": \"qalam-entities\""},
      {"a newer version", "l.json", "{\"format\": \"qalam-entities\", \"version\": 2, \"entities\": []}",
       "error: malformed-record l.json:1: version 2 is newer than this reader's (1)"},
      {"a version that is not a number", "l.json", "{\"format\": \"qalam-entities\", \"version\": \"1\", \"entities\": []}",
       "error: malformed-record l.json:1: \"version\" must be a positive integer"},
      {"no entities", "l.json", "{\"format\": \"qalam-entities\", \"version\": 1, \"entities\": {}}",
       "error: malformed-record l.json:1: no \"entities\" array"},
      {"entities twice", "l.json",
       "{\"format\": \"qalam-entities\", \"version\": 1, \"entities\": [{\"id\": \"a\", \"type\": \"PER\", "
       "\"aliases\": {\"en\": [\"A\"]}}],\n\"entities\": []}",
       "error: malformed-record l.json:1: \"entities\" given more than once"},
      {"an error after some entities were read", "l.json", list("{\"id\": \"a\", \"type\": \"PER\", \"aliases\": {\"en\": [\"A\"]}},\n{"),
       "error: malformed-record l.json:4: not valid JSON: syntax error while parsing object key - unexpected ']'; expected "
       "string literal"},
      {"a number beyond a double, on its line", "l.json",
       list("{\"id\": \"a\", \"type\": \"PER\",\n\"rank\": 1" + std::string(400, '0') + "}"),
       "error: malformed-record l.json:3: not valid JSON: the number 1000000000000000000000000000000000000000… is too "
       "large"},
      {"nested too deep", "l.json", list(std::string(70, '[') + std::string(70, ']')),
       "error: malformed-record l.json:1: nested deeper than 64 levels: nothing read"},
  });
}

TEST_CASE("CSV entity lists: one alias per row, rows of one id merge, issues by line") {
  checkRows({
      {"rows with the same id merge", "u.csv",
       "id,type,name,lang,alias\n"
       "kz-almaty,GPE,Almaty,en,Almaty\n"
       "kz-almaty,,,kk,Алматы\n"
       "kz-almaty,GPE,,fa,آلماتی\n"
       "sco,ORG,Shanghai Cooperation Organisation,ru,ШОС\n"
       "kz-almaty,,,en,Alma-Ata\n",
       "kz-almaty GPE Almaty: en:Almaty kk:Алматы fa:آلماتی en:Alma-Ata ; sco ORG Shanghai Cooperation Organisation: "
       "ru:ШОС"},
      {"an aliases column split at '|', quoted fields, semicolons, CRLF", "u.csv",
       "Id;Type;Name;Language;Aliases\r\n"
       "un;ORG;\"United Nations; the UN\";ru;ООН|Организация Объединённых Наций\r\n"
       "un;ORG;;xx;\"U|N\"\r\n",
       "un ORG United Nations; the UN: ru:ООН ru:Организация Объединённых Наций other:U other:N"},
      {"alias and aliases together; no name or lang column", "u.csv", "id\ttype\talias\taliases\nx\tFAC\tTAPI\tТАПИ|تاپی\n",
       "x FAC TAPI: other:TAPI other:ТАПИ other:تاپی"},
      {"bad rows are skipped with their line", "u.csv",
       "id,type,name,lang,alias\n"
       "a,PER,A,en,A\n"
       ",PER,B,en,B\n"
       "c,,C,en,C\n"
       "a,ORG,,en,AA\n"
       "d,LOC,D,en\n"
       "e,LOC,E,en,\"E\xFF\"\n"
       "f,GPE,F,en,F|G\n"
       "g,GPE,G,en,\"multi\nline\"\n"
       "h,PER,H,\"en\n",
       "a PER A: en:A en:AA ; f GPE F: en:F|G ; g GPE G: en:multi\nline | u.csv:3 malformed-record missing \"id\" | "
       "u.csv:4 malformed-record missing \"type\" for \"c\" (expected PER, ORG, GPE, LOC, FAC or EVENT) | u.csv:5 "
       "malformed-record type ORG differs from PER on line 2: kept PER (kept) | u.csv:6 malformed-record expected 5 "
       "fields as in the header, found 4 | u.csv:7 invalid-utf8 invalid UTF-8: row skipped | u.csv:11 malformed-record "
       "quote not closed before the end of the file: stopped reading here"},
      {"empty parts of an aliases column", "u.csv", "id,type,aliases\nq,LOC,|Aral Sea||\n",
       "q LOC Aral Sea: other:Aral Sea | u.csv:2 malformed-record empty alias of \"q\" | u.csv:2 malformed-record empty "
       "alias of \"q\" | u.csv:2 malformed-record empty alias of \"q\""},
      {"an id declared without aliases", "u.csv", "id,type,name,alias\nw,PER,W,\n",
       "w PER W: | u.csv:2 empty-document \"w\" has no aliases: kept, never matched (kept)"},
      {"an empty file", "u.csv", "", ""},
      {"a header without the needed columns", "u.csv", "id,name,alias\na,A,A\n",
       "error: malformed-record u.csv:1: the header needs the columns id, type and alias or aliases (and may have name "
       "and lang): nothing read"},
      {"an unclosed quote in the header", "u.csv", "id,\"type\n",
       "error: malformed-record u.csv:1: quote not closed in the header: nothing read"},
  });
}

TEST_CASE("a list of 100,000 entities reads in both formats") {
  constexpr int kCount = 100000;
  std::string json = "{\"format\": \"qalam-entities\", \"version\": 1, \"entities\": [\n";
  std::string csv = "id,type,name,lang,alias\n";
  for (int i = 0; i < kCount; ++i) {
    const std::string n = std::to_string(i);
    json += (i ? ",\n" : "") + std::string("{\"id\": \"e") + n + "\", \"type\": \"PER\", \"name\": \"Person " + n +
            "\", \"aliases\": {\"en\": [\"Person " + n + "\", \"P" + n + "\"], \"ru\": [\"Персона " + n + "\"]}}";
    csv += "e" + n + ",ORG,Org " + n + ",en,Org " + n + "\ne" + n + ",,,kk,Ұйым " + n + "\n";
  }
  json += "\n]}";
  // Timed for the record (docs/ENTITIES.md), never asserted.
  const auto start = std::chrono::steady_clock::now();
  const qalam::EntityListRead fromJson = qalam::readEntityList("big.json", json, LexiconSource::kUser);
  const auto jsonRead = std::chrono::steady_clock::now();
  const qalam::EntityListRead fromCsv = qalam::readEntityList("big.csv", csv, LexiconSource::kUser);
  const auto csvRead = std::chrono::steady_clock::now();
  const auto ms = [](auto d) { return std::chrono::duration_cast<std::chrono::milliseconds>(d).count(); };
  std::cout << "entity lists of " << kCount << " entities: JSON " << json.size() << " bytes in " << ms(jsonRead - start)
            << " ms, CSV " << csv.size() << " bytes in " << ms(csvRead - jsonRead) << " ms\n";
  for (const qalam::EntityListRead* read : {&fromJson, &fromCsv}) {
    CHECK_FALSE(read->error);
    CHECK(read->issues.empty());
    REQUIRE(read->entities.size() == kCount);
    CHECK(read->entities.back().id == "e99999");
  }
  CHECK(render({{fromJson.entities.back()}, {}, {}}) == "e99999 PER Person 99999: en:Person 99999 en:P99999 ru:Персона 99999");
  CHECK(render({{fromCsv.entities[500]}, {}, {}}) == "e500 ORG Org 500: en:Org 500 kk:Ұйым 500");
}
