#include "learningplanner.h"

#include "domain/skilltext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <functional>
#include <queue>
#include <vector>

int LearningPlanner::priorityWeight(int priority)
{
    return qBound(1, priority, 4);
}

int LearningPlanner::score(const Skill &skill)
{
    return skill.gap() * priorityWeight(skill.priority);
}

static QString joinNames(const QList<qint64> &ids, const QHash<qint64, const Skill *> &byId)
{
    QStringList names;
    for (qint64 id : ids)
        names << byId.value(id)->name;
    return QLocale().createSeparatedList(names);
}

QList<LearningPlanner::Step> LearningPlanner::rank(const QList<Skill> &skills)
{
    // Candidates: a gap, not skipped.
    QList<const Skill *> candidates;
    QHash<qint64, const Skill *> byId;
    QHash<qint64, int> order; // roadmap order, for ties
    for (const Skill &s : skills) {
        if (s.status == Skill::Status::Skipped || s.gap() <= 0)
            continue;
        order.insert(s.id, int(candidates.size()));
        candidates << &s;
        byId.insert(s.id, &s);
    }

    QHash<qint64, QList<qint64>> blockers; // prerequisites that are candidates
    QHash<qint64, QList<qint64>> dependents; // candidates waiting for this one
    for (const Skill *s : std::as_const(candidates)) {
        for (qint64 p : s->prerequisites) {
            if (byId.contains(p) && p != s->id) {
                blockers[s->id] << p;
                dependents[p] << s->id;
            }
        }
    }

    // Effective score: the highest score among the skill and everything waiting on it.
    QHash<qint64, int> effective;
    QSet<qint64> visiting;
    std::function<int(qint64)> effectiveOf = [&](qint64 id) -> int {
        if (effective.contains(id))
            return effective.value(id);
        if (visiting.contains(id)) // a circle in the data: do not follow it round
            return score(*byId.value(id));
        visiting.insert(id);
        int best = score(*byId.value(id));
        for (qint64 d : dependents.value(id))
            best = std::max(best, effectiveOf(d));
        visiting.remove(id);
        effective.insert(id, best);
        return best;
    };
    for (const Skill *s : std::as_const(candidates))
        effectiveOf(s->id);

    auto better = [&](qint64 a, qint64 b) {
        if (effective.value(a) != effective.value(b))
            return effective.value(a) > effective.value(b);
        const int sa = score(*byId.value(a)), sb = score(*byId.value(b));
        if (sa != sb)
            return sa > sb;
        return order.value(a) < order.value(b);
    };

    // Kahn's order: take the best skill whose prerequisites with a gap are all placed. The
    // ready skills wait in a heap, so a roadmap of thousands of skills ranks in n log n.
    const int n = int(candidates.size());
    QHash<qint64, int> indexOf;
    for (int i = 0; i < n; ++i)
        indexOf.insert(candidates[i]->id, i);
    std::vector<int> unplacedBlockers(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        unplacedBlockers[size_t(i)] = int(blockers.value(candidates[i]->id).size());
    auto worse = [&](int a, int b) {
        return better(candidates[b]->id, candidates[a]->id);
    };
    std::priority_queue<int, std::vector<int>, decltype(worse)> ready(worse);
    for (int i = 0; i < n; ++i)
        if (unplacedBlockers[size_t(i)] == 0)
            ready.push(i);
    std::vector<bool> placed(size_t(n), false);
    QList<Step> steps;
    steps.reserve(n);
    while (steps.size() < n) {
        int pick = -1;
        while (!ready.empty() && pick < 0) {
            pick = ready.top();
            ready.pop();
            if (placed[size_t(pick)])
                pick = -1;
        }
        if (pick < 0) { // only circles left: take the best regardless
            for (int i = 0; i < n; ++i)
                if (!placed[size_t(i)] && (pick < 0 || worse(pick, i)))
                    pick = i;
        }
        placed[size_t(pick)] = true;
        const qint64 id = candidates[pick]->id;
        for (qint64 d : dependents.value(id)) {
            const int j = indexOf.value(d);
            if (--unplacedBlockers[size_t(j)] == 0 && !placed[size_t(j)])
                ready.push(j);
        }
        const Skill &s = *byId.value(id);
        Step step;
        step.skillId = id;
        step.name = s.name;
        step.currentLevel = s.currentLevel;
        step.targetLevel = s.targetLevel;
        step.priority = s.priority;
        step.score = score(s);
        step.effectiveScore = effective.value(id);
        step.unlocks = dependents.value(id);
        step.waitsFor = blockers.value(id);
        QString why = QCoreApplication::translate(
                          "LearningPlanner", "Gap %1 (level %2 of %3) at %4 priority: score %5.")
                          .arg(QLocale().toString(s.gap()), QLocale().toString(s.currentLevel),
                               QLocale().toString(s.targetLevel),
                               SkillText::priorityName(s.priority).toLower(),
                               QLocale().toString(step.score));
        if (!step.unlocks.isEmpty())
            why += u' '
                + QCoreApplication::translate("LearningPlanner", "Needed first for %1.")
                      .arg(joinNames(step.unlocks, byId));
        if (!step.waitsFor.isEmpty())
            why += u' '
                + QCoreApplication::translate("LearningPlanner", "Comes after %1.")
                      .arg(joinNames(step.waitsFor, byId));
        step.reason = why;
        steps << step;
    }
    return steps;
}
