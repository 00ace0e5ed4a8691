#include "secretfinder.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <initializer_list>
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

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c | 0x20) : c;
}

char lowerAt(std::string_view hay, size_t i)
{
    return lowerAscii(hay[i]);
}

// True when HAY holds NEEDLE (lower case) at POS, ignoring ASCII case.
bool atIgnoringCase(std::string_view hay, size_t pos, std::string_view needle)
{
    if (pos + needle.size() > hay.size())
        return false;
    for (size_t i = 0; i < needle.size(); ++i) {
        if (lowerAt(hay, pos + i) != needle[i])
            return false;
    }
    return true;
}

// True when one of PREFIXES (lower case) ends right before POS, ignoring ASCII case and
// allowing one separator between (api_key, api-key).
bool preceded(std::string_view hay, size_t pos, std::initializer_list<std::string_view> prefixes)
{
    for (const std::string_view p : prefixes) {
        for (size_t gap = 0; gap <= 1; ++gap) {
            if (pos >= p.size() + gap && atIgnoringCase(hay, pos - p.size() - gap, p))
                return true;
        }
    }
    return false;
}

// What may start at a byte: a bit per check, so that one pass over the bytes looks for every
// needle at once (a pass per needle cost more than reading the file).
enum Start : unsigned char { TokenStart = 0x1, AssignmentStart = 0x2, PathStart = 0x4 };

struct StartTable
{
    unsigned char bits[256] = {};
    StartTable()
    {
        for (const char c : {'A', '-', 'g', 'x', 's'})
            bits[uchar(c)] |= TokenStart;
        for (const char c : {'p', 's', 'k', 't'}) {
            bits[uchar(c)] |= AssignmentStart;
            bits[uchar(c - 'a' + 'A')] |= AssignmentStart;
        }
        for (const char c : {'/', ':'})
            bits[uchar(c)] |= PathStart;
    }
};

// Whether a needle of the CHECKS starts at POS.
bool candidateAt(std::string_view h, size_t p, unsigned checks, unsigned char starts)
{
    const auto at = [h, p](std::string_view needle) {
        return h.substr(p, needle.size()) == needle;
    };
    if ((starts & TokenStart) && (checks & SecretFinder::Tokens)) {
        switch (h[p]) {
        case 'A':
            if (at("AKIA") || at("ASIA"))
                return true;
            break;
        case '-':
            if (at("-----BEGIN"))
                return true;
            break;
        case 'g':
            if (p + 3 < h.size() && h[p + 1] == 'h'
                && ((std::strchr("pousr", h[p + 2]) && h[p + 3] == '_') || h[p + 2] == 'i'))
                return true;
            break;
        case 'x':
            if (at("xox"))
                return true;
            break;
        case 's':
            if (at("sk-"))
                return true;
            break;
        }
    }
    if ((starts & AssignmentStart) && (checks & SecretFinder::Assignments)) {
        switch (lowerAscii(h[p])) {
        case 'p':
            if (atIgnoringCase(h, p, "pass") || atIgnoringCase(h, p, "pwd"))
                return true;
            break;
        case 's':
            if (atIgnoringCase(h, p, "secret"))
                return true;
            break;
        case 'k':
            // Plain "key" and "token" are everywhere in ML code: only api_key, access-token ...
            if (atIgnoringCase(h, p, "key")
                && preceded(h, p, {"api", "access", "private", "secret"}))
                return true;
            break;
        case 't':
            if (atIgnoringCase(h, p, "token")
                && preceded(h, p, {"auth", "access", "refresh", "bearer"}))
                return true;
            break;
        }
    }
    if ((starts & PathStart) && (checks & SecretFinder::AbsolutePaths))
        return at("/home/") || at("/Users/") || at(":\\");
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
    // A private key on one line (a service account's JSON key: "private_key": "-----BEGIN
    // PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----\n"): keep the header, hide the key.
    const auto key = privateKeyPattern().match(out);
    if (key.hasMatch()) {
        static const QRegularExpression end(
            u"-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"_s);
        const auto e = end.match(out, key.capturedEnd());
        const qsizetype stop = e.hasMatch() ? e.capturedStart() : out.size();
        if (stop > key.capturedEnd())
            out = out.left(key.capturedEnd()) + Mask + out.mid(stop);
    }
    if (out.size() > maxLength)
        out = out.left(maxLength - 1) + QChar(0x2026);
    return out;
}

SecretFinder::Findings SecretFinder::scan(const QByteArray &data, unsigned checks)
{
    Findings findings;
    const std::string_view hay(data.constData(), size_t(data.size()));
    // One pass: the lines where a needle starts, with their numbers, in order.
    static const StartTable table;
    QList<std::pair<int, qsizetype>> lines; // line number, start
    int lineNumber = 1;
    size_t lineStart = 0;
    for (size_t p = 0; p < hay.size(); ++p) {
        const char c = hay[p];
        if (c == '\n') {
            ++lineNumber;
            lineStart = p + 1;
            continue;
        }
        const unsigned char starts = table.bits[uchar(c)];
        if (!starts || !candidateAt(hay, p, checks, starts))
            continue;
        lines.append({lineNumber, qsizetype(lineStart)});
        // The line is a candidate: the regular expressions judge all of it below.
        const size_t end = hay.find('\n', p);
        if (end == std::string_view::npos)
            break;
        p = end - 1; // the loop's ++p lands on the newline, which counts it
    }
    if (lines.isEmpty())
        return findings;

    for (const auto &[number, start] : std::as_const(lines)) {
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
            findings.secrets << Finding {number, masked(line)};
        if ((checks & AbsolutePaths) && absolutePathPattern().match(line).hasMatch())
            findings.absolutePaths << Finding {number, masked(line)};
    }
    return findings;
}
