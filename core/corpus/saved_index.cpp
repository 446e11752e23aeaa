#include "qalam/saved_index.hpp"

#include "corpus_entities.hpp"

#include "../index/byte_io.hpp"

namespace qalam {
namespace {

constexpr std::string_view kMagic = "QALAMIDX";
constexpr std::size_t kHeaderSize = 8 + 4 + 4 + 8 + 4;

Error corrupt(const std::string& what) { return {ErrorCode::kCorruptIndex, "corrupt saved index: " + what}; }

}  // namespace

std::vector<std::uint8_t> saveCorpus(const Corpus& corpus) {
  index::ByteWriter payload;
  payload.varint(corpus.docs_.size());
  for (const Document& d : corpus.docs_) {
    for (const std::string* field : {&d.id, &d.title, &d.text, &d.lang, &d.date, &d.source}) payload.string(*field);
  }
  corpus.index_.write(payload);
  corpus.names_.write(payload);
  corpus.entities_->table.write(payload);
  corpus.entities_->edits.write(payload);

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
  index::ByteReader in(payload, static_cast<std::size_t>(size));
  const std::size_t documents = in.count(6);
  corpus->docs_.reserve(documents);
  for (std::size_t i = 0; i < documents && in.ok(); ++i) {
    Document d;
    for (std::string* field : {&d.id, &d.title, &d.text, &d.lang, &d.date, &d.source}) *field = in.string();
    if (!in.ok() || !corpus->byId_.emplace(d.id, static_cast<DocId>(i)).second) {
      result.error = corrupt("document " + std::to_string(i));
      return result;
    }
    corpus->facets_.add(d);
    corpus->docs_.push_back(std::move(d));
  }
  if (!in.ok() || !corpus->index_.read(in) || corpus->index_.documentCount() != corpus->docs_.size() ||
      !corpus->names_.read(in, corpus->index_) ||
      !corpus->entities_->table.read(in, static_cast<std::uint32_t>(corpus->docs_.size())) ||
      !corpus->entities_->edits.read(in) || !in.atEnd()) {
    result.error = corrupt("inconsistent sections");
    return result;
  }
  result.corpus = std::move(corpus);
  return result;
}

}  // namespace qalam
