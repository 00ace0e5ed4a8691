#pragma once

#include "io/interviewcsvimport.h"
#include "task/backgroundtask.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Imports interview sessions from a CSV file: reads and checks the file off the GUI thread,
// shows a preview (how many rows are new and which update a session in place), then writes
// all rows in one transaction, again off the GUI thread, with progress and Cancel. A refused
// or cancelled import changes nothing. Each worker opens its own connection to DATABASEPATH.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(const QString &databasePath, const QString &csvPath, QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    // Starts reading the file (call after open()).
    void start();
    // For tests: the running task, if any.
    BackgroundTask *task() const { return m_task; }
    const InterviewCsvImport::Preview *preview() const { return m_preview.get(); }
    // How many sessions the import wrote (after accept()).
    int importedCount() const { return m_imported; }

    void reject() override;

signals:
    // The workbench changed (after a successful import).
    void imported(int sessions);

private:
    void showPreview();
    void startImport();
    void failed(const QString &message);

    QString m_databasePath;
    QString m_csvPath;
    std::shared_ptr<InterviewCsvImport::Preview> m_preview;
    QHash<QString, QString> m_formatNames; // format key -> the name the app shows
    QPointer<BackgroundTask> m_task;
    int m_imported = 0;
    QLabel *m_summary;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_cancel;
};
