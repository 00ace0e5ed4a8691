#pragma once

#include "task/backgroundtask.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class Database;
class QWidget;
struct RoadmapTemplate;

// Owns the open workbench file and carries out File > New / Open / Save As / Demo. A file that
// cannot be opened is reported and the current workbench stays open.
class DocumentController : public QObject
{
    Q_OBJECT
public:
    explicit DocumentController(QWidget *dialogParent);
    ~DocumentController() override;

    Database *database() const { return m_database.get(); }
    // While documentChanged() is being emitted: the workbench that was open before. Whoever
    // takes it keeps it open until the pages built for it are gone (they may still commit an
    // edit in progress or run a queued refresh); not taken, it is closed after the signal.
    std::unique_ptr<Database> takePreviousDatabase();
    QString path() const;

    // Opens (or creates) PATH; on failure keeps the current file and returns false with
    // lastError() set. No dialog is shown.
    bool open(const QString &path);
    QString lastError() const { return m_lastError; }
    // Creates PATH (which must not exist) as a new workbench seeded with T instead of the
    // built-in roadmap, in the background (taskStarted()), and switches to it when done.
    // Returns false at once when PATH exists or other work runs. On failure or cancel the
    // current file stays open, nothing is left at PATH, and the user is told why.
    bool createFromTemplate(const QString &path, const RoadmapTemplate &t);
    // The background work running now (new workbench, demo), or null.
    BackgroundTask *runningTask() const;

    // The menu actions: ask for a file where needed, report failures in a message box.
    void newWorkbench();
    void openWorkbench();
    void openRecent(const QString &path);
    // A file the system asks to open ("Open with", a double-click in the file manager; on
    // macOS a QFileOpenEvent): opened as File > Open opens it; a file that does not exist is
    // refused, never created.
    bool openFile(const QString &path);
    void saveAs();
    void openDemo();

    // The file dialogs' filter: .cwbench first (what new files get), older .sqlite still shown.
    static QString fileFilter();
    // ".cwbench": added to a new or saved-as workbench's name when it has no extension.
    static QString fileSuffix();

signals:
    // A different file is now open (or the first one): pages must be rebuilt.
    void documentChanged();
    void fileOpened(const QString &path);
    void recentFileFailed(const QString &path);
    // Long work started; the main window shows its progress and offers Cancel.
    void taskStarted(BackgroundTask *task);

private:
    bool openAndReport(const QString &path);
    void switchTo(std::unique_ptr<Database> next);
    QString startDir() const;
    // Refuses (with a message) while other work runs.
    bool checkIdle(const QString &title);
    void run(BackgroundTask *task, const QString &title, const QString &openWhenDone);

    QWidget *m_parent;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Database> m_previous;
    QString m_lastError;
    QPointer<BackgroundTask> m_task;
};
