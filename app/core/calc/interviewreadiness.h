#pragma once

#include <QDate>
#include <QList>
#include <QString>

// How ready the user is for each interview format: the average of the most recent sessions'
// scores against the target score (Preferences; settings key TargetScoreKey).
namespace InterviewReadiness {

inline constexpr char TargetScoreKey[] = "interviews/targetScore";
constexpr double DefaultTargetScore = 4.0;
// How many of a format's newest sessions its readiness averages.
constexpr int RecentSessions = 5;

struct ScoredSession
{
    QString format;
    QDate date;
    int selfScore = 0;
    int interviewerScore = 0; // 0: none
};

// A session's score: the interviewer's when there is one (an outside view), else the user's own.
inline int scoreOf(const ScoredSession &s)
{
    return s.interviewerScore > 0 ? s.interviewerScore : s.selfScore;
}

struct FormatReadiness
{
    QString format;
    double recentAverage = 0; // of the newest RecentSessions scores
    int sessions = 0; // all sessions of the format
    double ofTarget = 0; // recentAverage / target, capped at 1
    bool ready = false; // recentAverage >= target
};

// One entry per format present in SESSIONS (newest first), in order of first appearance.
QList<FormatReadiness> perFormat(const QList<ScoredSession> &newestFirst, double target);

} // namespace InterviewReadiness
