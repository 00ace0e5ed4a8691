#include "skillrepository.h"

#include "skillrow.h"
#include "sqlhelpers.h"

#include "domain/skilltext.h"
#include "studysessionrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;
using SqlHelpers::textValue;

namespace {

QString fieldSql(Skill::Field field)
{
    switch (field) {
    case Skill::Field::Name:
        return u"UPDATE skills SET name = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') "
               "WHERE id = ?"_s;
    case Skill::Field::Description:
        return u"UPDATE skills SET description = ?, "
               "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?"_s;
    case Skill::Field::Notes:
        return u"UPDATE skills SET notes = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') "
               "WHERE id = ?"_s;
    case Skill::Field::CurrentLevel:
        return u"UPDATE skills SET current_level = ?, "
               "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?"_s;
    case Skill::Field::TargetLevel:
        return u"UPDATE skills SET target_level = ?, "
               "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?"_s;
    case Skill::Field::Priority:
        return u"UPDATE skills SET priority = ?, "
               "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?"_s;
    case Skill::Field::Status:
        return u"UPDATE skills SET status = ?, "
               "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?"_s;
    }
    return {};
}

// "?, ?, ?" for N ids, to bind a list in one IN (...) query.
QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i ? u", ?"_s : u"?"_s;
    return s;
}

bool insertPairs(QSqlDatabase db, const QString &sql, const QList<QPair<qint64, qint64>> &pairs,
                 QString *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const auto &p : pairs) {
        q.addBindValue(p.first);
        q.addBindValue(p.second);
        if (!q.exec())
            return failWith(q, error);
    }
    return true;
}

} // namespace

SkillRepository::SkillRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

qint64 SkillRepository::insert(const Skill &skill, QString *error)
{
    QSqlQuery q(m_db);
    int position = skill.position;
    if (position < 0) {
        q.prepare(u"SELECT coalesce(max(position) + 1, 0) FROM skills WHERE stage_id = ?"_s);
        q.addBindValue(skill.stageId);
        if (!q.exec() || !q.next()) {
            failWith(q, error);
            return 0;
        }
        position = q.value(0).toInt();
    }
    q.prepare(u"INSERT INTO skills (id, stage_id, category_id, name, description, notes, "
              "current_level, target_level, priority, status, position) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(skill.id > 0 ? QVariant(skill.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(skill.stageId);
    q.addBindValue(skill.categoryId);
    q.addBindValue(textValue(skill.name));
    q.addBindValue(textValue(skill.description));
    q.addBindValue(textValue(skill.notes));
    q.addBindValue(skill.currentLevel);
    q.addBindValue(skill.targetLevel);
    q.addBindValue(skill.priority);
    q.addBindValue(SkillText::statusKey(skill.status));
    q.addBindValue(position);
    if (!q.exec()) {
        failWith(q, error);
        return 0;
    }
    const qint64 id = skill.id > 0 ? skill.id : q.lastInsertId().toLongLong();
    if (!skill.prerequisites.isEmpty() && !setPrerequisites(id, skill.prerequisites, error))
        return 0;
    return id;
}

bool SkillRepository::setField(qint64 id, Skill::Field field, const QVariant &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(fieldSql(field));
    if (field == Skill::Field::Status)
        q.addBindValue(SkillText::statusKey(Skill::Status(value.toInt())));
    else if (value.typeId() == QMetaType::QString)
        q.addBindValue(textValue(value.toString()));
    else
        q.addBindValue(value);
    q.addBindValue(id);
    if (!q.exec())
        return failWith(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("SkillRepository", "The skill no longer exists.");
        return false;
    }
    return true;
}

bool SkillRepository::setPlacement(qint64 id, qint64 stageId, qint64 categoryId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE skills SET stage_id = ?, category_id = ?, "
              "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?"_s);
    q.addBindValue(stageId);
    q.addBindValue(categoryId);
    q.addBindValue(id);
    return q.exec() || failWith(q, error);
}

bool SkillRepository::setOrder(const QList<qint64> &ids, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE skills SET position = ? WHERE id = ?"_s);
    for (int i = 0; i < ids.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(ids[i]);
        if (!q.exec())
            return failWith(q, error);
    }
    return true;
}

bool SkillRepository::setPositions(const QList<QPair<qint64, int>> &positions, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE skills SET position = ? WHERE id = ?"_s);
    for (const auto &p : positions) {
        q.addBindValue(p.second);
        q.addBindValue(p.first);
        if (!q.exec())
            return failWith(q, error);
    }
    return true;
}

bool SkillRepository::setPrerequisites(qint64 id, const QList<qint64> &prerequisites,
                                       QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM skill_prerequisites WHERE skill_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return failWith(q, error);
    QList<QPair<qint64, qint64>> pairs;
    for (qint64 p : prerequisites)
        pairs << qMakePair(id, p);
    return insertPairs(
        m_db, u"INSERT INTO skill_prerequisites (skill_id, prerequisite_id) VALUES (?, ?)"_s, pairs,
        error);
}

std::optional<bool> SkillRepository::wouldCycle(qint64 skill, qint64 prerequisite,
                                                QString *error) const
{
    if (skill == prerequisite)
        return true;
    // Does SKILL already come (directly or not) before PREREQUISITE?
    QSqlQuery q(m_db);
    q.prepare(u"WITH RECURSIVE before(id) AS (SELECT prerequisite_id FROM skill_prerequisites "
              "WHERE skill_id = ? UNION SELECT sp.prerequisite_id FROM skill_prerequisites sp "
              "JOIN before b ON sp.skill_id = b.id) SELECT count(*) FROM before WHERE id = ?"_s);
    q.addBindValue(prerequisite);
    q.addBindValue(skill);
    if (!q.exec() || !q.next()) {
        failWith(q, error);
        return std::nullopt;
    }
    return q.value(0).toInt() > 0;
}

std::optional<SkillDeletion> SkillRepository::snapshot(const QList<qint64> &ids,
                                                       QString *error) const
{
    SkillDeletion d;
    if (ids.isEmpty())
        return d;
    const QString in = placeholders(ids.size());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto run = [&](const QString &sql, int repeat) {
        q.prepare(sql);
        for (int r = 0; r < repeat; ++r)
            for (qint64 id : ids)
                q.addBindValue(id);
        return q.exec() || failWith(q, error);
    };
    if (!run(u"SELECT id, stage_id, category_id, name, description, notes, current_level, "
             "target_level, priority, status, position, created_at, updated_at FROM skills "
             "WHERE id IN (%1) ORDER BY id"_s.arg(in),
             1))
        return std::nullopt;
    while (q.next()) {
        Skill s;
        readSkillColumns(q, &s);
        d.skills << s;
        d.timestamps << qMakePair(q.value(11).toString(), q.value(12).toString());
    }
    auto pairs = [&](const QString &sql, int repeat, QList<QPair<qint64, qint64>> *out) {
        if (!run(sql, repeat))
            return false;
        while (q.next())
            *out << qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong());
        return true;
    };
    if (!pairs(u"SELECT skill_id, prerequisite_id FROM skill_prerequisites WHERE skill_id IN (%1) "
               "OR prerequisite_id IN (%1)"_s.arg(in),
               2, &d.prerequisites)
        || !pairs(
            u"SELECT project_id, skill_id FROM project_skills WHERE skill_id IN (%1)"_s.arg(in), 1,
            &d.projectLinks)
        || !pairs(u"SELECT certification_id, skill_id FROM certification_skills "
                  "WHERE skill_id IN (%1)"_s.arg(in),
                  1, &d.certificationLinks)
        || !pairs(u"SELECT id, skill_id FROM interview_topics WHERE skill_id IN (%1)"_s.arg(in), 1,
                  &d.topicLinks))
        return std::nullopt;
    const auto sessions = StudySessionRepository(m_db).forSkills(ids, error);
    if (!sessions)
        return std::nullopt;
    d.studySessions = *sessions;
    if (!run(u"SELECT skill_id, alias FROM skill_aliases WHERE skill_id IN (%1) "
             "ORDER BY skill_id, position"_s.arg(in),
             1))
        return std::nullopt;
    while (q.next())
        d.aliases << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
    return d;
}

bool SkillRepository::remove(const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM skills WHERE id IN (%1)"_s.arg(placeholders(ids.size())));
    for (qint64 id : ids)
        q.addBindValue(id);
    return q.exec() || failWith(q, error);
}

bool SkillRepository::restore(const SkillDeletion &d, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO skills (id, stage_id, category_id, name, description, notes, "
              "current_level, target_level, priority, status, position, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < d.skills.size(); ++i) {
        const Skill &s = d.skills[i];
        for (const QVariant &v :
             {QVariant(s.id), QVariant(s.stageId), QVariant(s.categoryId),
              QVariant(textValue(s.name)), QVariant(textValue(s.description)),
              QVariant(textValue(s.notes)), QVariant(s.currentLevel), QVariant(s.targetLevel),
              QVariant(s.priority), QVariant(SkillText::statusKey(s.status)), QVariant(s.position),
              QVariant(d.timestamps.value(i).first), QVariant(d.timestamps.value(i).second)})
            q.addBindValue(v);
        if (!q.exec())
            return failWith(q, error);
    }
    if (!insertPairs(m_db,
                     u"INSERT INTO skill_prerequisites (skill_id, prerequisite_id) VALUES (?, ?)"_s,
                     d.prerequisites, error)
        || !insertPairs(m_db, u"INSERT INTO project_skills (project_id, skill_id) VALUES (?, ?)"_s,
                        d.projectLinks, error)
        || !insertPairs(m_db,
                        u"INSERT INTO certification_skills (certification_id, skill_id) "
                        "VALUES (?, ?)"_s,
                        d.certificationLinks, error))
        return false;
    q.prepare(u"UPDATE interview_topics SET skill_id = ? WHERE id = ?"_s);
    for (const auto &t : d.topicLinks) {
        q.addBindValue(t.second);
        q.addBindValue(t.first);
        if (!q.exec())
            return failWith(q, error);
    }
    StudySessionRepository sessions(m_db);
    for (const StudySession &s : d.studySessions)
        if (!sessions.insert(s, error))
            return false;
    q.prepare(u"INSERT INTO skill_aliases (skill_id, alias, position) VALUES (?, ?, ?)"_s);
    for (int i = 0; i < d.aliases.size(); ++i) {
        q.addBindValue(d.aliases.at(i).first);
        q.addBindValue(d.aliases.at(i).second);
        q.addBindValue(i);
        if (!q.exec())
            return failWith(q, error);
    }
    return true;
}
