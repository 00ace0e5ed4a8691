#include "learningplanner.h"

#include "domain/skilltext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

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

QList<LearningPlanner::Step> LearningPlanner::rank(const QList<Skill> &skills)
{
    // Candidates: a gap, not skipped. They are referred to by index, which is also their
    // roadmap order (ties are broken by it).
    QList<const Skill *> candidates;
    QHash<qint64, int> indexOf;
    for (const Skill &s : skills) {
        if (s.status == Skill::Status::Skipped || s.gap() <= 0)
            continue;
        indexOf.insert(s.id, int(candidates.size()));
        candidates << &s;
    }
    const int n = int(candidates.size());

    QList<QList<int>> blockers(n); // prerequisites that are candidates
    QList<QList<int>> dependents(n); // candidates waiting for this one
    QList<int> scores(n);
    for (int i = 0; i < n; ++i) {
        scores[i] = score(*candidates[i]);
        for (qint64 p : candidates[i]->prerequisites) {
            const int j = indexOf.value(p, -1);
            if (j >= 0 && j != i) {
                blockers[i] << j;
                dependents[j] << i;
            }
        }
    }

    // Effective score: the highest score among the skill and everything waiting on it. A
    // depth-first walk with its own stack, so that a prerequisite chain as long as the roadmap
    // (a template may hold 100,000 skills) cannot overflow the call stack. A circle in the data
    // is not followed round: a skill met again while it is being walked counts its own score.
    QList<int> effective(n, -1);
    QList<bool> visiting(n, false);
    struct Frame
    {
        int node;
        int next; // the next dependent to look at
        int best;
    };
    std::vector<Frame> stack;
    for (int root = 0; root < n; ++root) {
        if (effective[root] >= 0)
            continue;
        visiting[root] = true;
        stack.push_back({root, 0, scores[root]});
        while (!stack.empty()) {
            Frame &top = stack.back();
            if (top.next < dependents[top.node].size()) {
                const int d = dependents[top.node][top.next++];
                if (effective[d] >= 0) {
                    top.best = std::max(top.best, effective[d]);
                } else if (visiting[d]) {
                    top.best = std::max(top.best, scores[d]);
                } else {
                    visiting[d] = true;
                    stack.push_back({d, 0, scores[d]}); // TOP is not used after this
                }
                continue;
            }
            const Frame done = top;
            stack.pop_back();
            visiting[done.node] = false;
            effective[done.node] = done.best;
            if (!stack.empty())
                stack.back().best = std::max(stack.back().best, done.best);
        }
    }

    // True when A ranks below B.
    auto worse = [&](int a, int b) {
        if (effective.at(a) != effective.at(b))
            return effective.at(a) < effective.at(b);
        if (scores.at(a) != scores.at(b))
            return scores.at(a) < scores.at(b);
        return a > b;
    };

    const QLocale locale;
    auto ids = [&](const QList<int> &indexes) {
        QList<qint64> out;
        out.reserve(indexes.size());
        for (int i : indexes)
            out << candidates[i]->id;
        return out;
    };
    auto names = [&](const QList<int> &indexes) {
        QStringList out;
        for (int i : indexes)
            out << candidates[i]->name;
        return locale.createSeparatedList(out);
    };

    // Kahn's order: take the best skill whose prerequisites with a gap are all placed. The
    // ready skills wait in a heap, so a roadmap of thousands of skills ranks in n log n.
    QList<int> unplacedBlockers(n);
    std::priority_queue<int, std::vector<int>, decltype(worse)> ready(worse);
    for (int i = 0; i < n; ++i) {
        unplacedBlockers[i] = int(blockers[i].size());
        if (unplacedBlockers[i] == 0)
            ready.push(i);
    }
    QList<bool> placed(n, false);
    QList<Step> steps;
    steps.reserve(n);
    while (steps.size() < n) {
        int pick = -1;
        while (!ready.empty() && pick < 0) {
            pick = ready.top();
            ready.pop();
            if (placed[pick])
                pick = -1;
        }
        if (pick < 0) { // only circles left: take the best regardless
            for (int i = 0; i < n; ++i)
                if (!placed[i] && (pick < 0 || worse(pick, i)))
                    pick = i;
        }
        placed[pick] = true;
        for (int d : std::as_const(dependents[pick]))
            if (--unplacedBlockers[d] == 0 && !placed[d])
                ready.push(d);

        const Skill &s = *candidates[pick];
        Step step;
        step.skillId = s.id;
        step.name = s.name;
        step.currentLevel = s.currentLevel;
        step.targetLevel = s.targetLevel;
        step.priority = s.priority;
        step.score = scores[pick];
        step.effectiveScore = effective[pick];
        step.unlocks = ids(dependents[pick]);
        step.waitsFor = ids(blockers[pick]);
        QString why
            = QCoreApplication::translate("LearningPlanner",
                                          "Gap %1 (level %2 of %3) at %4 priority: score %5.")
                  .arg(locale.toString(s.gap()), locale.toString(s.currentLevel),
                       locale.toString(s.targetLevel),
                       SkillText::priorityName(s.priority).toLower(), locale.toString(step.score));
        if (!step.unlocks.isEmpty())
            why += u' '
                + QCoreApplication::translate("LearningPlanner", "Needed first for %1.")
                      .arg(names(dependents[pick]));
        if (!step.waitsFor.isEmpty())
            why += u' '
                + QCoreApplication::translate("LearningPlanner", "Comes after %1.")
                      .arg(names(blockers[pick]));
        step.reason = why;
        steps << step;
    }
    return steps;
}
