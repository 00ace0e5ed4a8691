#include "roadmaptemplaterepository.h"

#include "sqlhelpers.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;
using SqlHelpers::textValue;

RoadmapTemplateRepository::RoadmapTemplateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

// Optional text a template leaves out arrives as a null QString, which binds as NULL; the
// columns are NOT NULL, so bind "" instead.
bool RoadmapTemplateRepository::insert(const RoadmapTemplate &t, QString *error,
                                       QHash<QString, qint64> *skillIdsByKey)
{
    QSqlQuery q(m_db);
    int stagePos = 0, categoryPos = 0;
    if (q.exec(u"SELECT coalesce(max(position) + 1, 0) FROM roadmap_stages"_s) && q.next())
        stagePos = q.value(0).toInt();
    if (q.exec(u"SELECT coalesce(max(position) + 1, 0) FROM skill_categories"_s) && q.next())
        categoryPos = q.value(0).toInt();

    QHash<QString, qint64> stageIds, categoryIds, skillIds;
    q.prepare(u"INSERT INTO roadmap_stages (name, description, position) VALUES (?, ?, ?)"_s);
    for (const auto &s : t.stages) {
        q.addBindValue(s.name);
        q.addBindValue(textValue(s.description));
        q.addBindValue(stagePos++);
        if (!q.exec())
            return failWith(q, error);
        stageIds.insert(s.key, q.lastInsertId().toLongLong());
    }
    QSqlQuery find(m_db);
    find.prepare(u"SELECT id FROM skill_categories WHERE name = ?"_s);
    q.prepare(u"INSERT INTO skill_categories (name, description, position) VALUES (?, ?, ?)"_s);
    for (const auto &c : t.categories) {
        find.addBindValue(c.name);
        if (!find.exec())
            return failWith(find, error);
        if (find.next()) {
            categoryIds.insert(c.key, find.value(0).toLongLong());
            continue;
        }
        q.addBindValue(c.name);
        q.addBindValue(textValue(c.description));
        q.addBindValue(categoryPos++);
        if (!q.exec())
            return failWith(q, error);
        categoryIds.insert(c.key, q.lastInsertId().toLongLong());
    }
    q.prepare(u"INSERT INTO skills (stage_id, category_id, name, description, target_level, "
              "priority, position) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    int position = 0;
    for (const auto &s : t.skills) {
        q.addBindValue(stageIds.value(s.stage));
        q.addBindValue(categoryIds.value(s.category));
        q.addBindValue(s.name);
        q.addBindValue(textValue(s.description));
        q.addBindValue(s.target);
        q.addBindValue(s.priority);
        q.addBindValue(position++);
        if (!q.exec())
            return failWith(q, error);
        skillIds.insert(s.key, q.lastInsertId().toLongLong());
    }
    q.prepare(u"INSERT INTO skill_prerequisites (skill_id, prerequisite_id) VALUES (?, ?)"_s);
    for (const auto &s : t.skills) {
        for (const QString &p : s.prerequisites) {
            q.addBindValue(skillIds.value(s.key));
            q.addBindValue(skillIds.value(p));
            if (!q.exec())
                return failWith(q, error);
        }
    }
    q.prepare(
        u"INSERT OR IGNORE INTO skill_aliases (skill_id, alias, position) VALUES (?, ?, ?)"_s);
    for (const auto &s : t.skills) {
        for (int i = 0; i < s.aliases.size(); ++i) {
            q.addBindValue(skillIds.value(s.key));
            q.addBindValue(s.aliases.at(i));
            q.addBindValue(i);
            if (!q.exec())
                return failWith(q, error);
        }
    }
    if (skillIdsByKey)
        *skillIdsByKey = skillIds;
    return true;
}

static QString slug(const QString &name, QSet<QString> *taken)
{
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
    QString base = name.toLower().replace(nonWord, u"-"_s);
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = u"item"_s;
    QString key = base;
    for (int n = 2; taken->contains(key); ++n)
        key = u"%1-%2"_s.arg(base).arg(n);
    taken->insert(key);
    return key;
}

std::optional<RoadmapTemplate> RoadmapTemplateRepository::read(const QString &name,
                                                               QString *error) const
{
    RoadmapTemplate t;
    t.name = name;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QHash<qint64, QString> stageKeys, categoryKeys, skillKeys;
    QSet<QString> taken;
    if (!q.exec(u"SELECT id, name, description FROM roadmap_stages ORDER BY position, id"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        RoadmapTemplate::Stage s {slug(q.value(1).toString(), &taken), q.value(1).toString(),
                                  q.value(2).toString()};
        stageKeys.insert(q.value(0).toLongLong(), s.key);
        t.stages << s;
    }
    taken.clear();
    if (!q.exec(u"SELECT id, name, description FROM skill_categories ORDER BY position, id"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        RoadmapTemplate::Category c {slug(q.value(1).toString(), &taken), q.value(1).toString(),
                                     q.value(2).toString()};
        categoryKeys.insert(q.value(0).toLongLong(), c.key);
        t.categories << c;
    }
    taken.clear();
    if (!q.exec(u"SELECT s.id, s.name, s.stage_id, s.category_id, s.description, s.target_level, "
                "s.priority FROM skills s JOIN roadmap_stages st ON st.id = s.stage_id "
                "ORDER BY st.position, s.position, s.id"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    QHash<qint64, int> indexOf;
    while (q.next()) {
        RoadmapTemplate::Skill s;
        s.key = slug(q.value(1).toString(), &taken);
        s.name = q.value(1).toString();
        s.stage = stageKeys.value(q.value(2).toLongLong());
        s.category = categoryKeys.value(q.value(3).toLongLong());
        s.description = q.value(4).toString();
        s.target = q.value(5).toInt();
        s.priority = q.value(6).toInt();
        skillKeys.insert(q.value(0).toLongLong(), s.key);
        indexOf.insert(q.value(0).toLongLong(), t.skills.size());
        t.skills << s;
    }
    if (!q.exec(
            u"SELECT skill_id, prerequisite_id FROM skill_prerequisites ORDER BY skill_id, prerequisite_id"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        const int i = indexOf.value(q.value(0).toLongLong(), -1);
        if (i >= 0)
            t.skills[i].prerequisites << skillKeys.value(q.value(1).toLongLong());
    }
    if (!q.exec(u"SELECT skill_id, alias FROM skill_aliases ORDER BY skill_id, position"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        const int i = indexOf.value(q.value(0).toLongLong(), -1);
        if (i >= 0)
            t.skills[i].aliases << q.value(1).toString();
    }
    return t;
}
