#pragma once

#include "calc/topicranking.h"
#include "domain/interviewtopic.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Interview topics and their spaced-practice state. The state is never edited by hand: it is
// replayed (SM-2, calc/sm2.h) from the scores of the sessions that covered the topic, so logging,
// editing, deleting or importing sessions in any order gives the same schedule.
// Writes run in the caller's transaction.
class InterviewTopicRepository
{
public:
    explicit InterviewTopicRepository(QSqlDatabase db);

    std::optional<QList<InterviewTopic>> all(QString *error) const;
    // Practised topics due on or before TODAY, the longest overdue first.
    std::optional<QList<InterviewTopic>> due(const QDate &today, QString *error) const;
    // Each scored topic's newest TopicRanking::RecentScores scores (one query).
    std::optional<QList<TopicRanking::TopicScores>> recentScores(QString *error) const;
    // The topics practised in sessions of FORMAT (a format key), by name.
    std::optional<QStringList> namesForFormat(const QString &format, QString *error) const;
    // Name -> id of every topic.
    std::optional<QHash<QString, qint64>> ids(QString *error) const;

    // The id of the topic called NAME, adding it when new; 0 on failure.
    [[nodiscard]] qint64 ensure(const QString &name, QString *error);
    // Adds TOPIC (name, description and skill; its spacing is replayed from sessions, never
    // written) and returns its id; 0 on failure, e.g. when the name is taken.
    [[nodiscard]] qint64 insert(const InterviewTopic &topic, QString *error);
    [[nodiscard]] bool setSkill(qint64 topicId, qint64 skillId, QString *error);

    // Recomputes the schedule of TOPICIDS (all topics when empty) from their sessions.
    [[nodiscard]] bool replaySchedule(const QList<qint64> &topicIds, QString *error);

private:
    QSqlDatabase m_db;
};
