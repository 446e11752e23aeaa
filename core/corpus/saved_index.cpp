#include "qalam/saved_index.hpp"

#include "corpus_entities.hpp"

#include <array>
#include <limits>

#include "../index/byte_io.hpp"
#include "../index/zlib_stream.hpp"

namespace qalam {
namespace {

constexpr std::string_view kMagic = "QALAMIDX";
constexpr std::size_t kHeaderSize = 8 + 4 + 4 + 8 + 4;

// How a section is kept: as it is, or as one zlib stream.
enum class Packing : std::uint8_t { kStored = 0, kZlib = 1 };
// zlib's level for compact saves. On the benchmark's 10 MB slice (with
// entities) level 1 packs the sections to 8.5 MB in 0.54 s; level 6, zlib's
// default, to 7.6 MB in 1.8 s; a save follows every import in the page.
constexpr int kZlibLevel = 1;
// A section is stored as it is unless compressing saves at least 1/16 of it:
// inflating costs load time that a few percent do not repay.
constexpr std::size_t kWorthDivisor = 16;
// No zlib stream inflates to more than 1032 times its size (RFC 1951's
// longest match from a 2-bit code); a larger claim is a damaged file.
constexpr std::uint64_t kMaxInflation = 1032;

Error corrupt(const std::string& what) { return {ErrorCode::kCorruptIndex, "corrupt saved index: " + what}; }

// u8 packing, varint section size, varint stored size, the stored bytes.
void writeSection(index::ByteWriter& out, std::vector<std::uint8_t>&& section, SaveMode mode) {
  std::vector<std::uint8_t> packed;
  if (mode == SaveMode::kCompact) packed = index::zlibCompress(section.data(), section.size(), kZlibLevel);
  const bool worth = !packed.empty() && packed.size() <= section.size() - section.size() / kWorthDivisor;
  std::vector<std::uint8_t>& stored = worth ? packed : section;
  out.u8(static_cast<std::uint8_t>(worth ? Packing::kZlib : Packing::kStored));
  out.varint(section.size());
  out.raw(stored);
}

// A section's bytes: a view into the file when stored, else inflated into
// the caller's buffer; ok is false when the section is damaged.
struct Section {
  const std::uint8_t* data = nullptr;
  std::size_t size = 0;
  bool ok = false;
};

Section readSection(index::ByteReader& in, std::vector<std::uint8_t>& buffer) {
  const std::uint64_t packing = in.u8();
  const std::uint64_t size = in.varint();
  const std::uint64_t storedSize = in.varint();
  const std::string_view stored = in.view(storedSize);
  if (!in.ok()) return {};
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(stored.data());
  if (packing == static_cast<std::uint8_t>(Packing::kStored)) {
    if (size != storedSize) return {};
    return {bytes, stored.size(), true};
  }
  if (packing != static_cast<std::uint8_t>(Packing::kZlib) || size > storedSize * kMaxInflation ||
      size > std::numeric_limits<std::size_t>::max() / 2) {
    return {};
  }
  buffer.resize(static_cast<std::size_t>(size));
  if (!index::zlibDecompress(bytes, stored.size(), buffer.data(), buffer.size())) return {};
  return {buffer.data(), buffer.size(), true};
}

constexpr std::size_t kDocumentFields = 6;
std::array<const std::string*, kDocumentFields> fieldsOf(const Document& d) {
  return {&d.id, &d.title, &d.text, &d.lang, &d.date, &d.source};
}
std::array<std::string*, kDocumentFields> fieldsOf(Document& d) {
  return {&d.id, &d.title, &d.text, &d.lang, &d.date, &d.source};
}

}  // namespace

std::vector<std::uint8_t> saveCorpus(const Corpus& corpus, SaveMode mode) {
  index::ByteWriter payload;
  {
    // Documents field by field (all ids, then all titles, ...): like with
    // like compresses better than record by record.
    index::ByteWriter documents;
    documents.varint(corpus.docs_.size());
    for (std::size_t f = 0; f < kDocumentFields; ++f) {
      for (const Document& d : corpus.docs_) documents.string(*fieldsOf(d)[f]);
    }
    writeSection(payload, std::move(documents.bytes()), mode);
  }
  {
    index::ByteWriter postings;
    corpus.index_.write(postings);
    writeSection(payload, std::move(postings.bytes()), mode);
  }
  {
    index::ByteWriter rest;
    corpus.names_.write(rest);
    corpus.entities_->table.write(rest);
    corpus.entities_->edits.write(rest);
    writeSection(payload, std::move(rest.bytes()), mode);
  }

  index::ByteWriter file;
  file.bytes().insert(file.bytes().end(), kMagic.begin(), kMagic.end());
  file.u32(kSavedIndexFormat);
  file.u32(Analyzer::kVersion);
  file.u64(payload.bytes().size());
  file.u32(index::crc32(payload.bytes().data(), payload.bytes().size()));
  std::vector<std::uint8_t> out = std::move(file.bytes());
  out.insert(out.end(), payload.bytes().begin(), payload.bytes().end());
  return out;
}

LoadedCorpus loadCorpus(std::string_view bytes) {
  LoadedCorpus result;
  const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
  if (bytes.size() < kMagic.size() || bytes.substr(0, kMagic.size()) != kMagic) {
    result.error = {ErrorCode::kCorruptIndex, "not a Qalam saved index (no QALAMIDX signature)"};
    return result;
  }
  if (bytes.size() < kHeaderSize) {
    result.error = corrupt("truncated header");
    return result;
  }
  index::ByteReader header(data + kMagic.size(), kHeaderSize - kMagic.size());
  const std::uint32_t format = header.u32();
  const std::uint32_t analyzer = header.u32();
  const std::uint64_t size = header.u64();
  const std::uint32_t checksum = header.u32();
  if (format != kSavedIndexFormat) {
    result.error = {ErrorCode::kIndexVersion, "saved index format " + std::to_string(format) + "; this version reads format " +
                                                  std::to_string(kSavedIndexFormat) + ": rebuild the index from the corpus"};
    return result;
  }
  if (analyzer != Analyzer::kVersion) {
    result.error = {ErrorCode::kIndexVersion, "saved index built by analyzer version " + std::to_string(analyzer) +
                                                  "; this version's analyzer is " + std::to_string(Analyzer::kVersion) +
                                                  ": rebuild the index from the corpus"};
    return result;
  }
  if (size != bytes.size() - kHeaderSize) {
    result.error = corrupt(size > bytes.size() - kHeaderSize ? "truncated (" + std::to_string(bytes.size() - kHeaderSize) +
                                                                   " of " + std::to_string(size) + " payload bytes)"
                                                             : "bytes after the payload");
    return result;
  }
  const std::uint8_t* payload = data + kHeaderSize;
  if (index::crc32(payload, static_cast<std::size_t>(size)) != checksum) {
    result.error = corrupt("checksum mismatch");
    return result;
  }

  auto corpus = std::make_unique<Corpus>();
  index::ByteReader file(payload, static_cast<std::size_t>(size));
  std::vector<std::uint8_t> buffer;
  {
    const Section section = readSection(file, buffer);
    if (!section.ok) {
      result.error = corrupt("documents section");
      return result;
    }
    index::ByteReader in(section.data, section.size);
    const std::size_t documents = in.count(kDocumentFields);
    corpus->docs_.resize(documents);
    for (std::size_t f = 0; f < kDocumentFields && in.ok(); ++f) {
      for (Document& d : corpus->docs_) *fieldsOf(d)[f] = in.string();
    }
    if (!in.ok() || !in.atEnd()) {
      result.error = corrupt("documents section");
      return result;
    }
    for (std::size_t i = 0; i < documents; ++i) {
      const Document& d = corpus->docs_[i];
      if (!corpus->byId_.emplace(d.id, static_cast<DocId>(i)).second) {
        result.error = corrupt("document " + std::to_string(i) + " repeats the id \"" + d.id + "\"");
        return result;
      }
      corpus->facets_.add(d);
    }
  }
  {
    const Section section = readSection(file, buffer);
    index::ByteReader in(section.data, section.size);
    if (!section.ok || !corpus->index_.read(in) || !in.atEnd() ||
        corpus->index_.documentCount() != corpus->docs_.size()) {
      result.error = corrupt("postings section");
      return result;
    }
  }
  {
    const Section section = readSection(file, buffer);
    index::ByteReader in(section.data, section.size);
    if (!section.ok || !corpus->names_.read(in, corpus->index_) ||
        !corpus->entities_->table.read(in, static_cast<std::uint32_t>(corpus->docs_.size())) ||
        !corpus->entities_->edits.read(in) || !in.atEnd()) {
      result.error = corrupt("names and entities section");
      return result;
    }
  }
  if (!file.atEnd()) {
    result.error = corrupt("bytes after the last section");
    return result;
  }
  result.corpus = std::move(corpus);
  return result;
}

}  // namespace qalam
