#pragma once

#include "interviewsession.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The rules an interview session must meet, for the editor (problems beside the fields) and the
// CSV importer (problems with line and column). The SQL CHECKs stay as the last line of defence.
class InterviewSessionValidator
{
public:
    enum class Field {
        Date,
        Kind,
        Format,
        RanBy,
        Company,
        Role,
        Duration,
        SelfScore,
        InterviewerScore,
        Topics,
    };

    static constexpr int MaxDurationMinutes = 24 * 60;
    static constexpr int MaxTopics = 50;
    static constexpr int MaxTopicNameLength = 100;
    static constexpr int MaxTextLength = 100000;

    // FORMATKEYS: the formats the workbench knows (built-in and the user's own).
    explicit InterviewSessionValidator(QStringList formatKeys);

    // Every problem, by field; empty when SESSION can be saved.
    QMap<Field, QString> validate(const InterviewSession &session) const;

    // A topic name's problem, or "" (shared with the CSV reader's topic list).
    static QString topicNameProblem(const QString &name);

private:
    QStringList m_formatKeys;
};
