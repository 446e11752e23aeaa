#include <catch2/catch.hpp>

#include "../../core/index/byte_io.hpp"
#include "qalam/entity_table.hpp"

namespace {

using qalam::EntityType;

qalam::Mention mention(EntityType type, std::string text, std::string id) {
  qalam::Mention m;
  m.type = type;
  m.text = std::move(text);
  m.entityId = std::move(id);
  return m;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

qalam::EntityTable makeTable() {
  qalam::EntityTable table;
  const auto per = EntityType::kPerson;
  const auto gpe = EntityType::kGeopolitical;
  table.addDocument(0, {mention(per, "Tokayev", "kz-tokayev"), mention(gpe, "Almaty", "almaty"),
                        mention(per, "Тоқаев", "kz-tokayev")}, "2024-05", lower);
  table.addDocument(1, {}, "2024-05", lower);
  table.addDocument(2, {mention(gpe, "Алматы", "almaty"), mention(per, "Mirziyoyev", "uz-mirziyoyev")}, "2024-06", lower);
  table.addDocument(3, {mention(per, "Tokayev", "kz-tokayev"), mention(gpe, "Almaty", "almaty")}, "", lower);
  return table;
}

std::string render(const qalam::EntityTable& t, const std::vector<qalam::EntityIndex>& list) {
  std::string out;
  for (const qalam::EntityIndex e : list) {
    const qalam::EntityRecord& r = t.record(e);
    out += (out.empty() ? "" : " ") + r.id + "(" + r.name + " " + std::to_string(r.documents) + "d " +
           std::to_string(r.mentions) + "m)";
  }
  return out;
}

std::string render(const std::vector<qalam::FacetCount>& counts) {
  std::string out;
  for (const qalam::FacetCount& c : counts) out += (out.empty() ? "" : " ") + c.value + ":" + std::to_string(c.count);
  return out;
}

}  // namespace

TEST_CASE("the entity table counts mentions and documents and answers lists, facets and timelines") {
  qalam::EntityTable table = makeTable();
  CHECK(render(table, table.list({}, 10)) ==
        "almaty(Almaty 3d 3m) kz-tokayev(Tokayev 2d 3m) uz-mirziyoyev(Mirziyoyev 1d 1m)");
  CHECK(render(table, table.list({EntityType::kPerson}, 1)) == "kz-tokayev(Tokayev 2d 3m)");
  table.setName(*table.find("almaty"), "Almaty (city)");
  CHECK(table.record(*table.find("almaty")).name == "Almaty (city)");
  CHECK(table.documentsOf(*table.find("almaty")) == std::vector<std::uint32_t>{0, 2, 3});
  CHECK(render(table.facet({0, 1, 2}, 10)) == "almaty:2 kz-tokayev:1 uz-mirziyoyev:1");
  CHECK(render(table.timeline(*table.find("almaty"))) == "2024-05:1 2024-06:1");
  const auto pairs = table.cooccurrence(3);
  REQUIRE(pairs.size() == 2);
  CHECK(table.record(pairs[0].a).id + "+" + table.record(pairs[0].b).id + "=" + std::to_string(pairs[0].documents) ==
        "almaty+kz-tokayev=2");
  const auto first = table.entitiesOf(0);
  REQUIRE(first.size() == 2);
  CHECK(table.record(first[0].first).id == "kz-tokayev");  // two mentions: first
  CHECK(first[0].second == 2);
  CHECK(table.entitiesOf(1).empty());
  REQUIRE(table.bySurface("tokayev"));
  CHECK(table.bySurface("tokayev")->size() == 1);
  CHECK_FALSE(table.bySurface("nobody"));
}

TEST_CASE("the entity table saves and loads, and refuses what does not fit its corpus") {
  const qalam::EntityTable table = makeTable();
  qalam::index::ByteWriter out;
  table.write(out);
  const std::vector<std::uint8_t>& bytes = out.bytes();
  qalam::EntityTable loaded;
  qalam::index::ByteReader in(bytes.data(), bytes.size());
  REQUIRE(loaded.read(in, 4));
  CHECK(in.atEnd());
  CHECK(render(loaded, loaded.list({}, 10)) == render(table, table.list({}, 10)));
  CHECK(render(loaded.timeline(*loaded.find("almaty"))) == "2024-05:1 2024-06:1");
  CHECK(loaded.documentsOf(*loaded.find("kz-tokayev")) == std::vector<std::uint32_t>{0, 3});

  qalam::EntityTable other;
  qalam::index::ByteReader wrongCount(bytes.data(), bytes.size());
  CHECK_FALSE(other.read(wrongCount, 5));
  for (std::size_t cut = 0; cut < bytes.size(); cut += 7) {
    qalam::index::ByteReader truncated(bytes.data(), cut);
    qalam::EntityTable t;
    CHECK_FALSE((t.read(truncated, 4) && truncated.atEnd()));
  }
}
