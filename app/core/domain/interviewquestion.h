#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// A question in the bank: what was asked, the prepared answer, and how often it came up.
struct InterviewQuestion
{
    qint64 id = 0;
    QString text;
    QString answerNotes;
    QStringList topics; // topic names
    int timesAsked = 0;
    QDate lastAsked; // invalid: never
};
