#include "documentcontroller.h"

#include "common/dialogs.h"
#include "db/database.h"
#include "domain/roadmaptemplate.h"
#include "io/demoworkbench.h"
#include "io/newworkbench.h"
#include "task/backgroundtask.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

#include <utility>

using namespace Qt::StringLiterals;

DocumentController::DocumentController(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_parent(dialogParent)
{ }

DocumentController::~DocumentController() = default;

QString DocumentController::path() const
{
    return m_database ? m_database->path() : QString();
}

QString DocumentController::fileFilter()
{
    return tr("Career Workbench files (*.cwbench *.sqlite *.cwb);;All files (*)");
}

QString DocumentController::fileSuffix()
{
    return u".cwbench"_s;
}

QString DocumentController::startDir() const
{
    return m_database ? QFileInfo(m_database->path()).absolutePath()
                      : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool DocumentController::open(const QString &path)
{
    if (m_database && QFileInfo(path).absoluteFilePath() == m_database->path())
        return true;
    auto next = std::make_unique<Database>();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = next->open(path, NewWorkbench::builtInRoadmap());
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        m_lastError = next->error();
        return false;
    }
    m_lastError.clear();
    switchTo(std::move(next));
    return true;
}

bool DocumentController::createFromTemplate(const QString &path, const RoadmapTemplate &t)
{
    const QString title = tr("New Workbench from Template");
    if (QFileInfo::exists(path)) {
        m_lastError = tr("%1 already exists. A new workbench never replaces a file; choose a new "
                         "name.")
                          .arg(QDir::toNativeSeparators(path));
        Dialogs::warning(m_parent, title, m_lastError);
        return false;
    }
    if (!checkIdle(title))
        return false;
    // The worker opens its own connection to the new file (see BackgroundTask); the
    // initializer runs inside Database's one transaction, so a cancel rolls it back and
    // Database removes the file it could not fill.
    auto *task = new BackgroundTask(
        tr("Creating the workbench"),
        [path, t](TaskControl &control) {
            Database db;
            const auto seed = NewWorkbench::seededWith(t);
            const bool ok = db.open(path, [&](QSqlDatabase &conn, QString *error) {
                control.setProgress(0, 1, tr("writing the roadmap"));
                if (control.isCanceled() || !seed(conn, error) || control.isCanceled()) {
                    if (control.isCanceled())
                        *error = tr("Cancelled; nothing was created.");
                    return false;
                }
                control.setProgress(1, 1);
                return true;
            });
            const QString error = db.error();
            db.close();
            return ok ? WriteResult::success() : WriteResult::failure(error);
        },
        this);
    run(task, title, path);
    return true;
}

BackgroundTask *DocumentController::runningTask() const
{
    return m_task;
}

bool DocumentController::checkIdle(const QString &title)
{
    if (!m_task)
        return true;
    m_lastError = tr("Wait until \"%1\" has finished, or cancel it.").arg(m_task->title());
    Dialogs::warning(m_parent, title, m_lastError);
    return false;
}

void DocumentController::run(BackgroundTask *task, const QString &title,
                             const QString &openWhenDone)
{
    m_task = task;
    connect(task, &BackgroundTask::finished, this,
            [this, title, openWhenDone](const WriteResult &result) {
                m_task = nullptr;
                if (!result.ok()) {
                    m_lastError = result.error();
                    Dialogs::warning(m_parent, title, m_lastError);
                    return;
                }
                openAndReport(openWhenDone);
            });
    emit taskStarted(task);
    task->start();
}

std::unique_ptr<Database> DocumentController::takePreviousDatabase()
{
    return std::move(m_previous);
}

void DocumentController::switchTo(std::unique_ptr<Database> next)
{
    m_previous = std::exchange(m_database, std::move(next));
    emit documentChanged();
    m_previous.reset();
    emit fileOpened(m_database->path());
}

bool DocumentController::openAndReport(const QString &path)
{
    if (open(path))
        return true;
    Dialogs::warning(m_parent, tr("Cannot Open Workbench"), m_lastError);
    return false;
}

void DocumentController::newWorkbench()
{
    QString path = Dialogs::saveFileName(m_parent, tr("New Workbench"),
                                         QDir(startDir()).filePath(tr("workbench") + fileSuffix()),
                                         fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += fileSuffix();
    if (QFileInfo::exists(path)) {
        // A new workbench never replaces an existing file: that file may be someone's data.
        Dialogs::warning(m_parent, tr("New Workbench"),
                         tr("%1 already exists. Choose a new file name for the new workbench; "
                            "to work in the existing file, use File > Open.")
                             .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openAndReport(path);
}

void DocumentController::openWorkbench()
{
    const QString path
        = Dialogs::openFileName(m_parent, tr("Open Workbench"), startDir(), fileFilter());
    if (!path.isEmpty())
        openAndReport(path);
}

void DocumentController::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        Dialogs::warning(m_parent, tr("Cannot Open Workbench"),
                         tr("%1 no longer exists. It was removed from the recent list.")
                             .arg(QDir::toNativeSeparators(path)));
        emit recentFileFailed(path);
        return;
    }
    openAndReport(path);
}

bool DocumentController::openFile(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        m_lastError = tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
        Dialogs::warning(m_parent, tr("Cannot Open Workbench"), m_lastError);
        return false;
    }
    return openAndReport(path);
}

void DocumentController::saveAs()
{
    if (!m_database)
        return;
    // Offer the current name with the .cwbench extension (an older .sqlite file moves on).
    const QString offered
        = QDir(startDir()).filePath(QFileInfo(this->path()).completeBaseName() + fileSuffix());
    QString path = Dialogs::saveFileName(m_parent, tr("Save Workbench As"), offered, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += fileSuffix();
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool copied = m_database->saveCopy(path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!copied) {
        Dialogs::warning(m_parent, tr("Save As Failed"),
                         tr("The workbench was not saved as %1: %2 Your data is unchanged.")
                             .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    // Like any document app, carry on in the new copy.
    openAndReport(path);
}

void DocumentController::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(dir).filePath(u"demo-workbench.sqlite"_s);
    if (QFileInfo::exists(path)) {
        openAndReport(path);
        return;
    }
    const QString title = tr("Demo Workbench");
    if (!checkIdle(title))
        return;
    QDir().mkpath(dir);
    auto *task = new BackgroundTask(
        tr("Writing the demo workbench"),
        [path](TaskControl &control) {
            QString error;
            if (DemoWorkbench::create(path, &error, QDate::currentDate(), &control))
                return WriteResult::success();
            return WriteResult::failure(
                control.isCanceled()
                    ? tr("Cancelled; no demo workbench was written.")
                    : tr("The demo workbench could not be written: %1").arg(error));
        },
        this);
    run(task, title, path);
}
