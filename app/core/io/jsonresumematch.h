#pragma once

// How JsonResumeImport matches the file's entries to the workbench's (jsonresumeimport.cpp,
// jsonresumeimportroadmap.cpp): by key, each stored entry matched at most once.

#include <QList>
#include <QString>

namespace JsonResumeMatch {

// The form two names are compared in: trimmed and case-folded.
inline QString key(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

// Picks the entry of CANDIDATES (not yet TAKEN) that MATCHES, preferring one that also
// PREFERS, and marks it taken; -1 when none.
template<typename T, typename Match, typename Prefer>
qsizetype pick(const QList<T> &candidates, QList<bool> &taken, Match matches, Prefer prefers)
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (taken.at(i) || !matches(candidates.at(i)))
            continue;
        if (prefers(candidates.at(i))) {
            found = i;
            break;
        }
        if (found < 0)
            found = i;
    }
    if (found >= 0)
        taken[found] = true;
    return found;
}

// The first entry of CANDIDATES (not yet TAKEN) whose name has NAME's key, marked taken; -1
// when none.
template<typename T>
qsizetype pickByName(const QList<T> &candidates, QList<bool> &taken, const QString &name)
{
    return pick(
        candidates, taken, [&](const T &c) { return key(c.name) == key(name); },
        [](const T &) { return true; });
}

} // namespace JsonResumeMatch
