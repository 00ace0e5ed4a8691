#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class BackgroundTask;
class ChangeNotifier;
class DocumentController;
class QMenu;
class QWidget;

// File > Import and File > Export for data that leaves or enters the workbench as a whole:
// JSON Resume (import shows a preview of what is added, updated and kept first), the full
// backup (restored into a new file, which is then opened) and the calendar of exam dates. The work
// runs off the GUI thread (BackgroundTask, its own connection to the file) with progress and cancel
// in the main window; pages are told to reload when an import has changed the open workbench.
class InterchangeController : public QObject
{
    Q_OBJECT
public:
    InterchangeController(DocumentController *document, ChangeNotifier *notifier,
                          QWidget *dialogParent);

    void addImportActions(QMenu *menu);
    void addExportActions(QMenu *menu);

    void importJsonResume();
    void exportJsonResume();
    void exportBackup();
    // Exams, expiries, renewals and real interviews as an iCalendar file.
    void exportCalendar();
    void importBackup();
    // The running import or export, or null.
    BackgroundTask *runningTask() const { return m_task; }

signals:
    // Long work started; the main window shows its progress and offers Cancel.
    void taskStarted(BackgroundTask *task);

private:
    bool checkIdle(const QString &title);
    QString startDir() const;
    void run(BackgroundTask *task, const QString &title, std::function<void()> onSuccess);

    DocumentController *m_document;
    ChangeNotifier *m_notifier;
    QWidget *m_parent;
    QPointer<BackgroundTask> m_task;
};
