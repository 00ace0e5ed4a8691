// ScanRules::readmeSections: the README's headings by topic (see scanrules.h).
#include "scanrules.h"

#include "secretfinder.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Heading
{
    int line = 0;
    QString raw; // as written
    QString words; // lower case, letters and spaces only
    int bodyEnd = 0; // index into lines where its section ends
};

QString normalised(const QString &title)
{
    QString out;
    for (const QChar c : title.toLower())
        out += c.isLetter() ? c : QChar(u' ');
    return out.simplified();
}

bool isUnderline(const QString &line)
{
    const QString t = line.trimmed();
    if (t.size() < 3)
        return false;
    const QChar c = t.front();
    if (!(c == u'=' || c == u'-' || c == u'~' || c == u'^' || c == u'*' || c == u'+' || c == u'#'))
        return false;
    return t.count(c) == t.size();
}

bool has(const QString &words, const char *pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    const QString key = QString::fromLatin1(pattern);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QRegularExpression(u"\\b("_s + key + u")\\b"_s));
    return it->match(words).hasMatch();
}

} // namespace

ScanRules::ReadmeSections ScanRules::readmeSections(const QString &relPath, const QByteArray &data)
{
    const QStringList lines = QString::fromUtf8(data).split(u'\n');
    QList<Heading> headings;
    static const QRegularExpression atx(u"^\\s{0,3}(#{1,6}|={1,6})\\s+(.+?)\\s*#*\\s*$"_s);
    QString fence;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const QString t = line.trimmed();
        if (t.startsWith("```"_L1) || t.startsWith("~~~"_L1)) {
            const QString marker = t.left(3);
            if (fence.isEmpty())
                fence = marker;
            else if (marker == fence)
                fence.clear();
            continue;
        }
        if (!fence.isEmpty())
            continue;
        if (const auto m = atx.match(line); m.hasMatch()) {
            headings << Heading {int(i) + 1, t, normalised(m.captured(2)), 0};
            continue;
        }
        if (i + 1 < lines.size() && !t.isEmpty() && isUnderline(lines.at(i + 1))
            && !isUnderline(line) && !t.startsWith(u'-') && !t.startsWith(u'*'))
            headings << Heading {int(i) + 1, t, normalised(t), 0};
    }
    for (qsizetype h = 0; h < headings.size(); ++h)
        headings[h].bodyEnd
            = h + 1 < headings.size() ? headings.at(h + 1).line - 1 : int(lines.size());

    ReadmeSections out;
    static const QRegularExpression digit(u"\\d"_s);
    for (const Heading &h : std::as_const(headings)) {
        const ScanEvidence ev {relPath, h.line, SecretFinder::masked(h.raw)};
        const QString &w = h.words;
        if (has(w,
                "install|installation|installing|setup|set up|getting started|quick ?start|"
                "prerequisites|requirements|dependencies|build|building|deployment|deploy"))
            out.install << ev;
        if (has(w,
                "usage|use|using|how to use|how to run|run|running|getting started|"
                "quick ?start|examples?|tutorial|demo|inference|cli|commands"))
            out.usage << ev;
        if (has(w,
                "architecture|design|how it works|system overview|data flow|pipeline "
                "overview|components"))
            out.architecture << ev;
        if (has(w, "results?|evaluation|benchmarks?|performance|metrics|impact|outcomes?")) {
            // A results section counts when it holds a number.
            for (int l = h.line; l < h.bodyEnd && l < lines.size(); ++l) {
                if (digit.match(lines.at(l)).hasMatch()) {
                    out.results << ev;
                    break;
                }
            }
        }
        if (has(w,
                "problem|problem statement|motivation|use cases?|business value|business "
                "case|background|who is it for|why|target users|customers|industry"))
            out.target << ev;
    }
    return out;
}
