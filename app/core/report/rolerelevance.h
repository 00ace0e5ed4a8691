#pragma once

#include <QString>
#include <QStringList>

// How relevant a piece of content is to a target role given as tags ("llm", "mlops").
// A tag counts when it appears as a whole word (case-insensitive; "c++" and "ci/cd" work),
// twice as much in the title as in the rest. No tags: every item scores 0 and keeps its order.
class RoleRelevance
{
public:
    static int score(const QStringList &tags, const QString &title, const QStringList &body);
    static bool mentions(const QString &text, const QString &tag);
};
