#include "jobmatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <limits>

#include <cmath>

using namespace Qt::StringLiterals;

JobPosting JobPosting::fromText(const QString &text)
{
    JobPosting p;
    p.text = text;
    // Views, not copies: the editor reads a draft's title on every key, in a long posting too.
    const QStringView trimmed = QStringView(text).trimmed();
    const qsizetype newline = trimmed.indexOf(u'\n');
    const QStringView first = (newline < 0 ? trimmed : trimmed.left(newline)).trimmed();
    p.title = first.left(200).toString();
    // More lines, and a first line as short as a title: that line names the role. One line,
    // or a long first line (a paragraph), is all matched.
    if (newline >= 0 && first.size() <= MaxTitleLineLength)
        p.titleCharacters = first.toString().simplified().size();
    return p;
}

static QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = offset - int(before.lastIndexOf('\n'));
    return JobMatcher::tr("line %1, column %2").arg(line).arg(column);
}

static QStringList strings(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        out.append(value.toString());
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

std::optional<JobPosting> JobPosting::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = JobMatcher::tr("%1: %2").arg(lineAndColumn(json, parseError.offset),
                                                  parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = JobMatcher::tr("A job file is one JSON object with a title, a description "
                                    "and skills.");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    JobPosting p;
    p.title = o.value("title"_L1).toString();
    p.company = o.value("company"_L1).toString();
    QStringList text {o.value("description"_L1).toString()};
    text += strings(o.value("responsibilities"_L1));
    text += strings(o.value("qualifications"_L1));
    text += strings(o.value("experience"_L1));
    for (const QJsonValue &skill : o.value("skills"_L1).toArray()) {
        const QJsonObject s = skill.toObject();
        const QString name = s.value("name"_L1).toString().trimmed();
        if (!name.isEmpty())
            p.requirements.append(name);
        for (const QString &k : strings(s.value("keywords"_L1))) {
            if (!k.trimmed().isEmpty())
                p.requirements.append(k.trimmed());
        }
    }
    p.text = text.join(u'\n');
    return p;
}

QString JobMatch::statusKey(Status status)
{
    switch (status) {
    case Status::Proven:
        return u"proven"_s;
    case Status::Claimed:
        return u"claimed"_s;
    case Status::Missing:
        break;
    }
    return u"missing"_s;
}

QString JobMatcher::normalised(const QString &text)
{
    return text.simplified().toCaseFolded();
}

static bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Where TERM (normalised) stands as whole words in TEXT (simplified), ending after the first
// SKIP characters, or -1; *LENGTH is the length as written there (an English plural "s" is
// taken with the term). CS: Qt::CaseSensitive when TEXT is case-folded already (much quicker on
// a long posting than folding as it compares).
static qsizetype findTerm(const QString &text, const QString &term, qsizetype *length = nullptr,
                          Qt::CaseSensitivity cs = Qt::CaseInsensitive, qsizetype skip = 0)
{
    if (term.isEmpty())
        return -1;
    auto endsWord = [&text](qsizetype end) {
        return end >= text.size() || !isWordChar(text.at(end));
    };
    qsizetype from = std::max<qsizetype>(0, skip - term.size());
    while (true) {
        const qsizetype at = text.indexOf(term, from, cs);
        if (at < 0)
            return -1;
        qsizetype end = at + term.size();
        const bool startOk = at == 0 || !isWordChar(text.at(at - 1)) || !isWordChar(term.front());
        bool endOk = !isWordChar(term.back()) || endsWord(end);
        if (!endOk && term.back().isLetter() && text.at(end).toLower() == u's'
            && endsWord(end + 1)) {
            endOk = true;
            ++end;
        }
        if (startOk && endOk && end > skip) {
            if (length)
                *length = end - at;
            return at;
        }
        from = at + 1;
    }
}

namespace {
struct Terms
{
    const SkillProfile *skill = nullptr;
    QStringList terms; // normalised, longest first
};
} // namespace

static QList<Terms> termsOf(const QList<SkillProfile> &skills)
{
    QList<Terms> out;
    for (const SkillProfile &s : skills) {
        Terms t {&s, {}};
        QStringList raw {s.name};
        const qsizetype paren = s.name.indexOf(u'(');
        if (paren > 0)
            raw.append(s.name.left(paren));
        raw += s.aliases;
        for (const QString &r : std::as_const(raw)) {
            const QString n = JobMatcher::normalised(r);
            if (!n.isEmpty() && !t.terms.contains(n))
                t.terms.append(n);
        }
        std::sort(t.terms.begin(), t.terms.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        out.append(t);
    }
    return out;
}

static JobMatch::Requirement requirementFor(const QString &name, const SkillProfile *skill)
{
    JobMatch::Requirement r;
    r.name = name;
    if (!skill)
        return r;
    r.skillId = skill->id;
    r.skill = skill->name;
    r.level = skill->level;
    r.target = skill->target;
    r.evidence = skill->evidence;
    // Evidence proves it (a project that uses the skill shows it whatever level was entered);
    // a level without evidence is a claim.
    if (!skill->evidence.isEmpty())
        r.status = JobMatch::Status::Proven;
    else if (skill->level > 0)
        r.status = JobMatch::Status::Claimed;
    return r;
}

JobMatch JobMatcher::match(const JobPosting &posting, const QList<SkillProfile> &skills,
                           const QStringList &vocabulary)
{
    const QList<Terms> all = termsOf(skills);
    JobMatch result;
    QSet<qint64> skillsSeen;
    QSet<QString> namesSeen;

    // Named requirements first: an exact name or alias, else the longest term inside it.
    for (const QString &wanted : posting.requirements) {
        const QString n = normalised(wanted);
        if (n.isEmpty() || namesSeen.contains(n))
            continue;
        namesSeen.insert(n);
        const SkillProfile *best = nullptr;
        qsizetype bestLength = 0;
        for (const Terms &t : all) {
            for (const QString &term : t.terms) {
                if (term == n) {
                    best = t.skill;
                    bestLength = std::numeric_limits<qsizetype>::max();
                    break;
                }
                if (term.size() > bestLength && findTerm(n, term) >= 0) {
                    best = t.skill;
                    bestLength = term.size();
                }
            }
            if (bestLength == std::numeric_limits<qsizetype>::max())
                break;
        }
        if (best && skillsSeen.contains(best->id))
            continue;
        if (best)
            skillsSeen.insert(best->id);
        result.requirements.append(requirementFor(wanted.trimmed(), best));
    }

    // Then every skill the text names, in the order the text names them.
    const QString text = posting.text.simplified();
    // Folded once, searched exactly: each term is looked for in the whole text. Folding keeps
    // the length for nearly every text; where it does not, positions would not match TEXT.
    QString folded = text.toCaseFolded();
    const Qt::CaseSensitivity cs
        = folded.size() == text.size() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (cs == Qt::CaseInsensitive)
        folded = text;
    QList<QPair<qsizetype, JobMatch::Requirement>> found;
    for (const Terms &t : all) {
        if (skillsSeen.contains(t.skill->id))
            continue;
        for (const QString &term : t.terms) {
            qsizetype length = 0;
            const qsizetype at = findTerm(folded, term, &length, cs, posting.titleCharacters);
            if (at < 0)
                continue;
            const QString asWritten = text.mid(at, length);
            if (namesSeen.contains(normalised(asWritten)))
                break;
            namesSeen.insert(normalised(asWritten));
            skillsSeen.insert(t.skill->id);
            found.append({at, requirementFor(asWritten, t.skill)});
            break;
        }
    }
    // And the common terms the roadmap has no skill for.
    for (const QString &v : vocabulary) {
        const QString term = normalised(v);
        qsizetype length = 0;
        const qsizetype at = findTerm(folded, term, &length, cs, posting.titleCharacters);
        if (at < 0 || namesSeen.contains(term))
            continue;
        namesSeen.insert(term);
        found.append({at, requirementFor(text.mid(at, length), nullptr)});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &f : std::as_const(found))
        result.requirements.append(f.second);

    double points = 0;
    for (const JobMatch::Requirement &r : std::as_const(result.requirements)) {
        if (r.status == JobMatch::Status::Proven)
            points += 1;
        else if (r.status == JobMatch::Status::Claimed)
            points += 0.5;
    }
    result.score = result.requirements.isEmpty()
        ? 0
        : int(std::lround(100.0 * points / double(result.requirements.size())));
    return result;
}
