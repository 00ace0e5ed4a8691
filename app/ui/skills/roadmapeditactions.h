#pragma once

#include "domain/roadmapgroup.h"

#include <QCoreApplication>
#include <QList>

class QWidget;
class RoadmapStore;

// Turns the Skills page's add, delete and move requests into undo commands: picks names and
// places, asks before deleting what has evidence or study time, and keeps stage order.
class RoadmapEditActions
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapEditActions)
public:
    RoadmapEditActions(RoadmapStore *store, QWidget *dialogParent);

    // Returns the new id, or 0 when the write was refused.
    qint64 addGroup(RoadmapGroup::Kind kind);
    // STAGEID/CATEGORYID 0: the first ones, made first when the roadmap has none.
    qint64 addSkill(qint64 stageId, qint64 categoryId);
    // Ask first when evidence links, study time or skills would go with them.
    void deleteSkills(const QList<qint64> &ids);
    void deleteGroup(RoadmapGroup::Kind kind, qint64 id);
    // One place up (-1) or down (+1) within its stage / among the groups.
    void moveSkill(qint64 id, int delta);
    void moveGroup(RoadmapGroup::Kind kind, qint64 id, int delta);
    // Offers what the built-in roadmap has and the workbench lacks, and adds what the user
    // ticks as one undoable edit. Returns the first new skill's id, or 0 when nothing was added.
    qint64 addFromBuiltIn();

private:
    QString confirmation(const QString &question, const QString &loss) const;
    QString lossText(int links, int sessions, int minutes) const;

    RoadmapStore *m_store;
    QWidget *m_parent;
};
