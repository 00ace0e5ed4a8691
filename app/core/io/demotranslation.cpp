#include "demotranslation.h"

#include "io/seedtranslation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonValue>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const auto FormatName = "career-workbench-demo-translation"_L1;

// Where the persona keeps text a user reads; "*" is every element of a list.
const char *const VisiblePaths[] = {
    "profile/headline",
    "profile/location",
    "profile/summary",
    "profile/target_role",
    "skills/*/notes",
    "work/*/position",
    "work/*/location",
    "work/*/summary",
    "work/*/highlights/*",
    "education/*/area",
    "education/*/study_type",
    "education/*/score",
    "education/*/courses/*",
    "projects/*/name",
    "projects/*/pitch",
    "projects/*/problem",
    "projects/*/approach",
    "projects/*/architecture_notes",
    "projects/*/dataset",
    "projects/*/role",
    "projects/*/target_industry",
    "projects/*/highlights/*",
    "projects/*/metrics/*/name",
    "projects/*/metrics/*/unit",
    "certifications/*/notes",
    "interview_topics/*/name",
    "interview_topics/*/description",
    "interview_companies/*/role",
    "interview_phrases/went_well/*",
    "interview_phrases/to_improve/*",
    "interview_phrases/action_items/*",
    "interview_phrases/questions/*",
    "job_postings/*/title",
    "job_postings/*/content",
};

using TextFunction = std::function<QString(const QString &)>;

// V with F applied to the strings at PATH (from part I on). The depth is that of the path,
// never that of the data.
QJsonValue mapPath(const QJsonValue &v, const QStringList &path, qsizetype i, const TextFunction &f)
{
    if (i == path.size())
        return v.isString() && !v.toString().isEmpty() ? QJsonValue(f(v.toString())) : v;
    if (path.at(i) == u"*"_s) {
        if (!v.isArray())
            return v;
        QJsonArray a = v.toArray();
        for (qsizetype k = 0; k < a.size(); ++k)
            a[k] = mapPath(a.at(k), path, i + 1, f);
        return a;
    }
    if (!v.isObject())
        return v;
    QJsonObject o = v.toObject();
    const auto it = o.find(path.at(i));
    if (it != o.end())
        *it = mapPath(*it, path, i + 1, f);
    return o;
}

QJsonObject mapVisible(const QJsonObject &persona, const TextFunction &f)
{
    QJsonValue v(persona);
    for (const char *p : VisiblePaths)
        v = mapPath(v, QString::fromLatin1(p).split(u'/'), 0, f);
    return v.toObject();
}

} // namespace

bool DemoTranslation::load(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<QJsonObject> root
        = SeedTranslation::root(json, FormatName, FormatVersion, error);
    if (!root)
        return false;
    const QJsonValue texts = root->value("texts"_L1);
    if (!texts.isObject())
        return fail(u"texts: must be an object of English texts"_s);
    QHash<QString, QString> out;
    const QJsonObject o = texts.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString t = it.value().toString();
        if (t.trimmed().isEmpty())
            return fail(u"texts: \"%1\" has no translation"_s.arg(it.key()));
        out.insert(it.key(), t);
    }
    m_texts = out;
    return true;
}

QJsonObject DemoTranslation::apply(const QJsonObject &persona) const
{
    return mapVisible(persona, [this](const QString &s) { return text(s); });
}

QStringList DemoTranslation::visibleTexts(const QJsonObject &persona)
{
    QStringList texts;
    mapVisible(persona, [&texts](const QString &s) {
        if (!texts.contains(s))
            texts << s;
        return s;
    });
    return texts;
}

QStringList DemoTranslation::visiblePaths()
{
    QStringList paths;
    for (const char *p : VisiblePaths)
        paths << QString::fromLatin1(p);
    return paths;
}

QStringList DemoTranslation::builtInLanguages()
{
    return SeedTranslation::builtInLanguages(u"demo"_s);
}

QString DemoTranslation::resourceFor(const QString &language)
{
    return SeedTranslation::resourceFor(u"demo"_s, language);
}

DemoTranslation DemoTranslation::builtIn(const QLocale &locale)
{
    DemoTranslation t;
    const QString language = SeedTranslation::languageFor(u"demo"_s, locale);
    if (language == u"en"_s)
        return t;
    QFile f(resourceFor(language));
    QString error;
    // tst_demotranslation holds every shipped translation complete; should one still fail, the
    // demo comes in English rather than not at all.
    if (!f.open(QIODevice::ReadOnly) || !t.load(f.readAll(), &error))
        qWarning("The demo's %s translation cannot be used: %s", qPrintable(language),
                 qPrintable(error.isEmpty() ? f.errorString() : error));
    return t;
}
