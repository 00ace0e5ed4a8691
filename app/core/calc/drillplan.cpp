#include "drillplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace DrillPlan {

QString promptFor(const QString &topic)
{
    return QCoreApplication::translate("DrillPlan",
                                       "Explain %1 as you would to an interviewer, with an "
                                       "example and its trade-offs.")
        .arg(topic);
}

QList<Item> pick(const QStringList &topicsInOrder, const QList<InterviewQuestion> &bank, int n)
{
    QList<Item> result;
    if (n <= 0 || topicsInOrder.isEmpty())
        return result;
    QHash<QString, QList<const InterviewQuestion *>> byTopic;
    for (const InterviewQuestion &q : bank)
        for (const QString &t : q.topics)
            byTopic[t].append(&q);
    for (auto it = byTopic.begin(); it != byTopic.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
                         [](const InterviewQuestion *a, const InterviewQuestion *b) {
                             if (a->timesAsked != b->timesAsked)
                                 return a->timesAsked < b->timesAsked;
                             return a->id < b->id;
                         });
    }
    QSet<qint64> used;
    QSet<QString> prompted;
    // Turns: every topic gets its next question before any gets another.
    for (int turn = 0; result.size() < n; ++turn) {
        bool any = false;
        for (const QString &topic : topicsInOrder) {
            if (result.size() >= n)
                break;
            const auto &questions = byTopic.value(topic);
            const InterviewQuestion *next = nullptr;
            for (const InterviewQuestion *q : questions) {
                if (!used.contains(q->id)) {
                    next = q;
                    break;
                }
            }
            if (next) {
                used.insert(next->id);
                result.append({topic, next->text, next->id});
                any = true;
            } else if (turn == 0 && !prompted.contains(topic)) {
                prompted.insert(topic);
                result.append({topic, promptFor(topic), 0});
                any = true;
            }
        }
        if (!any)
            break;
    }
    return result;
}

} // namespace DrillPlan
