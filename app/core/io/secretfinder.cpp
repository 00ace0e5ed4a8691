#include "secretfinder.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <set>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

const QString Mask = u"********"_s;

// Tokens with a recognisable shape; group 1 is the part kept visible.
const QRegularExpression &tokenPattern()
{
    static const QRegularExpression re(u"\\b((?:AKIA|ASIA))[0-9A-Z]{16}\\b"
                                       "|\\b((?:ghp|gho|ghu|ghs|ghr)_)[A-Za-z0-9]{36,}\\b"
                                       "|\\b(github_pat_)[A-Za-z0-9_]{22,}"
                                       "|\\b(xox[abposr]-)[A-Za-z0-9-]{10,}"
                                       "|\\b(sk-(?:proj-|ant-)?)[A-Za-z0-9_-]{20,}"_s);
    return re;
}

const QRegularExpression &privateKeyPattern()
{
    static const QRegularExpression re(u"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"_s);
    return re;
}

// name = "literal" / name: 'literal' / "name": "literal", with an optional type annotation.
const QRegularExpression &assignmentPattern()
{
    static const QRegularExpression re(
        u"([A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|api[_-]?key|apikey|access[_-]?key|"
        "auth[_-]?token|access[_-]?token|private[_-]?key|client[_-]?secret)[A-Za-z0-9_]*)"
        "[\"']?\\s*(?::\\s*[A-Za-z_][A-Za-z0-9_\\[\\]]*\\s*)?(?::=|=|:)\\s*"
        "([\"'])([^\"'\\s]{4,})\\2"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(
        u"^(?:x{3,}|\\*+|\\.{3,}|<.*>|\\$\\{.*\\}|\\{\\{.*\\}\\}|%\\(.*\\)s|your[_-].*|"
        "change[_-]?me|example.*|dummy|placeholder|none|null|true|false|password|secret|"
        "redacted|todo|\\$[A-Z_]+)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &absolutePathPattern()
{
    static const QRegularExpression re(
        u"(?<![A-Za-z0-9_.~/-])(?:/home/[A-Za-z0-9_.-]+|/Users/[A-Za-z0-9_. -]+|"
        "[A-Za-z]:\\\\{1,2}[A-Za-z0-9_. -]+)"_s);
    return re;
}

bool hasAssignedSecret(const QString &line)
{
    auto it = assignmentPattern().globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!placeholderPattern().match(m.captured(3)).hasMatch())
            return true;
    }
    return false;
}

// Marks the lines holding NEEDLE where ACCEPT(hay, position) agrees; one visit per line.
template<typename Accept>
void collect(std::string_view hay, std::string_view needle, std::set<qsizetype> *lineStarts,
             Accept accept)
{
    size_t pos = 0;
    while ((pos = hay.find(needle, pos)) != std::string_view::npos) {
        if (!accept(hay, pos)) {
            pos += needle.size();
            continue;
        }
        const size_t nl = pos == 0 ? std::string_view::npos : hay.rfind('\n', pos - 1);
        lineStarts->insert(nl == std::string_view::npos ? 0 : qsizetype(nl + 1));
        const size_t end = hay.find('\n', pos);
        if (end == std::string_view::npos)
            break;
        pos = end + 1;
    }
}

void collect(std::string_view hay, std::string_view needle, std::set<qsizetype> *lineStarts)
{
    collect(hay, needle, lineStarts, [](std::string_view, size_t) { return true; });
}

// True when one of PREFIXES ends right before POS (allowing one separator: api_key, api-key).
bool preceded(std::string_view hay, size_t pos, std::initializer_list<std::string_view> prefixes)
{
    for (const std::string_view p : prefixes) {
        for (size_t gap = 0; gap <= 1; ++gap) {
            if (pos >= p.size() + gap && hay.substr(pos - p.size() - gap, p.size()) == p)
                return true;
        }
    }
    return false;
}

} // namespace

QString SecretFinder::masked(const QString &text, int maxLength)
{
    QString out = text.trimmed();
    // Tokens: keep the prefix that says what kind of token it is.
    QString result;
    qsizetype last = 0;
    auto it = tokenPattern().globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        QString keep;
        for (int g = 1; g <= tokenPattern().captureCount(); ++g) {
            if (m.capturedLength(g) > 0) {
                keep = m.captured(g);
                break;
            }
        }
        result += out.mid(last, m.capturedStart() - last) + keep + Mask;
        last = m.capturedEnd();
    }
    result += out.mid(last);
    out = result;
    // Literals assigned to secret-looking names: hide the whole value.
    result.clear();
    last = 0;
    auto assigned = assignmentPattern().globalMatch(out);
    while (assigned.hasNext()) {
        const auto m = assigned.next();
        if (placeholderPattern().match(m.captured(3)).hasMatch())
            continue;
        result += out.mid(last, m.capturedStart(3) - last) + Mask;
        last = m.capturedEnd(3);
    }
    result += out.mid(last);
    out = result;
    if (out.size() > maxLength)
        out = out.left(maxLength - 1) + QChar(0x2026);
    return out;
}

SecretFinder::Findings SecretFinder::scan(const QByteArray &data, unsigned checks)
{
    Findings findings;
    const std::string_view hay(data.constData(), size_t(data.size()));
    std::set<qsizetype> lineStarts;
    if (checks & Tokens) {
        // Few passes with cheap checks at each hit; the regular expressions judge the lines.
        collect(hay, "IA", &lineStarts, [](std::string_view h, size_t p) {
            return p >= 2 && (h.substr(p - 2, 2) == "AK" || h.substr(p - 2, 2) == "AS");
        });
        collect(hay, "-----BEGIN", &lineStarts);
        collect(hay, "gh", &lineStarts, [](std::string_view h, size_t p) {
            return p + 3 < h.size()
                && ((std::strchr("pousr", h[p + 2]) && h[p + 3] == '_') || h[p + 2] == 'i');
        });
        collect(hay, "xox", &lineStarts);
        collect(hay, "sk-", &lineStarts);
    }
    QByteArray lower;
    if (checks & Assignments) {
        lower = data.toLower();
        const std::string_view low(lower.constData(), size_t(lower.size()));
        collect(low, "pass", &lineStarts);
        collect(low, "pwd", &lineStarts);
        collect(low, "secret", &lineStarts);
        // Plain "key" and "token" are everywhere in ML code: only api_key, access-token ...
        collect(low, "key", &lineStarts, [](std::string_view h, size_t p) {
            return preceded(h, p, {"api", "access", "private", "secret"});
        });
        collect(low, "token", &lineStarts, [](std::string_view h, size_t p) {
            return preceded(h, p, {"auth", "access", "refresh", "bearer"});
        });
    }
    if (checks & AbsolutePaths) {
        for (const char *t : {"/home/", "/Users/", ":\\"})
            collect(hay, t, &lineStarts);
    }
    if (lineStarts.empty())
        return findings;

    int lineNumber = 1;
    qsizetype counted = 0;
    for (const qsizetype start : lineStarts) {
        lineNumber += int(std::count(hay.begin() + counted, hay.begin() + start, '\n'));
        counted = start;
        const size_t endPos = hay.find('\n', size_t(start));
        const qsizetype end = endPos == std::string_view::npos ? data.size() : qsizetype(endPos);
        const QString line = QString::fromUtf8(data.constData() + start, end - start);
        bool secret = false;
        if (checks & Tokens)
            secret = tokenPattern().match(line).hasMatch()
                || privateKeyPattern().match(line).hasMatch();
        if (!secret && (checks & Assignments) && (line.contains(u'=') || line.contains(u':'))
            && (line.contains(u'"') || line.contains(u'\'')))
            secret = hasAssignedSecret(line);
        if (secret)
            findings.secrets << Finding {lineNumber, masked(line)};
        if ((checks & AbsolutePaths) && absolutePathPattern().match(line).hasMatch())
            findings.absolutePaths << Finding {lineNumber, masked(line)};
    }
    return findings;
}
