// An import that runs out of memory: the allocation failure leaves the call
// as std::bad_alloc (nothing swallows it into a half-read report), and the
// documents of an earlier import are still there and searchable.
//
// The test binary's operator new counts down an allowance that a test sets;
// at zero it throws as a full heap would. With no allowance set (the other
// suites in this binary) it is plain malloc.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <new>
#include <string>

#include "qalam/corpus.hpp"
#include "qalam/import_session.hpp"

namespace {

long long allocationsLeft = -1;  // < 0: no limit

// Allows `count` more allocations for its lifetime.
class AllocationLimit {
 public:
  explicit AllocationLimit(long long count) { allocationsLeft = count; }
  ~AllocationLimit() { allocationsLeft = -1; }
  AllocationLimit(const AllocationLimit&) = delete;
  AllocationLimit& operator=(const AllocationLimit&) = delete;
};

}  // namespace

void* operator new(std::size_t size) {
  if (allocationsLeft == 0) throw std::bad_alloc();
  if (allocationsLeft > 0) --allocationsLeft;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return ::operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return ::operator new(size);
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return ::operator new(size, tag); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace {

const std::string kEarlier =
    "{\"id\":\"e1\",\"title\":\"Zephyrine accord\",\"text\":\"Тоқаев Алматыда zephyrine келісіміне қол қойды.\",\"lang\":\"kk\"}\n"
    "{\"id\":\"e2\",\"text\":\"quillfeather ledger\",\"lang\":\"en\"}\n";

// A file whose reading allocates many times. CSV: nlohmann::json, which
// the JSON readers use, allocates in its noexcept destructor, so a failure
// there ends the process (std::terminate) instead of throwing.
std::string laterFile() {
  std::string bytes = "id,title,text\n";
  for (int i = 0; i < 50; ++i) {
    bytes += "l" + std::to_string(i) + ",River " + std::to_string(i) + ",\"Алматыдағы өзен, river bank " + std::to_string(i) + "\"\n";
  }
  return bytes;
}

}  // namespace

TEST_CASE("an allocation failing while a file is read throws std::bad_alloc and the corpus keeps its documents") {
  qalam::Corpus corpus;
  REQUIRE(corpus.addFile("earlier.jsonl", kEarlier).added == 2);
  const std::string bytes = laterFile();
  // Fail the first allocation, then ever later ones, until the reading
  // (parsing and checking, before anything is indexed) goes through.
  long long failed = 0;
  for (long long allowance = 0;; allowance = allowance < 64 ? allowance + 1 : allowance * 5 / 4) {
    INFO("allocations allowed: " << allowance);
    bool threw = false;
    try {
      const AllocationLimit limit(allowance);
      const qalam::ImportSession session("later.csv", bytes);
    } catch (const std::bad_alloc&) {
      threw = true;
    }
    if (!threw) break;
    ++failed;
    REQUIRE(corpus.size() == 2);
    CHECK(corpus.search("zephyrine").total == 1);
  }
  CHECK(failed > 64);  // the reading allocates, so the limit was reached many times
  // With memory again, the same file imports whole.
  const qalam::ImportReport report = corpus.addFile("later.csv", bytes);
  CHECK(report.added == 50);
  CHECK(report.issues.empty());
  CHECK(corpus.search("river").total == 50);
  CHECK(corpus.search("zephyrine").total == 1);
}

TEST_CASE("an allocation failing at the first document indexed throws std::bad_alloc out of Corpus::addFile") {
  qalam::Corpus corpus;
  REQUIRE(corpus.addFile("earlier.jsonl", kEarlier).added == 2);
  qalam::ImportSession session("later.csv", laterFile());
  REQUIRE(session.total() == 50);
  bool threw = false;
  try {
    const AllocationLimit limit(0);
    session.step(corpus, 1);
  } catch (const std::bad_alloc&) {
    threw = true;
  }
  CHECK(threw);
  // The very first allocation of Corpus::addDocument failed: nothing was
  // indexed yet, so the corpus is as it was.
  CHECK(corpus.size() == 2);
  CHECK(corpus.search("zephyrine").total == 1);
  CHECK(corpus.search("quillfeather").total == 1);
}
