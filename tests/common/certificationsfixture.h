#pragma once

// A temporary workbench with the Certifications page shown, for the GUI tests of the page, its
// table and its editor. The profile earns 83,200 a year, so a study hour is worth 40, as in the
// issue's worked example.

#include "certifications/certificationeditor.h"
#include "certifications/certificationspage.h"
#include "common/changenotifier.h"
#include "common/dialogs.h"
#include "common/workbenchcontext.h"
#include "db/certificationrepository.h"
#include "db/database.h"
#include "io/newworkbench.h"

#include <QApplication>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

struct CertificationsFixture
{
    QTemporaryDir dir;
    int file = 0;
    std::unique_ptr<Database> database;
    std::unique_ptr<QUndoStack> undoStack;
    std::unique_ptr<ChangeNotifier> notifier;
    std::unique_ptr<CertificationsPage> page;

    WorkbenchContext context() { return {database.get(), undoStack.get(), notifier.get()}; }

    // A fresh workbench in CURRENCY and the page on it, shown and loaded.
    bool open(const QString &currency = QStringLiteral("USD"))
    {
        close();
        Dialogs::setTestMode(true);
        database = std::make_unique<Database>();
        if (!dir.isValid()
            || !database->open(dir.filePath(QStringLiteral("certs%1.sqlite").arg(++file)),
                               NewWorkbench::builtInRoadmap()))
            return false;
        QSqlQuery q(database->connection());
        q.prepare(QStringLiteral("UPDATE profile SET current_salary = 83200, currency = ?"));
        q.addBindValue(currency);
        if (!q.exec())
            return false;
        undoStack = std::make_unique<QUndoStack>();
        notifier = std::make_unique<ChangeNotifier>();
        page = std::make_unique<CertificationsPage>(context());
        page->resize(1200, 800);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return false;
        page->ensureLoaded();
        return true;
    }

    void close()
    {
        page.reset();
        undoStack.reset();
        notifier.reset();
        database.reset();
    }

    // Writes C straight to the database (not through the page) and reloads the page.
    qint64 insert(const Certification &c)
    {
        const qint64 id = CertificationRepository(database->connection()).insert(c).id();
        page->reload();
        return id;
    }

    static Certification worked(const QString &name = QStringLiteral("Worked Example"))
    {
        Certification c;
        c.name = name;
        c.examCost = 300;
        c.materialsCost = 100;
        c.plannedHours = 80;
        c.upliftAmount = 10000;
        return c;
    }

    // Every row an edit of a certification can touch, as text: a hash of it tells whether the
    // database changed at all.
    QByteArray hash() const
    {
        static const QStringList tables
            = {QStringLiteral("certifications"), QStringLiteral("certification_skills"),
               QStringLiteral("study_sessions"), QStringLiteral("settings"),
               QStringLiteral("profile")};
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const QString &table : tables) {
            QSqlQuery q(database->connection());
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
                return {};
            h.addData(table.toUtf8());
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.value(i).isNull() ? QStringLiteral("<null>")
                                                   : q.value(i).toString());
                h.addData(row.join(QChar(0x1f)).toUtf8());
            }
        }
        return h.result();
    }

    int rows(const QString &table = QStringLiteral("certifications")) const
    {
        QSqlQuery q(database->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

    // Makes W the active window so that keys reach its focus widget; the offscreen platform
    // does not activate a newly shown dialog by itself.
    static bool activate(QWidget *w)
    {
        w->activateWindow();
        if (!w->isActiveWindow()) {
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            QApplication::setActiveWindow(w);
            QT_WARNING_POP
        }
        return QTest::qWaitForWindowActive(w);
    }

    template<typename T>
    static T *child(QObject *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return w;
    }

    // The visible dialog of type T (closed ones are deleted first).
    template<typename T>
    T *openDialog() const
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const QList<T *> all = page->findChildren<T *>();
        for (T *d : all) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }
};
