#pragma once

#include "domain/interviewsession.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Writes interview sessions with their topics, preparing each statement once, so that one
// session and 100,000 imported ones take the same path. Topics are added by name as needed.
// Call finish() after the last write: it replays the spacing of every topic touched.
// Runs in the caller's transaction.
class InterviewSessionWriter
{
public:
    explicit InterviewSessionWriter(QSqlDatabase db);

    // Inserts SESSION (with its id when non-zero); returns the new id, or 0.
    [[nodiscard]] qint64 insert(const InterviewSession &session, QString *error);
    // Replaces the stored session SESSION.id, topics included.
    [[nodiscard]] bool update(const InterviewSession &session, QString *error);
    [[nodiscard]] bool remove(qint64 id, QString *error);
    // Recomputes the spacing of the topics the writes touched.
    [[nodiscard]] bool finish(QString *error);

private:
    bool prepare(QString *error);
    static void bindSession(QSqlQuery &q, const InterviewSession &s);
    bool writeTopics(qint64 sessionId, const InterviewSession &s, QString *error);
    bool touchStoredTopics(qint64 sessionId, QString *error);

    QSqlDatabase m_db;
    bool m_prepared = false;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_remove;
    QSqlQuery m_removeTopics;
    QSqlQuery m_storedTopics;
    QSqlQuery m_insertTopic;
    QSqlQuery m_addTopicName;
    QHash<QString, qint64> m_topicIds;
    QSet<qint64> m_touched;
};
