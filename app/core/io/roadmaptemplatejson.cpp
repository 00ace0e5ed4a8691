#include "roadmaptemplatejson.h"

#include "db/skillaliasrepository.h"
#include "io/roadmaptranslation.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

static const auto FormatName = "career-workbench-roadmap"_L1;

QString RoadmapTemplateJson::position(const QByteArray &data, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else if ((data[i] & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return QObject::tr("line %1, column %2").arg(line).arg(column);
}

namespace {

struct Reader
{
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        error = QObject::tr("%1: %2").arg(where, what);
        return false;
    }

    bool text(const QJsonObject &o, const QString &where, QLatin1StringView field, QString *out,
              bool required)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(where + u'.' + field, QObject::tr("is missing"));
            return true;
        }
        if (!v.isString())
            return fail(where + u'.' + field, QObject::tr("must be text"));
        *out = v.toString().trimmed();
        if (out->size() > RoadmapTemplateJson::MaxTextLength)
            return fail(where + u'.' + field,
                        QObject::tr("is longer than %1 characters")
                            .arg(RoadmapTemplateJson::MaxTextLength));
        if (required && out->isEmpty())
            return fail(where + u'.' + field, QObject::tr("must not be empty"));
        return true;
    }

    bool integer(const QJsonObject &o, const QString &where, QLatin1StringView field, int lo,
                 int hi, int *out)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined())
            return true;
        const double d = v.toDouble(-1e9);
        // The range first: converting a double outside int's range to int is undefined (the
        // fuzzer found 4.4e106).
        if (!v.isDouble() || d < lo || d > hi || d != std::floor(d))
            return fail(where + u'.' + field,
                        QObject::tr("must be a whole number from %1 to %2").arg(lo).arg(hi));
        *out = int(d);
        return true;
    }

    bool array(const QJsonObject &o, QLatin1StringView field, QJsonArray *out)
    {
        const QJsonValue v = o.value(field);
        if (!v.isArray())
            return fail(QString(field), QObject::tr("must be a list"));
        *out = v.toArray();
        return true;
    }
};

// Depth-first search with an explicit stack: a prerequisite chain as long as the skill limit
// allows costs heap, not call stack.
bool hasCycle(const QList<RoadmapTemplate::Skill> &skills, QString *where)
{
    QHash<QString, int> indexOf;
    for (int i = 0; i < skills.size(); ++i)
        indexOf.insert(skills[i].key, i);
    QList<char> state(skills.size(), 0); // 0 unseen, 1 on the current path, 2 done
    struct Frame
    {
        int skill;
        int next; // the next prerequisite to follow
    };
    QList<Frame> stack;
    for (int root = 0; root < skills.size(); ++root) {
        if (state[root] != 0)
            continue;
        state[root] = 1;
        stack.append({root, 0});
        while (!stack.isEmpty()) {
            Frame &top = stack.last();
            const QStringList &pre = skills[top.skill].prerequisites;
            if (top.next == pre.size()) {
                state[top.skill] = 2;
                stack.removeLast();
                continue;
            }
            const int p = indexOf.value(pre[top.next++], -1);
            if (p < 0 || state[p] == 2)
                continue;
            if (state[p] == 1) {
                *where = skills[top.skill].key;
                return true;
            }
            state[p] = 1;
            stack.append({p, 0});
        }
    }
    return false;
}

// The deepest nesting of arrays and objects in JSON, counted without parsing (and without
// recursion), so a hostile file is measured before anything builds a tree from it.
int nestingDepth(const QByteArray &json)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            deepest = std::max(deepest, ++depth);
        else if (c == ']' || c == '}')
            --depth;
    }
    return deepest;
}

} // namespace

std::optional<RoadmapTemplate> RoadmapTemplateJson::parse(const QByteArray &json, QString *error)
{
    if (json.size() > MaxFileBytes) {
        if (error)
            *error = QObject::tr("the file is larger than %1 MB, more than any roadmap needs")
                         .arg(MaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (nestingDepth(json) > MaxDepth) {
        if (error)
            *error = QObject::tr("lists and objects are nested more than %1 levels deep")
                         .arg(MaxDepth);
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = QObject::tr("%1: %2").arg(position(json, pe.offset), pe.errorString());
        return std::nullopt;
    }
    Reader r;
    auto failed = [&]() -> std::optional<RoadmapTemplate> {
        if (error)
            *error = r.error;
        return std::nullopt;
    };
    if (!doc.isObject()) {
        r.fail(u"(document)"_s, QObject::tr("must be a JSON object"));
        return failed();
    }
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != FormatName) {
        r.fail(u"format"_s, QObject::tr("must be \"%1\"").arg(FormatName));
        return failed();
    }
    const int version = root.value("version"_L1).toInt(0);
    if (version < 1 || version > FormatVersion) {
        r.fail(u"version"_s,
               QObject::tr("%1 is not a template version this app reads (1 to %2)")
                   .arg(root.value("version"_L1).toVariant().toString())
                   .arg(FormatVersion));
        return failed();
    }
    RoadmapTemplate t;
    if (!r.text(root, u"(document)"_s, "name"_L1, &t.name, true)
        || !r.text(root, u"(document)"_s, "description"_L1, &t.description, false))
        return failed();

    QJsonArray stages, categories, skills;
    if (!r.array(root, "stages"_L1, &stages) || !r.array(root, "categories"_L1, &categories)
        || !r.array(root, "skills"_L1, &skills))
        return failed();

    QJsonArray specialisations;
    if (root.contains("specialisations"_L1)
        && !r.array(root, "specialisations"_L1, &specialisations))
        return failed();

    const struct
    {
        const QJsonArray &list;
        QLatin1StringView field;
        int limit;
    } counts[] = {{stages, "stages"_L1, MaxStages},
                  {categories, "categories"_L1, MaxCategories},
                  {skills, "skills"_L1, MaxSkills},
                  {specialisations, "specialisations"_L1, MaxStages}};
    for (const auto &c : counts) {
        if (c.list.size() > c.limit) {
            r.fail(QString(c.field),
                   QObject::tr("has %1 entries; a roadmap may have at most %2")
                       .arg(c.list.size())
                       .arg(c.limit));
            return failed();
        }
    }

    QSet<QString> stageKeys, categoryKeys, skillKeys, specialisationKeys;
    for (int i = 0; i < stages.size(); ++i) {
        const QString where = u"stages[%1]"_s.arg(i);
        RoadmapTemplate::Stage s;
        const QJsonObject o = stages[i].toObject();
        if (!r.text(o, where, "key"_L1, &s.key, true) || !r.text(o, where, "name"_L1, &s.name, true)
            || !r.text(o, where, "description"_L1, &s.description, false))
            return failed();
        if (stageKeys.contains(s.key)) {
            r.fail(where + u".key"_s, QObject::tr("\"%1\" is used twice").arg(s.key));
            return failed();
        }
        stageKeys.insert(s.key);
        t.stages << s;
    }
    for (int i = 0; i < categories.size(); ++i) {
        const QString where = u"categories[%1]"_s.arg(i);
        RoadmapTemplate::Category c;
        const QJsonObject o = categories[i].toObject();
        if (!r.text(o, where, "key"_L1, &c.key, true) || !r.text(o, where, "name"_L1, &c.name, true)
            || !r.text(o, where, "description"_L1, &c.description, false))
            return failed();
        if (categoryKeys.contains(c.key)) {
            r.fail(where + u".key"_s, QObject::tr("\"%1\" is used twice").arg(c.key));
            return failed();
        }
        categoryKeys.insert(c.key);
        t.categories << c;
    }
    for (int i = 0; i < specialisations.size(); ++i) {
        const QString where = u"specialisations[%1]"_s.arg(i);
        RoadmapTemplate::Specialisation s;
        const QJsonObject o = specialisations[i].toObject();
        if (!r.text(o, where, "key"_L1, &s.key, true) || !r.text(o, where, "name"_L1, &s.name, true)
            || !r.text(o, where, "description"_L1, &s.description, false))
            return failed();
        if (specialisationKeys.contains(s.key)) {
            r.fail(where + u".key"_s, QObject::tr("\"%1\" is used twice").arg(s.key));
            return failed();
        }
        specialisationKeys.insert(s.key);
        t.specialisations << s;
    }
    for (int i = 0; i < skills.size(); ++i) {
        const QString where = u"skills[%1]"_s.arg(i);
        RoadmapTemplate::Skill s;
        const QJsonObject o = skills[i].toObject();
        if (!r.text(o, where, "key"_L1, &s.key, true) || !r.text(o, where, "name"_L1, &s.name, true)
            || !r.text(o, where, "stage"_L1, &s.stage, true)
            || !r.text(o, where, "category"_L1, &s.category, true)
            || !r.text(o, where, "specialisation"_L1, &s.specialisation, false)
            || !r.text(o, where, "description"_L1, &s.description, false)
            || !r.integer(o, where, "target"_L1, 0, 5, &s.target)
            || !r.integer(o, where, "priority"_L1, 1, 4, &s.priority))
            return failed();
        if (skillKeys.contains(s.key)) {
            r.fail(where + u".key"_s, QObject::tr("\"%1\" is used twice").arg(s.key));
            return failed();
        }
        if (!stageKeys.contains(s.stage)) {
            r.fail(where + u".stage"_s, QObject::tr("no stage has the key \"%1\"").arg(s.stage));
            return failed();
        }
        if (!categoryKeys.contains(s.category)) {
            r.fail(where + u".category"_s,
                   QObject::tr("no category has the key \"%1\"").arg(s.category));
            return failed();
        }
        if (!s.specialisation.isEmpty() && !specialisationKeys.contains(s.specialisation)) {
            r.fail(where + u".specialisation"_s,
                   QObject::tr("no specialisation has the key \"%1\"").arg(s.specialisation));
            return failed();
        }
        const QJsonValue pre = o.value("prerequisites"_L1);
        if (!pre.isUndefined() && !pre.isArray()) {
            r.fail(where + u".prerequisites"_s, QObject::tr("must be a list of skill keys"));
            return failed();
        }
        if (pre.toArray().size() > MaxPrerequisites) {
            r.fail(where + u".prerequisites"_s,
                   QObject::tr("lists more than %1 skills").arg(MaxPrerequisites));
            return failed();
        }
        for (const QJsonValue &p : pre.toArray())
            s.prerequisites << p.toString();
        const QJsonValue aliases = o.value("aliases"_L1);
        if (!aliases.isUndefined()
            && (!aliases.isArray() || aliases.toArray().size() > MaxAliases)) {
            r.fail(where + u".aliases"_s,
                   QObject::tr("must be a list of at most %1 names").arg(MaxAliases));
            return failed();
        }
        for (const QJsonValue &a : aliases.toArray()) {
            if (!a.isString() || a.toString().size() > MaxAliasLength) {
                r.fail(
                    where + u".aliases"_s,
                    QObject::tr("each name is text of at most %1 characters").arg(MaxAliasLength));
                return failed();
            }
            s.aliases << a.toString();
        }
        s.aliases = SkillAliasRepository::cleaned(s.aliases);
        skillKeys.insert(s.key);
        t.skills << s;
    }
    for (int i = 0; i < t.skills.size(); ++i) {
        QSet<QString> seen;
        for (const QString &p : std::as_const(t.skills[i].prerequisites)) {
            if (!skillKeys.contains(p) || p == t.skills[i].key) {
                r.fail(u"skills[%1].prerequisites"_s.arg(i),
                       QObject::tr("\"%1\" is not another skill of this roadmap").arg(p));
                return failed();
            }
            if (seen.contains(p)) {
                r.fail(u"skills[%1].prerequisites"_s.arg(i),
                       QObject::tr("\"%1\" is listed twice").arg(p));
                return failed();
            }
            seen.insert(p);
        }
    }
    QString cycleAt;
    if (hasCycle(t.skills, &cycleAt)) {
        r.fail(u"skills"_s,
               QObject::tr("the prerequisites of \"%1\" go round in a circle").arg(cycleAt));
        return failed();
    }
    return t;
}

std::optional<RoadmapTemplate> RoadmapTemplateJson::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QObject::tr("%1 cannot be read: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QString inner;
    // One byte past the limit is enough to refuse: a huge file is never read whole.
    auto t = parse(f.read(MaxFileBytes + 1), &inner);
    if (!t && error)
        *error = QObject::tr("%1, %2").arg(path, inner);
    return t;
}

QByteArray RoadmapTemplateJson::serialize(const RoadmapTemplate &t)
{
    QJsonArray stages, categories, specialisations, skills;
    for (const auto &s : t.stages)
        stages.append(QJsonObject {
            {"key"_L1, s.key}, {"name"_L1, s.name}, {"description"_L1, s.description}});
    for (const auto &c : t.categories)
        categories.append(QJsonObject {
            {"key"_L1, c.key}, {"name"_L1, c.name}, {"description"_L1, c.description}});
    for (const auto &s : t.specialisations)
        specialisations.append(QJsonObject {
            {"key"_L1, s.key}, {"name"_L1, s.name}, {"description"_L1, s.description}});
    for (const auto &s : t.skills) {
        QJsonObject o {{"key"_L1, s.key},
                       {"name"_L1, s.name},
                       {"stage"_L1, s.stage},
                       {"category"_L1, s.category},
                       {"description"_L1, s.description},
                       {"target"_L1, s.target},
                       {"priority"_L1, s.priority},
                       {"prerequisites"_L1, QJsonArray::fromStringList(s.prerequisites)}};
        if (!s.specialisation.isEmpty())
            o.insert("specialisation"_L1, s.specialisation);
        if (!s.aliases.isEmpty())
            o.insert("aliases"_L1, QJsonArray::fromStringList(s.aliases));
        skills.append(o);
    }
    QJsonObject root {{"format"_L1, FormatName}, {"version"_L1, FormatVersion},
                      {"name"_L1, t.name},       {"description"_L1, t.description},
                      {"stages"_L1, stages},     {"categories"_L1, categories},
                      {"skills"_L1, skills}};
    if (!specialisations.isEmpty())
        root.insert("specialisations"_L1, specialisations);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

RoadmapTemplate RoadmapTemplateJson::builtIn(const QLocale &locale)
{
    QString error;
    auto t = load(u":/seed/roadmap.json"_s, &error);
    Q_ASSERT_X(t, "RoadmapTemplateJson::builtIn", qPrintable(error));
    if (!t)
        return {};
    // The built-in aliases are keyed by the English names, so they go on before translation.
    const QHash<QString, QStringList> aliases = SkillAliasRepository::builtIn();
    for (RoadmapTemplate::Skill &s : t->skills)
        s.aliases = aliases.value(s.name);
    const QString language = RoadmapTranslation::languageFor(locale);
    if (language == u"en"_s)
        return *t;
    QFile f(RoadmapTranslation::resourceFor(language));
    // tst_roadmaptranslation holds every shipped translation complete; should one still fail,
    // the roadmap comes in English rather than not at all.
    if (!f.open(QIODevice::ReadOnly) || !RoadmapTranslation::apply(&*t, f.readAll(), &error))
        qWarning("The built-in roadmap's %s translation cannot be used: %s", qPrintable(language),
                 qPrintable(error));
    return *t;
}
