#pragma once

#include <QDate>
#include <QList>
#include <QString>

// A job application followed through its stages. A real interview belongs to one.
struct JobApplication
{
    enum class Stage { Applied, Screen, Technical, Onsite, Offer, Rejected, Withdrawn };
    static constexpr int StageCount = 7;

    struct Move
    {
        Stage stage = Stage::Applied;
        QDate on;
        bool operator==(const Move &o) const { return stage == o.stage && on == o.on; }
    };

    qint64 id = 0;
    QString company;
    QString role;
    QString source; // where the posting was found, a referral ...
    QDate appliedOn;
    QString postingUrl;
    Stage stage = Stage::Applied;
    QString notes;
    QList<Move> moves; // oldest first; the last one is the current stage

    static QString stageKey(Stage stage);
    static bool stageFromKey(const QString &key, Stage *stage);
    // Rejected and withdrawn end an application; the others lie on the way to an offer.
    static bool isClosed(Stage stage)
    {
        return stage == Stage::Rejected || stage == Stage::Withdrawn;
    }
};
