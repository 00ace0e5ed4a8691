#include "evidencerepository.h"

#include "sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;

EvidenceRepository::EvidenceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<EvidenceItem>> EvidenceRepository::candidates(qint64 skillId,
                                                                  QString *error) const
{
    QList<EvidenceItem> items;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.id, p.name, p.status, ps.skill_id IS NOT NULL FROM projects p "
              "LEFT JOIN project_skills ps ON ps.project_id = p.id AND ps.skill_id = ? "
              "ORDER BY p.position, p.name"_s);
    q.addBindValue(skillId);
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next())
        items << EvidenceItem {EvidenceItem::Kind::Project,
                               q.value(0).toLongLong(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toBool(),
                               0,
                               {}};
    q.prepare(u"SELECT c.id, c.name, c.status, cs.skill_id IS NOT NULL FROM certifications c "
              "LEFT JOIN certification_skills cs ON cs.certification_id = c.id "
              "AND cs.skill_id = ? ORDER BY c.position, c.name"_s);
    q.addBindValue(skillId);
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next())
        items << EvidenceItem {EvidenceItem::Kind::Certification,
                               q.value(0).toLongLong(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toBool(),
                               0,
                               {}};
    q.prepare(u"SELECT t.id, t.name, t.skill_id, s.name FROM interview_topics t "
              "LEFT JOIN skills s ON s.id = t.skill_id ORDER BY t.name"_s);
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        const qint64 linkedTo = q.value(2).toLongLong();
        items << EvidenceItem {EvidenceItem::Kind::InterviewTopic,
                               q.value(0).toLongLong(),
                               q.value(1).toString(),
                               {},
                               linkedTo == skillId,
                               linkedTo != skillId ? linkedTo : 0,
                               linkedTo != skillId ? q.value(3).toString() : QString()};
    }
    return items;
}

bool EvidenceRepository::setLinked(EvidenceItem::Kind kind, qint64 itemId, qint64 skillId,
                                   bool linked, QString *error)
{
    if (kind == EvidenceItem::Kind::InterviewTopic)
        return setTopicSkill(itemId, linked ? skillId : 0, error);
    const bool project = kind == EvidenceItem::Kind::Project;
    QSqlQuery q(m_db);
    if (linked)
        q.prepare(project ? u"INSERT OR IGNORE INTO project_skills (project_id, skill_id) "
                            "VALUES (?, ?)"_s
                          : u"INSERT OR IGNORE INTO certification_skills (certification_id, "
                            "skill_id) VALUES (?, ?)"_s);
    else
        q.prepare(project ? u"DELETE FROM project_skills WHERE project_id = ? AND skill_id = ?"_s
                          : u"DELETE FROM certification_skills WHERE certification_id = ? "
                            "AND skill_id = ?"_s);
    q.addBindValue(itemId);
    q.addBindValue(skillId);
    return q.exec() || failWith(q, error);
}

bool EvidenceRepository::setTopicSkill(qint64 topicId, qint64 skillId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE interview_topics SET skill_id = ? WHERE id = ?"_s);
    q.addBindValue(skillId > 0 ? QVariant(skillId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(topicId);
    return q.exec() || failWith(q, error);
}
