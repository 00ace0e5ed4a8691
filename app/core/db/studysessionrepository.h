#pragma once

#include "domain/studysession.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

// The study log: the one reader and writer of study_sessions rows (sessions per skill, per
// certification, and study time per week). Writes run in the caller's transaction.
class StudySessionRepository
{
public:
    explicit StudySessionRepository(QSqlDatabase db);

    // Newest first.
    std::optional<QList<StudySession>> forSkill(qint64 skillId, QString *error) const;
    // Oldest first.
    std::optional<QList<StudySession>> forCertification(qint64 certificationId,
                                                        QString *error) const;
    // The sessions of any of SKILLIDS, by id (what deleting those skills removes).
    std::optional<QList<StudySession>> forSkills(const QList<qint64> &skillIds,
                                                 QString *error) const;
    // Inserts SESSION (with its id when non-zero); returns the id or 0. The statement is
    // prepared once per repository: keep one repository for many inserts (an importer's).
    qint64 insert(const StudySession &session, QString *error);
    std::optional<StudySession> find(qint64 id, QString *error) const;
    bool remove(qint64 id, QString *error);

    // Minutes studied (all sessions) in each of WEEKS weeks starting at FIRSTWEEKSTART;
    // one GROUP BY query.
    std::optional<QList<int>> weeklyMinutes(const QDate &firstWeekStart, int weeks,
                                            QString *error) const;

private:
    std::optional<QList<StudySession>> select(const QString &where, const QVariantList &values,
                                              const QString &order, QString *error) const;

    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_insert;
};
