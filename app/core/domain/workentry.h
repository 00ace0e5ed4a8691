#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// One job in the work history (table `work_history`), as a resume shows it.
struct WorkEntry
{
    qint64 id = 0;
    QString employer;
    QString position;
    QString location;
    QString url;
    QDate startedOn; // null: not given
    QDate endedOn; // null: current job
    QString summary;
    QStringList highlights;
    int sortOrder = 0;

    bool operator==(const WorkEntry &o) const
    {
        return id == o.id && employer == o.employer && position == o.position
            && location == o.location && url == o.url && startedOn == o.startedOn
            && endedOn == o.endedOn && summary == o.summary && highlights == o.highlights
            && sortOrder == o.sortOrder;
    }
};
