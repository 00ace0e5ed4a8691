#pragma once

#include "calc/readinessscore.h"
#include "domain/checklistentry.h"
#include "domain/project.h"
#include "io/reposcanner.h"
#include "task/backgroundtask.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// One project's readiness: the score from 0 to 100, what is missing, and the checklist item by
// item with why each passed (ticked by hand, found by the scan, shown by the project's data)
// and what the last scan found, file:line, secrets masked. Ticks and finished scans are asked
// for through signals (the page pushes undo commands). "Scan Folder..." runs RepoScanner off
// the GUI thread with progress and cancel.
class ReadinessPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReadinessPanel(QWidget *parent = nullptr);
    ~ReadinessPanel() override;

    // Shows PROJECT (nullptr: none selected) with its stored checklist.
    void setProject(const Project *project, const QList<ChecklistEntry> &entries);

    // Scans FOLDER for the shown project (the button asks for the folder first).
    void scanFolder(const QString &folder);
    void cancelScan();
    bool isScanning() const { return m_task != nullptr; }

    QTreeWidget *checklist() const { return m_tree; }

signals:
    void tickRequested(qint64 projectId, const QString &itemId, bool ticked);
    // A scan of FOLDER for PROJECTID finished and was not cancelled.
    void scanned(qint64 projectId, const RepoScanner::Result &result);
    void statusMessage(const QString &text);

private:
    void chooseFolder();
    void fill();
    void scanFinished(qint64 projectId, bool ok, const QString &error);
    void updateScanControls();
    static QString sourceText(ReadinessScore::Source source, const ChecklistEntry &entry);

    QLabel *m_score;
    QProgressBar *m_bar;
    QLabel *m_missing;
    QTreeWidget *m_tree;
    QLabel *m_scanInfo;
    QPushButton *m_scanButton;
    QProgressBar *m_scanProgress;
    QPushButton *m_cancel;

    Project m_project;
    bool m_hasProject = false;
    QList<ChecklistEntry> m_entries;
    bool m_filling = false;

    QPointer<BackgroundTask> m_task;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<RepoScanner::Result> m_scanResult;
};
