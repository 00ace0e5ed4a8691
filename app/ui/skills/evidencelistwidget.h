#pragma once

#include "domain/evidenceitem.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class RoadmapStore;

// Checkable lists of the projects, certifications and interview topics that can prove the
// shown skill; ticking one links it (an undoable edit).
class EvidenceListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceListWidget(RoadmapStore *store, QWidget *parent = nullptr);

    void showSkill(qint64 skillId);
    void refresh();

private:
    void onItemChanged(QTreeWidgetItem *item);

    RoadmapStore *m_store;
    qint64 m_skillId = 0;
    QLabel *m_intro;
    QTreeWidget *m_tree;
    QList<EvidenceItem> m_items;
    bool m_filling = false;
};
