#include "interchangecontroller.h"

#include "jsonresumepreviewdialog.h"

#include "common/changenotifier.h"
#include "common/dialogs.h"
#include "documentcontroller.h"

#include "db/database.h"
#include "db/sqlconnection.h"
#include "io/backupexport.h"
#include "io/backupimport.h"
#include "io/calendarexport.h"
#include "io/jsonresumeexport.h"
#include "io/jsonresumeimport.h"
#include "task/backgroundtask.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

using namespace Qt::StringLiterals;

InterchangeController::InterchangeController(DocumentController *document, ChangeNotifier *notifier,
                                             QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_notifier(notifier)
    , m_parent(dialogParent)
{ }

void InterchangeController::addImportActions(QMenu *menu)
{
    QAction *a
        = menu->addAction(tr("&JSON Resume..."), this, &InterchangeController::importJsonResume);
    a->setObjectName(u"importJsonResumeAction"_s);
    a = menu->addAction(tr("&Backup into a New Workbench..."), this,
                        &InterchangeController::importBackup);
    a->setObjectName(u"importBackupAction"_s);
}

void InterchangeController::addExportActions(QMenu *menu)
{
    menu->addSeparator();
    QAction *a
        = menu->addAction(tr("&JSON Resume..."), this, &InterchangeController::exportJsonResume);
    a->setObjectName(u"exportJsonResumeAction"_s);
    a = menu->addAction(tr("&Backup..."), this, &InterchangeController::exportBackup);
    a->setObjectName(u"exportBackupAction"_s);
    a = menu->addAction(tr("&Calendar (iCalendar)..."), this,
                        &InterchangeController::exportCalendar);
    a->setObjectName(u"exportCalendarAction"_s);
}

QString InterchangeController::startDir() const
{
    const Database *db = m_document->database();
    return db ? QFileInfo(db->path()).absolutePath() : QDir::homePath();
}

bool InterchangeController::checkIdle(const QString &title)
{
    if (!m_document->database())
        return false;
    if (!m_task && !m_document->runningTask())
        return true;
    Dialogs::information(m_parent, title,
                         tr("Other work is still running. Wait for it to finish, or cancel it "
                            "in the status bar."));
    return false;
}

void InterchangeController::run(BackgroundTask *task, const QString &title,
                                std::function<void()> onSuccess)
{
    m_task = task;
    connect(task, &BackgroundTask::finished, this,
            [this, title, onSuccess](const WriteResult &result) {
                m_task = nullptr;
                if (!result.ok()) {
                    Dialogs::warning(m_parent, title, result.error());
                    return;
                }
                if (onSuccess)
                    onSuccess();
            });
    emit taskStarted(task);
    task->start();
}

void InterchangeController::exportJsonResume()
{
    const QString title = tr("Export JSON Resume");
    if (!checkIdle(title))
        return;
    const QString out = Dialogs::saveFileName(
        m_parent, title, QDir(startDir()).filePath(u"resume.json"_s), tr("JSON Resume (*.json)"));
    if (out.isEmpty())
        return;
    const QString path = m_document->database()->path();
    run(new BackgroundTask(
            tr("Exporting the JSON Resume"),
            [path, out](TaskControl &control) {
                ScopedConnection c(path, SqlConnection::ReadOnly);
                if (!c.isOpen())
                    return WriteResult::failure(c.error());
                control.setProgress(0, 1);
                QString error;
                if (!JsonResumeExport::exportTo(c.db(), out, &error))
                    return WriteResult::failure(error);
                control.setProgress(1, 1);
                return WriteResult::success();
            },
            this),
        title, {});
}

void InterchangeController::importJsonResume()
{
    const QString title = tr("Import JSON Resume");
    if (!checkIdle(title))
        return;
    const QString in = Dialogs::openFileName(m_parent, title, startDir(),
                                             tr("JSON Resume (*.json);;All files (*)"));
    if (in.isEmpty())
        return;
    QString error;
    const auto resume = JsonResumeImport::readFile(in, &error);
    if (!resume) {
        Dialogs::warning(m_parent, title, error);
        return;
    }
    // The preview reads the open workbench and writes nothing.
    JsonResumeImport::Summary preview;
    const WriteResult planned
        = JsonResumeImport(m_document->database()->connection()).preview(*resume, &preview);
    if (!planned) {
        Dialogs::warning(m_parent, title, planned.error());
        return;
    }
    const QString name = QFileInfo(in).fileName();
    if (Dialogs::testMode()) {
        // Offscreen tests answer the preview like a question (default: import).
        if (Dialogs::question(m_parent, title, tr("Import %1?").arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            != QMessageBox::Yes)
            return;
    } else {
        JsonResumePreviewDialog dialog(name, preview, m_parent);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    const QString path = m_document->database()->path();
    const JsonResume data = *resume;
    run(new BackgroundTask(
            tr("Importing the JSON Resume"),
            [path, data](TaskControl &control) {
                ScopedConnection c(path, SqlConnection::ReadWrite);
                if (!c.isOpen())
                    return WriteResult::failure(c.error());
                control.setProgress(0, 1);
                if (control.isCanceled())
                    return WriteResult::failure(tr("Cancelled; nothing was changed."));
                return JsonResumeImport(c.db()).apply(data);
            },
            this),
        title, [this] { m_notifier->notify(ChangeNotifier::Everything, this); });
}

void InterchangeController::exportBackup()
{
    const QString title = tr("Export Backup");
    if (!checkIdle(title))
        return;
    const QString suggested
        = QFileInfo(m_document->database()->path()).completeBaseName() + u"-backup.json"_s;
    const QString out = Dialogs::saveFileName(m_parent, title, QDir(startDir()).filePath(suggested),
                                              tr("Career Workbench backup (*.json)"));
    if (out.isEmpty())
        return;
    const QString path = m_document->database()->path();
    run(new BackgroundTask(
            tr("Writing the backup"),
            [path, out](TaskControl &control) {
                ScopedConnection c(path, SqlConnection::ReadOnly);
                if (!c.isOpen())
                    return WriteResult::failure(c.error());
                return BackupExport::exportTo(c.db(), out, QDateTime::currentDateTimeUtc(),
                                              &control);
            },
            this),
        title, {});
}

void InterchangeController::exportCalendar()
{
    const QString title = tr("Export Calendar");
    if (!checkIdle(title))
        return;
    const QString suggested
        = QFileInfo(m_document->database()->path()).completeBaseName() + u".ics"_s;
    const QString out = Dialogs::saveFileName(m_parent, title, QDir(startDir()).filePath(suggested),
                                              tr("iCalendar (*.ics)"));
    if (out.isEmpty())
        return;
    const QString path = m_document->database()->path();
    const QDate today = QDate::currentDate();
    run(new BackgroundTask(
            tr("Writing the calendar"),
            [path, out, today](TaskControl &control) {
                // Read-write: the first export keeps the workbench's calendar id, which makes the
                // events' UIDs stable across exports.
                ScopedConnection c(path, SqlConnection::ReadWrite);
                if (!c.isOpen())
                    return WriteResult::failure(c.error());
                control.setProgress(0, 1);
                QString error;
                if (!CalendarExport::exportTo(c.db(), out, today, &error))
                    return WriteResult::failure(error);
                control.setProgress(1, 1);
                return WriteResult::success();
            },
            this),
        title, {});
}

void InterchangeController::importBackup()
{
    const QString title = tr("Import Backup");
    if (!checkIdle(title))
        return;
    const QString in = Dialogs::openFileName(m_parent, title, startDir(),
                                             tr("Career Workbench backup (*.json);;All files (*)"));
    if (in.isEmpty())
        return;
    QString target = Dialogs::saveFileName(
        m_parent, tr("New Workbench for the Backup"),
        QDir(startDir())
            .filePath(QFileInfo(in).completeBaseName() + DocumentController::fileSuffix()),
        DocumentController::fileFilter());
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += DocumentController::fileSuffix();
    if (QFileInfo::exists(target)) {
        Dialogs::warning(m_parent, title,
                         tr("%1 already exists. A backup is only restored into a new file; "
                            "choose another name.")
                             .arg(QDir::toNativeSeparators(target)));
        return;
    }
    run(new BackgroundTask(
            tr("Restoring the backup"),
            [in, target](TaskControl &control) {
                return BackupImport::importInto(in, target, &control);
            },
            this),
        title, [this, target, title] {
            if (!m_document->open(target))
                Dialogs::warning(m_parent, title, m_document->lastError());
        });
}
