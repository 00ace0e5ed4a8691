#pragma once

#include "domain/evidenceitem.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The links that prove a skill: projects (project_skills), certifications
// (certification_skills) and interview topics (interview_topics.skill_id). The other pages
// edit the same tables from their side. Writes run in the caller's transaction.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(QSqlDatabase db);

    // Every project, certification and interview topic, with whether it is linked to SKILLID.
    std::optional<QList<EvidenceItem>> candidates(qint64 skillId, QString *error) const;

    // Projects and certifications: adds or removes the link row.
    bool setLinked(EvidenceItem::Kind kind, qint64 itemId, qint64 skillId, bool linked,
                   QString *error);
    // Interview topics point at one skill at most: SKILLID 0 clears it.
    bool setTopicSkill(qint64 topicId, qint64 skillId, QString *error);

private:
    QSqlDatabase m_db;
};
