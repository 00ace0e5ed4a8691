#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

// One scored topic of a session ("name" or "name:score" in a CSV file).
struct InterviewTopicScore
{
    QString name;
    int score = 0; // 1-5; 0: not scored separately
    bool operator==(const InterviewTopicScore &o) const
    {
        return name == o.name && score == o.score;
    }
};

// A mock or real interview: when, what kind, how it went and what to do next.
struct InterviewSession
{
    enum class Kind { Mock, Real };
    // Who ran a mock interview.
    enum class RanBy { Unknown, Self, Peer, Platform };

    qint64 id = 0;
    QDate date;
    QTime time; // invalid: the day only
    Kind kind = Kind::Mock;
    QString format = QStringLiteral("technical"); // a key of interview_formats
    RanBy ranBy = RanBy::Unknown;
    QString ranByName; // the peer's or the platform's name
    qint64 applicationId = 0; // 0: none
    QString company;
    QString role;
    int durationMinutes = 60;
    int selfScore = 3; // 1-5
    int interviewerScore = 0; // 1-5; 0: none
    QList<InterviewTopicScore> topics;
    QString questionsAsked; // one question per line
    QString wentWell;
    QString toImprove;
    QString actionItems;

    // The stored moment: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]".
    QString occurredAt() const;
    // Reads a stored or imported moment; false when it is not ISO 8601.
    static bool parseOccurredAt(const QString &text, QDate *date, QTime *time);

    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString &key, Kind *kind);
    static QString ranByKey(RanBy ranBy); // "" for Unknown
    static bool ranByFromKey(const QString &key, RanBy *ranBy);

    bool operator==(const InterviewSession &o) const;
    bool operator!=(const InterviewSession &o) const { return !(*this == o); }
};
