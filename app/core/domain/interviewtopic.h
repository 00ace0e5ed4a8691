#pragma once

#include <QDate>
#include <QString>

// A topic practised in interviews, with its spaced-practice state (SM-2 style).
struct InterviewTopic
{
    qint64 id = 0;
    QString name;
    QString description;
    qint64 skillId = 0; // 0: not linked to a roadmap skill
    double ease = 2.5;
    int intervalDays = 0;
    int repetitions = 0;
    QDate lastPractised; // invalid: never
    QDate dueOn; // invalid: never practised, so due now
};
