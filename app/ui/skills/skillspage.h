#pragma once

#include "common/page.h"
#include "domain/roadmapgroup.h"
#include "domain/roadmaptemplate.h"

#include <QDate>
#include <QMap>
#include <QSet>

class LearnNextWidget;
class QAction;
class QFrame;
class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;
class RoadmapEditActions;
class RoadmapStore;
class SkillDetailsPanel;
class SkillsCharts;
class SkillsFilterBar;
class SkillsFilterProxy;
class SkillsModel;
class SkillsTreeView;
class StageProgressWidget;

// The Skills page: the roadmap tree with levels, targets, gaps and evidence; a side panel for
// the selected skill; what to learn next; charts; and roadmap template files.
class SkillsPage : public Page
{
    Q_OBJECT
public:
    explicit SkillsPage(const WorkbenchContext &context, QWidget *parent = nullptr);
    ~SkillsPage() override;

    QString title() const override { return tr("Skills"); }
    void reload() override;

    RoadmapStore *store() const { return m_store; }
    SkillsModel *model() const { return m_model; }
    SkillsCharts *charts() const { return m_charts; }
    // Selects SKILLID in the tree (clearing filters that hide it) and shows its details.
    void selectSkill(qint64 skillId);
    void showItem(qint64 id) override { selectSkill(id); }

signals:
    // The user chose a template and a new file: the document controller creates and opens it.
    void createFromTemplateRequested(const QString &path, const RoadmapTemplate &roadmap);

private:
    // The details beside the tree, out of the way while no skill is chosen.
    void placeDetails();
    QWidget *createToolbar();
    QWidget *createEmptyBanner();
    void onStoreReset();
    void scheduleSummary();
    void refreshSummary();
    void restoreTree();
    void currentChanged();
    qint64 currentSkillId() const;
    qint64 currentGroupId() const;
    void addGroup(RoadmapGroup::Kind kind);
    void addSkill();
    void deleteSelected();
    void moveSelected(int delta);
    void renameSelected();
    void exportTemplate();
    void newFromTemplate();
    void addFromBuiltIn();
    void showContextMenu(const QPoint &pos);

    RoadmapStore *m_store;
    SkillsModel *m_model;
    SkillsFilterProxy *m_proxy;
    StageProgressWidget *m_progress;
    QTabWidget *m_tabs;
    SkillsTreeView *m_view;
    SkillDetailsPanel *m_details;
    QSplitter *m_splitter = nullptr;
    LearnNextWidget *m_learnNext;
    SkillsCharts *m_charts;
    SkillsFilterBar *m_filters;
    RoadmapEditActions *m_edits;
    QFrame *m_emptyBanner = nullptr;
    QLabel *m_emptyText = nullptr;
    QAction *m_addStage;
    QAction *m_addCategory;
    QAction *m_addSkill;
    QAction *m_delete;
    QAction *m_rename;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_export;
    QAction *m_fromTemplate;
    QAction *m_addBuiltIn;
    QTimer *m_summaryTimer;
    QSet<qint64> m_collapsed;
    qint64 m_reselect = 0;
    QMap<QDate, int> m_minutesPerDay; // study per day, read again when the log changes
    bool m_weeklyStale = true; // the weekly study hours need reading again
};
