#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

// Small helpers the resume editors share: list order and lines of text.
namespace EntryOrder {

// ENTRIES in ORDER (the old rows in their new order, a permutation); nullopt otherwise.
template<typename Entry>
std::optional<QList<Entry>> reordered(const QList<Entry> &entries, const QList<int> &order)
{
    if (order.size() != entries.size())
        return std::nullopt;
    QSet<int> seen;
    QList<Entry> out;
    for (int i = 0; i < order.size(); ++i) {
        const int old = order[i];
        if (old < 0 || old >= entries.size() || seen.contains(old))
            return std::nullopt;
        seen.insert(old);
        out.append(entries[old]);
        out.last().sortOrder = i;
    }
    return out;
}

// One past the largest sortOrder: a new entry goes to the end.
template<typename Entry>
int nextSortOrder(const QList<Entry> &entries)
{
    int next = int(entries.size());
    for (const Entry &e : entries)
        next = std::max(next, e.sortOrder + 1);
    return next;
}

// The non-empty lines of TEXT, trimmed.
inline QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

} // namespace EntryOrder
