#pragma once

#include "domain/studysession.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The study log: sessions per skill and study time per week. Writes run in the caller's
// transaction.
class StudySessionRepository
{
public:
    explicit StudySessionRepository(QSqlDatabase db);

    std::optional<QList<StudySession>> forSkill(qint64 skillId, QString *error) const;
    // Inserts SESSION (with its id when non-zero); returns the id or 0.
    qint64 insert(const StudySession &session, QString *error);
    std::optional<StudySession> find(qint64 id, QString *error) const;
    bool remove(qint64 id, QString *error);

    // Minutes studied (all sessions) in each of WEEKS weeks starting at FIRSTWEEKSTART;
    // one GROUP BY query.
    QList<int> weeklyMinutes(const QDate &firstWeekStart, int weeks, QString *error) const;

private:
    QSqlDatabase m_db;
};
