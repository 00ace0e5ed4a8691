#include "rolerelevance.h"

static bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool RoleRelevance::mentions(const QString &text, const QString &tag)
{
    if (tag.isEmpty())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(tag, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + tag.size();
        const bool startOk = at == 0 || !isWordChar(text.at(at - 1)) || !isWordChar(tag.front());
        const bool endOk
            = end >= text.size() || !isWordChar(text.at(end)) || !isWordChar(tag.back());
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

int RoleRelevance::score(const QStringList &tags, const QString &title, const QStringList &body)
{
    int total = 0;
    for (const QString &tag : tags) {
        if (mentions(title, tag)) {
            total += 2;
            continue;
        }
        for (const QString &text : body) {
            if (mentions(text, tag)) {
                total += 1;
                break;
            }
        }
    }
    return total;
}
