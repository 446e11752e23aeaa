// The query language: a lexer over bytes (operators and quotes are ASCII or
// guillemets, so right-to-left and mixed-script queries parse exactly as
// left-to-right ones) and a recursive-descent parser with OR below AND below
// NOT and NEAR.
#include <algorithm>
#include <cctype>
#include <charconv>

#include "qalam/query.hpp"

namespace qalam {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

constexpr std::string_view kOpenGuillemet = "\u00AB";
constexpr std::string_view kCloseGuillemet = "\u00BB";

struct Lexeme {
  enum class Kind { kWord, kPhrase, kOpen, kClose, kAnd, kOr, kNot, kNear, kEnd };
  Kind kind = Kind::kEnd;
  std::string_view text;  // word or phrase body; for a field, the value
  std::string_view field; // "lang", "title", ... when written field:value
  bool negated = false;   // -word, -"phrase", -field:value, -(group)
  std::uint32_t near = 0;
  std::uint32_t position = 0;
};

struct SyntaxError {
  std::string message;
  std::uint32_t position;
};

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  Lexeme next() {
    while (at_ < text_.size() && isSpace(text_[at_])) ++at_;
    Lexeme l;
    l.position = static_cast<std::uint32_t>(at_);
    if (at_ >= text_.size()) return l;
    if (text_[at_] == '-' && at_ + 1 < text_.size() && !isSpace(text_[at_ + 1]) && text_[at_ + 1] != '-') {
      l.negated = true;
      ++at_;
    }
    const char c = text_[at_];
    if (c == '(') {
      ++at_;
      l.kind = Lexeme::Kind::kOpen;
      return l;
    }
    if (c == ')') {
      if (l.negated) throw SyntaxError{"'-' before ')'", l.position};
      ++at_;
      l.kind = Lexeme::Kind::kClose;
      return l;
    }
    if (startsQuote()) {
      l.kind = Lexeme::Kind::kPhrase;
      l.text = readQuoted(l.position);
      return l;
    }
    const std::size_t start = at_;
    while (at_ < text_.size() && !isSpace(text_[at_]) && text_[at_] != '(' && text_[at_] != ')' && !startsQuote()) {
      if (text_[at_] == ':' && at_ > start && isFieldName(text_.substr(start, at_ - start))) {
        l.field = text_.substr(start, at_ - start);
        ++at_;
        l.position = static_cast<std::uint32_t>(start - (l.negated ? 1 : 0));
        if (startsQuote()) {
          l.kind = Lexeme::Kind::kPhrase;
          l.text = readQuoted(static_cast<std::uint32_t>(at_));
          return l;
        }
        const std::size_t valueStart = at_;
        while (at_ < text_.size() && !isSpace(text_[at_]) && text_[at_] != ')') ++at_;
        l.kind = Lexeme::Kind::kWord;
        l.text = text_.substr(valueStart, at_ - valueStart);
        if (l.text.empty()) throw SyntaxError{"'" + std::string(l.field) + ":' needs a value", l.position};
        return l;
      }
      ++at_;
    }
    l.text = text_.substr(start, at_ - start);
    l.kind = Lexeme::Kind::kWord;
    if (!l.negated) {
      if (l.text == "AND") l.kind = Lexeme::Kind::kAnd;
      if (l.text == "OR") l.kind = Lexeme::Kind::kOr;
      if (l.text == "NOT") l.kind = Lexeme::Kind::kNot;
      if (l.text.substr(0, 5) == "NEAR/") {
        std::uint32_t n = 0;
        const auto digits = l.text.substr(5);
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
        if (ec != std::errc() || end != digits.data() + digits.size() || n == 0 || n > 1000) {
          throw SyntaxError{"NEAR/n takes a distance from 1 to 1000", l.position};
        }
        l.kind = Lexeme::Kind::kNear;
        l.near = n;
      }
    }
    return l;
  }

 private:
  static bool isFieldName(std::string_view name) {
    static constexpr std::string_view kFields[] = {"lang", "source", "date", "title", "person", "org", "place"};
    return std::find(std::begin(kFields), std::end(kFields), name) != std::end(kFields);
  }

  bool startsQuote() const {
    return at_ < text_.size() && (text_[at_] == '"' || text_.substr(at_, kOpenGuillemet.size()) == kOpenGuillemet);
  }

  std::string_view readQuoted(std::uint32_t position) {
    const bool guillemet = text_[at_] != '"';
    at_ += guillemet ? kOpenGuillemet.size() : 1;
    const std::size_t close = text_.find(guillemet ? kCloseGuillemet : std::string_view("\""), at_);
    if (close == std::string_view::npos) throw SyntaxError{"unbalanced quote", position};
    const std::string_view body = text_.substr(at_, close - at_);
    at_ = close + (guillemet ? kCloseGuillemet.size() : 1);
    return body;
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

float weightOf(TermKind kind) {
  switch (kind) {
    case TermKind::kExact: return 1.0f;
    case TermKind::kStem: return 0.8f;
    case TermKind::kLoose: return 0.7f;
  }
  return 1.0f;
}

void addTerm(QueryPart& part, std::string term, float weight) {
  for (WeightedTerm& existing : part.terms) {
    if (existing.term == term) {
      existing.weight = std::max(existing.weight, weight);
      return;
    }
  }
  part.terms.push_back({std::move(term), weight});
}

// One typed word or quoted phrase. Tokens sharing a position are one part. An
// unquoted word also matches documents whose stem is the word itself, and the
// exact form of its stems. Empty when analysis finds no word.
QueryClause makeClause(std::string_view text, bool quoted, const Analyzer& analyzer) {
  const std::vector<Token> tokens = analyzer.analyze(text);
  QueryAlternative alternative;
  std::uint32_t lastPosition = 0;
  for (const Token& t : tokens) {
    const TermKind kind = termKind(t.term);
    if (quoted && kind != TermKind::kExact) continue;
    if (alternative.parts.empty() || t.position != lastPosition) {
      alternative.parts.emplace_back();
      lastPosition = t.position;
    }
    QueryPart& part = alternative.parts.back();
    addTerm(part, t.term, weightOf(kind));
    if (quoted) continue;
    if (kind == TermKind::kExact && part.terms.size() == 1) {
      addTerm(part, markTerm(TermKind::kStem, t.term), weightOf(TermKind::kStem));
    } else if (kind != TermKind::kExact) {
      addTerm(part, std::string(termText(t.term)), weightOf(kind));
    }
  }
  QueryClause clause;
  if (alternative.parts.empty()) return clause;
  alternative.phrase = alternative.parts.size() > 1;
  clause.alternatives.push_back(std::move(alternative));
  return clause;
}

std::string asciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool isIsoPrefix(std::string_view s) {
  // 2024, 2024-01, 2024-01-31
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

// Why an ISO prefix names no real period ("has no month 13", "has no day
// 30 in February"), or empty when it does.
std::string_view impossibleDate(std::string_view d) {
  auto number = [&](std::size_t at, std::size_t length) {
    int n = 0;
    for (std::size_t i = at; i < at + length; ++i) n = n * 10 + (d[i] - '0');
    return n;
  };
  if (d.size() < 7) return {};
  const int month = number(5, 2);
  if (month < 1 || month > 12) return "has no such month (01 to 12)";
  if (d.size() < 10) return {};
  const int year = number(0, 4);
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int day = number(8, 2);
  const int last = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  if (day < 1 || day > last) return "has no such day in its month";
  return {};
}

FieldFilter dateFilter(std::string_view value, std::uint32_t position) {
  FieldFilter f;
  f.field = FieldFilter::Field::kDate;
  auto check = [&](std::string_view d) {
    if (!isIsoPrefix(d)) throw SyntaxError{"date: takes YYYY, YYYY-MM or YYYY-MM-DD, a range a..b, or >=, >, <=, <", position};
    if (const std::string_view why = impossibleDate(d); !why.empty()) {
      throw SyntaxError{"date: " + std::string(d) + " " + std::string(why), position};
    }
    return std::string(d);
  };
  if (const std::size_t dots = value.find(".."); dots != std::string_view::npos) {
    f.from = check(value.substr(0, dots));
    f.to = check(value.substr(dots + 2));
    if (f.to < f.from.substr(0, f.to.size())) throw SyntaxError{"date range ends before it starts", position};
  } else if (value.substr(0, 2) == ">=") {
    f.from = check(value.substr(2));
  } else if (value.substr(0, 2) == "<=") {
    f.to = check(value.substr(2));
  } else if (value[0] == '>') {
    // After the whole period: >2024 is from 2025 on; kept as an exclusive bound.
    f.from = check(value.substr(1)) + "\x7F";
  } else if (value[0] == '<') {
    f.to = check(value.substr(1));
    f.toExclusive = true;
  } else {
    f.from = f.to = check(value);
  }
  return f;
}

class Parser {
 public:
  Parser(std::string_view text, const Analyzer& analyzer, const QueryLimits& limits)
      : lexer_(text), analyzer_(analyzer), limits_(limits) {
    advance();
  }

  QueryNode parse() {
    QueryNode root = parseOr(0);
    if (current_.kind == Lexeme::Kind::kClose) throw SyntaxError{"unbalanced ')'", current_.position};
    if (root.kind != QueryNode::Kind::kAnd) {
      QueryNode wrapper;
      wrapper.children.push_back(std::move(root));
      return wrapper;
    }
    return root;
  }

 private:
  void advance() { current_ = lexer_.next(); }

  bool startsOperand() const {
    switch (current_.kind) {
      case Lexeme::Kind::kWord:
      case Lexeme::Kind::kPhrase:
      case Lexeme::Kind::kOpen:
      case Lexeme::Kind::kNot: return true;
      default: return false;
    }
  }

  QueryNode parseOr(std::size_t depth) {
    QueryNode first = parseAnd(depth);
    if (current_.kind != Lexeme::Kind::kOr) return first;
    QueryNode node;
    node.kind = QueryNode::Kind::kOr;
    node.children.push_back(std::move(first));
    while (current_.kind == Lexeme::Kind::kOr) {
      const std::uint32_t at = current_.position;
      advance();
      if (!startsOperand()) throw SyntaxError{"OR needs something on its right", at};
      node.children.push_back(parseAnd(depth));
    }
    return node;
  }

  QueryNode parseAnd(std::size_t depth) {
    QueryNode node;
    node.kind = QueryNode::Kind::kAnd;
    while (true) {
      if (current_.kind == Lexeme::Kind::kAnd) {
        const std::uint32_t at = current_.position;
        advance();
        if (node.children.empty() || !startsOperand()) throw SyntaxError{"AND needs something on both sides", at};
        continue;
      }
      if (current_.kind == Lexeme::Kind::kNear) throw SyntaxError{"NEAR/n needs a word on its left", current_.position};
      if (!startsOperand()) break;
      QueryNode child = parseNear(depth);
      if (child.kind == QueryNode::Kind::kAnd && child.children.empty()) continue;  // a word analysis dropped
      node.children.push_back(std::move(child));
    }
    if (node.children.size() == 1 && node.children[0].kind != QueryNode::Kind::kNot) {
      QueryNode only = std::move(node.children[0]);
      return only;
    }
    return node;
  }

  QueryNode parseNear(std::size_t depth) {
    QueryNode left = parseUnary(depth);
    if (current_.kind != Lexeme::Kind::kNear) return left;
    const Lexeme op = current_;
    advance();
    if (!startsOperand()) throw SyntaxError{"NEAR/n needs a word on its right", op.position};
    QueryNode right = parseUnary(depth);
    auto isWord = [](const QueryNode& n) { return n.kind == QueryNode::Kind::kMatch && !n.prefix; };
    if (!isWord(left) || !isWord(right)) throw SyntaxError{"NEAR/n joins two words or phrases", op.position};
    QueryNode node;
    node.kind = QueryNode::Kind::kNear;
    node.nearDistance = op.near;
    node.children.push_back(std::move(left));
    node.children.push_back(std::move(right));
    return node;
  }

  QueryNode negate(QueryNode inner) {
    QueryNode node;
    node.kind = QueryNode::Kind::kNot;
    node.children.push_back(std::move(inner));
    return node;
  }

  QueryNode parseUnary(std::size_t depth) {
    if (depth > limits_.maxDepth) throw SyntaxError{"query nested too deeply", current_.position};
    if (current_.kind == Lexeme::Kind::kNot) {
      const std::uint32_t at = current_.position;
      advance();
      if (!startsOperand()) throw SyntaxError{"NOT needs something to exclude", at};
      return negate(parseUnary(depth + 1));
    }
    const bool negated = current_.negated;
    QueryNode node = parsePrimary(depth);
    return negated ? negate(std::move(node)) : node;
  }

  QueryNode parsePrimary(std::size_t depth) {
    const Lexeme l = current_;
    if (l.kind == Lexeme::Kind::kOpen) {
      advance();
      if (current_.kind == Lexeme::Kind::kClose) throw SyntaxError{"empty parentheses", l.position};
      QueryNode inner = parseOr(depth + 1);
      if (current_.kind != Lexeme::Kind::kClose) throw SyntaxError{"unbalanced '('", l.position};
      advance();
      return inner;
    }
    advance();
    if (++words_ > limits_.maxWords) {
      throw SyntaxError{"query too long: at most " + std::to_string(limits_.maxWords) + " words", l.position};
    }
    if (!l.field.empty()) return fieldNode(l);
    QueryNode node;
    node.kind = QueryNode::Kind::kMatch;
    if (l.kind == Lexeme::Kind::kWord && l.text.size() > 1 && l.text.back() == '*') {
      const std::string_view stem = l.text.substr(0, l.text.find_last_not_of('*') + 1);
      const std::string normalized = analyzer_.normalize(stem);
      if (stem.find('*') != std::string_view::npos || normalized.size() < 2) {
        throw SyntaxError{"a prefix* needs at least two letters before the *", l.position};
      }
      node.prefix = true;
      node.clause.alternatives.push_back(QueryAlternative{{QueryPart{{{normalized, 0.9f}}}}, false});
      return node;
    }
    if (l.kind == Lexeme::Kind::kWord && l.text.find_first_not_of('*') == std::string_view::npos) {
      throw SyntaxError{"a prefix* needs at least two letters before the *", l.position};
    }
    node.clause = makeClause(l.text, l.kind == Lexeme::Kind::kPhrase, analyzer_);
    if (node.clause.alternatives.empty()) return QueryNode{};  // no word in it: ignored
    return node;
  }

  QueryNode fieldNode(const Lexeme& l) {
    QueryNode node;
    if (l.field == "title") {
      node.kind = QueryNode::Kind::kMatch;
      node.titleOnly = true;
      node.clause = makeClause(l.text, l.kind == Lexeme::Kind::kPhrase, analyzer_);
      if (node.clause.alternatives.empty()) throw SyntaxError{"title: needs a word", l.position};
      return node;
    }
    node.kind = QueryNode::Kind::kFilter;
    if (l.field == "person" || l.field == "org" || l.field == "place") {
      node.filter.field = l.field == "person" ? FieldFilter::Field::kPerson
                          : l.field == "org"  ? FieldFilter::Field::kOrganization
                                              : FieldFilter::Field::kPlace;
      node.filter.value = std::string(l.text);
      if (node.filter.value.empty()) throw SyntaxError{std::string(l.field) + ": needs a name", l.position};
      return node;
    }
    if (l.field == "lang") {
      node.filter.field = FieldFilter::Field::kLang;
      node.filter.value = asciiLower(l.text);
    } else if (l.field == "source") {
      node.filter.field = FieldFilter::Field::kSource;
      node.filter.value = asciiLower(l.text);
    } else {
      node.filter = dateFilter(l.text, l.position);
    }
    return node;
  }

  Lexer lexer_;
  const Analyzer& analyzer_;
  const QueryLimits& limits_;
  Lexeme current_;
  std::size_t words_ = 0;
};

// ---- rendering ----

void renderTerm(const WeightedTerm& t, std::string& out) {
  switch (termKind(t.term)) {
    case TermKind::kStem: out += '~'; break;
    case TermKind::kLoose: out += "\u2248"; break;
    case TermKind::kExact: break;
  }
  out += termText(t.term);
}

// The exact term and the stem of itself are one idea; show only the term.
void renderPart(const QueryPart& part, std::string& out) {
  std::vector<const WeightedTerm*> shown;
  for (const WeightedTerm& t : part.terms) {
    const bool selfStem = termKind(t.term) == TermKind::kStem && termText(t.term) == part.terms.front().term;
    if (!selfStem) shown.push_back(&t);
  }
  if (shown.size() > 1) out += '{';
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (i) out += '|';
    renderTerm(*shown[i], out);
  }
  if (shown.size() > 1) out += '}';
}

void renderAlternative(const QueryAlternative& alternative, std::string& out) {
  const bool group = alternative.parts.size() > 1;
  if (group) out += alternative.phrase ? "\"" : "(";
  for (std::size_t i = 0; i < alternative.parts.size(); ++i) {
    if (i) out += ' ';
    renderPart(alternative.parts[i], out);
  }
  if (group) out += alternative.phrase ? "\"" : ")";
}

void renderClause(const QueryClause& clause, std::string& out) {
  const bool choice = clause.alternatives.size() > 1;
  if (choice) out += '(';
  for (std::size_t i = 0; i < clause.alternatives.size(); ++i) {
    if (i) out += " | ";
    renderAlternative(clause.alternatives[i], out);
  }
  if (choice) out += ')';
}

void renderNode(const QueryNode& node, bool top, std::string& out) {
  switch (node.kind) {
    case QueryNode::Kind::kMatch:
      if (node.titleOnly) out += "title:";
      if (node.prefix) {
        // Expansion replaces a prefix by the indexed words it begins: none
        // may be left (explain renders expanded queries).
        const std::vector<WeightedTerm>& terms = node.clause.alternatives[0].parts[0].terms;
        out += (terms.empty() ? std::string() : terms[0].term) + "*";
      } else {
        renderClause(node.clause, out);
      }
      return;
    case QueryNode::Kind::kFilter: out += node.filter.toString(); return;
    case QueryNode::Kind::kNot:
      out += '-';
      renderNode(node.children[0], false, out);
      return;
    case QueryNode::Kind::kNear:
      out += "NEAR/" + std::to_string(node.nearDistance) + "(";
      renderNode(node.children[0], false, out);
      out += ", ";
      renderNode(node.children[1], false, out);
      out += ")";
      return;
    case QueryNode::Kind::kAnd:
    case QueryNode::Kind::kOr: {
      const bool isOr = node.kind == QueryNode::Kind::kOr;
      if (!top || isOr) out += '(';
      for (std::size_t i = 0; i < node.children.size(); ++i) {
        if (i) out += isOr ? " OR " : " ";
        renderNode(node.children[i], false, out);
      }
      if (!top || isOr) out += ')';
      return;
    }
  }
}

void collectTerms(const QueryNode& node, std::vector<std::string>& out) {
  if (node.kind == QueryNode::Kind::kNot) return;
  if (node.kind == QueryNode::Kind::kMatch) {
    for (const QueryAlternative& alternative : node.clause.alternatives) {
      for (const QueryPart& part : alternative.parts) {
        for (const WeightedTerm& t : part.terms) out.push_back(t.term);
      }
    }
  }
  for (const QueryNode& child : node.children) collectTerms(child, out);
}

}  // namespace

std::string FieldFilter::toString() const {
  switch (field) {
    case Field::kLang: return "lang:" + value;
    case Field::kSource: return "source:\"" + value + "\"";
    case Field::kPerson: return "person:\"" + value + "\"";
    case Field::kOrganization: return "org:\"" + value + "\"";
    case Field::kPlace: return "place:\"" + value + "\"";
    case Field::kDate: break;
  }
  std::string lower = from;
  if (!lower.empty() && lower.back() == '\x7F') lower = ">" + lower.substr(0, lower.size() - 1);
  if (from == to) return "date:" + from;
  if (to.empty()) return "date:" + (lower[0] == '>' ? lower : ">=" + lower);
  if (from.empty()) return "date:" + std::string(toExclusive ? "<" : "<=") + to;
  return "date:" + lower + ".." + to;
}

std::string Query::toString() const {
  std::string out;
  renderNode(root, true, out);
  return out;
}

std::vector<std::string> Query::terms() const {
  std::vector<std::string> out;
  collectTerms(root, out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

QueryParseResult parseQuery(std::string_view text, const Analyzer& analyzer, const QueryLimits& limits) {
  QueryParseResult result;
  try {
    result.query.root = Parser(text, analyzer, limits).parse();
  } catch (const SyntaxError& e) {
    result.query = Query{};
    result.error = {ErrorCode::kQuerySyntax, e.message};
    result.errorPosition = e.position;
  }
  return result;
}

}  // namespace qalam
