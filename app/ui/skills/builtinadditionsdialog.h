#pragma once

#include "db/roadmapadditions.h"
#include "domain/roadmap.h"

#include <QDialog>
#include <QSet>

class QTreeWidget;

// Lists what the built-in roadmap has and the workbench lacks, by stage, each skill with a box
// (all ticked: the user confirms or unticks); the caller adds the ticked ones.
class BuiltInAdditionsDialog : public QDialog
{
    Q_OBJECT
public:
    // PLAN as RoadmapAdditions::choose() left it: the targets it shows are those it will add.
    BuiltInAdditionsDialog(const Roadmap &workbench, const RoadmapAdditions::Plan &plan,
                           QWidget *parent = nullptr);

    // The keys of the ticked skills.
    QSet<QString> selectedKeys() const;

private:
    void updateButton();

    QTreeWidget *m_tree = nullptr;
    QPushButton *m_add = nullptr;
};
