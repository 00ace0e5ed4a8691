#pragma once

#include "calc/interviewreadiness.h"
#include "domain/interviewsession.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Interview sessions with their scored topics. Every read is one query, however many sessions
// there are (the list of 100,000 sessions included). Writes run in the caller's transaction and
// replay the spacing of the topics they touch.
class InterviewSessionRepository
{
public:
    explicit InterviewSessionRepository(QSqlDatabase db);

    // Every session, newest first, every field and topic included.
    std::optional<QList<InterviewSession>> all(QString *error) const;
    std::optional<InterviewSession> find(qint64 id, QString *error) const;
    // The sessions of one application, oldest first.
    std::optional<QList<InterviewSession>> forApplication(qint64 applicationId,
                                                          QString *error) const;
    // Identity key (see identityKey) -> id of every session, for imports that update in place.
    std::optional<QHash<QString, qint64>> identities(QString *error) const;
    // A session's identity: the same date, company, role and format is the same session.
    static QString identityKey(const InterviewSession &session);
    static QString identityKey(const QString &occurredAt, const QString &company,
                               const QString &role, const QString &format);

    std::optional<int> count(QString *error) const;
    // Every session's format, day and scores, newest first (for readiness and score charts).
    std::optional<QList<InterviewReadiness::ScoredSession>> scores(QString *error) const;
    // Sessions in each of WEEKS weeks from FIRSTWEEKSTART, per format key (one GROUP BY query).
    std::optional<QHash<QString, QList<int>>> weeklyCounts(const QDate &firstWeekStart, int weeks,
                                                           QString *error) const;

    [[nodiscard]] qint64 insert(const InterviewSession &session, QString *error);
    [[nodiscard]] bool update(const InterviewSession &session, QString *error);
    [[nodiscard]] bool remove(qint64 id, QString *error);
    // Makes session ID belong to application APPLICATIONID (0: to none). Scores and topics are
    // untouched, so the spacing needs no replay.
    [[nodiscard]] bool setApplication(qint64 id, qint64 applicationId, QString *error);

    // The SELECT every read uses, for benchmarks that compare against the raw read.
    static QString selectSql();

private:
    std::optional<QList<InterviewSession>> read(const QString &where, const QVariant &bound,
                                                const QString &order, QString *error) const;

    QSqlDatabase m_db;
};
