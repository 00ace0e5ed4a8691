#include "roadmaprepository.h"

#include "skillrow.h"
#include "sqlhelpers.h"

#include "domain/skilltext.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;
using SqlHelpers::textValue;

namespace {

// Evidence counts and study minutes per skill, each aggregated once with GROUP BY.
const auto SkillSelect
    = "SELECT s.id, s.stage_id, s.category_id, s.name, s.description, s.notes, "
      "s.current_level, s.target_level, s.priority, s.status, s.position, "
      "coalesce(p.n, 0), coalesce(c.earned, 0), coalesce(c.other, 0), "
      "coalesce(t.n, 0), coalesce(m.n, 0) "
      "FROM skills s "
      "JOIN roadmap_stages st ON st.id = s.stage_id "
      "LEFT JOIN (SELECT skill_id, count(*) AS n FROM project_skills "
      "  GROUP BY skill_id) p ON p.skill_id = s.id "
      "LEFT JOIN (SELECT cs.skill_id, sum(ce.status = 'earned') AS earned, "
      "  sum(ce.status <> 'earned') AS other FROM certification_skills cs "
      "  JOIN certifications ce ON ce.id = cs.certification_id "
      "  GROUP BY cs.skill_id) c ON c.skill_id = s.id "
      "LEFT JOIN (SELECT skill_id, count(*) AS n FROM interview_topics "
      "  WHERE skill_id IS NOT NULL GROUP BY skill_id) t ON t.skill_id = s.id "
      "LEFT JOIN (SELECT skill_id, sum(minutes) AS n FROM study_sessions "
      "  WHERE skill_id IS NOT NULL GROUP BY skill_id) m ON m.skill_id = s.id "_L1;

Skill readSkill(const QSqlQuery &q)
{
    Skill s;
    readSkillColumns(q, &s);
    s.projectCount = q.value(11).toInt();
    s.earnedCertificationCount = q.value(12).toInt();
    s.otherCertificationCount = q.value(13).toInt();
    s.topicCount = q.value(14).toInt();
    s.minutesStudied = q.value(15).toInt();
    return s;
}

bool readGroups(QSqlQuery &q, RoadmapGroup::Kind kind, QList<RoadmapGroup> *out, QString *error)
{
    const QString sql = kind == RoadmapGroup::Kind::Stage
        ? u"SELECT id, name, description, position FROM roadmap_stages ORDER BY position, id"_s
        : u"SELECT id, name, description, position FROM skill_categories ORDER BY position, id"_s;
    if (!q.exec(sql))
        return failWith(q, error);
    while (q.next())
        *out << RoadmapGroup {kind, q.value(0).toLongLong(), q.value(1).toString(),
                              q.value(2).toString(), q.value(3).toInt()};
    return true;
}

} // namespace

RoadmapRepository::RoadmapRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<Roadmap> RoadmapRepository::load(QString *error) const
{
    Roadmap r;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!readGroups(q, RoadmapGroup::Kind::Stage, &r.stages, error)
        || !readGroups(q, RoadmapGroup::Kind::Category, &r.categories, error))
        return std::nullopt;
    if (!q.exec(QString(SkillSelect) + u"ORDER BY st.position, st.id, s.position, s.id"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    QHash<qint64, int> indexOf;
    while (q.next()) {
        r.skills << readSkill(q);
        indexOf.insert(r.skills.last().id, int(r.skills.size()) - 1);
    }
    if (!q.exec(u"SELECT skill_id, prerequisite_id FROM skill_prerequisites "
                "ORDER BY skill_id, prerequisite_id"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        const int i = indexOf.value(q.value(0).toLongLong(), -1);
        if (i >= 0)
            r.skills[i].prerequisites << q.value(1).toLongLong();
    }
    return r;
}

std::optional<Skill> RoadmapRepository::loadSkill(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QString(SkillSelect) + u"WHERE s.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text() : u"no such skill"_s;
        return std::nullopt;
    }
    Skill s = readSkill(q);
    q.prepare(u"SELECT prerequisite_id FROM skill_prerequisites WHERE skill_id = ? "
              "ORDER BY prerequisite_id"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next())
        s.prerequisites << q.value(0).toLongLong();
    return s;
}

qint64 RoadmapRepository::insertGroup(const RoadmapGroup &group, QString *error)
{
    const bool stage = group.kind == RoadmapGroup::Kind::Stage;
    QSqlQuery q(m_db);
    q.prepare(stage ? u"INSERT INTO roadmap_stages (id, name, description, position) "
                      "VALUES (?, ?, ?, ?)"_s
                    : u"INSERT INTO skill_categories (id, name, description, position) "
                      "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(group.id > 0 ? QVariant(group.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(textValue(group.name));
    q.addBindValue(textValue(group.description));
    q.addBindValue(group.position);
    if (!q.exec()) {
        failWith(q, error);
        return 0;
    }
    return group.id > 0 ? group.id : q.lastInsertId().toLongLong();
}

bool RoadmapRepository::renameGroup(RoadmapGroup::Kind kind, qint64 id, const QString &name,
                                    QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(kind == RoadmapGroup::Kind::Stage
                  ? u"UPDATE roadmap_stages SET name = ? WHERE id = ?"_s
                  : u"UPDATE skill_categories SET name = ? WHERE id = ?"_s);
    q.addBindValue(name);
    q.addBindValue(id);
    return q.exec() || failWith(q, error);
}

bool RoadmapRepository::removeGroup(RoadmapGroup::Kind kind, qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(kind == RoadmapGroup::Kind::Stage ? u"DELETE FROM roadmap_stages WHERE id = ?"_s
                                                : u"DELETE FROM skill_categories WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() || failWith(q, error);
}

bool RoadmapRepository::setGroupOrder(RoadmapGroup::Kind kind, const QList<qint64> &ids,
                                      QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(kind == RoadmapGroup::Kind::Stage
                  ? u"UPDATE roadmap_stages SET position = ? WHERE id = ?"_s
                  : u"UPDATE skill_categories SET position = ? WHERE id = ?"_s);
    for (int i = 0; i < ids.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(ids[i]);
        if (!q.exec())
            return failWith(q, error);
    }
    return true;
}

std::optional<int> RoadmapRepository::skillCount(RoadmapGroup::Kind kind, qint64 id,
                                                 QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(kind == RoadmapGroup::Kind::Stage
                  ? u"SELECT count(*) FROM skills WHERE stage_id = ?"_s
                  : u"SELECT count(*) FROM skills WHERE category_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        failWith(q, error);
        return std::nullopt;
    }
    return q.value(0).toInt();
}
