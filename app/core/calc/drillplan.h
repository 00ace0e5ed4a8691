#pragma once

#include "domain/interviewquestion.h"

#include <QList>
#include <QString>
#include <QStringList>

// Which questions a practice drill asks: N questions from the given topics (due ones first,
// then the weakest), taken in turns so that every topic gets one before any gets a second,
// least asked questions first. A topic without a question in the bank gets a prompt to explain
// it, so a drill works from the first day.
namespace DrillPlan {

struct Item
{
    QString topic;
    QString question;
    qint64 questionId = 0; // 0: a prompt, not a bank question
};

QList<Item> pick(const QStringList &topicsInOrder, const QList<InterviewQuestion> &bank, int n);

// The prompt for a topic with no question in the bank.
QString promptFor(const QString &topic);

} // namespace DrillPlan
