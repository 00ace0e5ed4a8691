#pragma once

#include "common/page.h"
#include "io/reposcanner.h"

class ProjectImagesView;
class ProjectStore;
class ProjectSummary;
class ProjectsCharts;
class ProjectsModel;
class QPushButton;
class QTabWidget;
class QTableView;
class ReadinessPanel;

// Projects: the portfolio list (featured first, drag to reorder) and, for the selected
// project, its story with impact lines, its readiness checklist with the repository scan, its
// images, and charts across all projects. Every change is an undo command on the shared stack.
class ProjectsPage : public Page
{
    Q_OBJECT
public:
    enum DetailTab { OverviewTab, ReadinessTab, ImagesTab, ChartsTab };

    explicit ProjectsPage(const WorkbenchContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Projects"); }
    void reload() override;
    void showItem(qint64 id) override;
    // The main window's scroll area takes heightForWidth() as the height the page cannot do
    // without; a layout answers with its preferred height, and a chart, once shown, prefers
    // the size it was last given: at 1024x640 the Charts tab made the page scroll. The page
    // answers with its minimum height (as the Interviews page does).
    int heightForWidth(int width) const override;

    ProjectStore *store() const { return m_store; }
    ProjectsModel *model() const { return m_model; }
    ProjectSummary *summary() const { return m_summary; }
    ReadinessPanel *readiness() const { return m_readiness; }
    ProjectImagesView *images() const { return m_images; }
    ProjectsCharts *charts() const { return m_charts; }
    QTabWidget *detailTabs() const { return m_tabs; }

    // The actions behind the buttons. The editor opens window-modal without blocking; its
    // result is pushed as an undo command when accepted.
    void addProject();
    void editSelected();
    void editProject(qint64 id);
    void deleteSelected();
    qint64 selectedId() const;
    void selectId(qint64 id);

private:
    void refreshDetails();
    void refreshCharts();
    void updateButtons();
    void reorder(const QList<qint64> &ids);
    void tick(qint64 projectId, const QString &itemId, bool ticked);
    void saveScan(qint64 projectId, const RepoScanner::Result &result);

    ProjectStore *m_store;
    ProjectsModel *m_model;
    QTableView *m_table;
    QTabWidget *m_tabs;
    ProjectSummary *m_summary;
    ReadinessPanel *m_readiness;
    ProjectImagesView *m_images;
    ProjectsCharts *m_charts;
    QPushButton *m_edit;
    QPushButton *m_delete;
    bool m_reloading = false;
};
