#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// One entry of education (table `education`), as a resume shows it.
struct EducationEntry
{
    qint64 id = 0;
    QString institution;
    QString area;
    QString studyType;
    QString url;
    QDate startedOn;
    QDate endedOn;
    QString score;
    QStringList courses;
    int sortOrder = 0;

    bool operator==(const EducationEntry &o) const
    {
        return id == o.id && institution == o.institution && area == o.area
            && studyType == o.studyType && url == o.url && startedOn == o.startedOn
            && endedOn == o.endedOn && score == o.score && courses == o.courses
            && sortOrder == o.sortOrder;
    }
};
