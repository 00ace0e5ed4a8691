// The area kit every page stands on: a store writes in one transaction and says who wrote, a
// command that failed leaves nothing behind, a page reloads for other writers only, and
// background work reports progress and can be cancelled without leaving anything behind.

#include "common/areastore.h"
#include "common/changevaluecommand.h"
#include "common/page.h"
#include "common/storecommand.h"
#include "io/demoworkbench.h"
#include "task/backgroundtask.h"
#include "uiworkbenchfixture.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlError>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A store of settings rows. setValue() writes one row; with FAILAFTER the same transaction
// then runs a statement that fails, so the first write must be rolled back with it.
class SettingsStore : public AreaStore
{
public:
    using AreaStore::AreaStore;

    WriteResult setValue(const QString &key, const QString &value, bool failAfter = false)
    {
        return write(ChangeNotifier::Settings, u"The setting could not be saved"_s, [&] {
            QSqlQuery q(connection());
            q.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return WriteResult::failure(q.lastError().text());
            if (failAfter && !q.exec(u"INSERT INTO no_such_table VALUES (1)"_s))
                return WriteResult::failure(q.lastError().text());
            return WriteResult::success();
        });
    }
    QString value(const QString &key) const
    {
        QSqlQuery q(connection());
        q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
};

class SetCommand : public StoreCommand
{
public:
    SetCommand(SettingsStore *store, bool fail)
        : StoreCommand(u"Set"_s)
        , m_store(store)
        , m_fail(fail)
    { }

protected:
    WriteResult apply() override { return m_store->setValue(u"kit/x"_s, u"new"_s, m_fail); }
    WriteResult revert() override { return m_store->setValue(u"kit/x"_s, u"old"_s); }

private:
    SettingsStore *m_store;
    bool m_fail;
};

class CountingPage : public Page
{
public:
    CountingPage(const WorkbenchContext &context, SettingsStore *own)
        : Page(context)
    {
        adopt(own);
        watch(ChangeNotifier::Settings);
    }
    QString title() const override { return u"Counting"_s; }
    void reload() override { ++reloads; }
    int reloads = 0;
};

} // namespace

class TestAreaKit : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_f.open()); }
    void cleanup()
    {
        Dialogs::takeMessages();
        m_f.close();
    }

    void failedCommandLeavesNoUndoEntryAndNoChange()
    {
        SettingsStore store(m_f.context());
        QVERIFY(store.setValue(u"kit/x"_s, u"old"_s).ok());
        const QByteArray before = m_f.rowHash();
        QSignalSpy failed(&store, &AreaStore::failed);
        QSignalSpy notified(m_f.notifier.get(), &ChangeNotifier::changed);

        const WriteResult r = StoreCommand::push(m_f.undoStack.get(), new SetCommand(&store, true));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"could not be saved"_s), qPrintable(r.error()));
        QCOMPARE(m_f.undoStack->count(), 0);
        QVERIFY(!m_f.undoStack->canUndo());
        QCOMPARE(m_f.rowHash(), before); // the first statement was rolled back too
        QCOMPARE(failed.count(), 1);
        QCOMPARE(notified.count(), 0);
        QVERIFY(!store.lastError().isEmpty());
    }

    void successfulCommandUndoesAndRedoes()
    {
        SettingsStore store(m_f.context());
        QVERIFY(store.setValue(u"kit/x"_s, u"old"_s).ok());
        const QByteArray before = m_f.rowHash();
        QVERIFY(StoreCommand::push(m_f.undoStack.get(), new SetCommand(&store, false)).ok());
        QCOMPARE(m_f.undoStack->count(), 1);
        QCOMPARE(store.value(u"kit/x"_s), u"new"_s);
        m_f.undoStack->undo();
        QCOMPARE(m_f.rowHash(), before);
        m_f.undoStack->redo();
        QCOMPARE(store.value(u"kit/x"_s), u"new"_s);
    }

    void writeInsideAnotherTransactionIsRefused()
    {
        SettingsStore store(m_f.context());
        QVERIFY(m_f.db().transaction());
        const WriteResult r = store.setValue(u"kit/y"_s, u"v"_s);
        QVERIFY(!r.ok());
        // The caller's transaction is still the caller's: it commits what it wrote, no more.
        QVERIFY(m_f.db().commit());
        QCOMPARE(store.value(u"kit/y"_s), QString());
    }

    void changeValueCommandWritesAfterAndBefore()
    {
        SettingsStore store(m_f.context());
        QVERIFY(store.setValue(u"kit/v"_s, u"1"_s).ok());
        auto set = [&store](const QString &v) {
            return store.setValue(u"kit/v"_s, v);
        };
        QVERIFY(StoreCommand::push(m_f.undoStack.get(),
                                   new ChangeValueCommand<QString>(u"Set v"_s, u"1"_s, u"2"_s, set))
                    .ok());
        QCOMPARE(store.value(u"kit/v"_s), u"2"_s);
        m_f.undoStack->undo();
        QCOMPARE(store.value(u"kit/v"_s), u"1"_s);
        // A setter that fails: nothing on the stack beyond the first command.
        auto failing = [&store](const QString &v) {
            return store.setValue(u"kit/v"_s, v, true);
        };
        QVERIFY(!StoreCommand::push(
                     m_f.undoStack.get(),
                     new ChangeValueCommand<QString>(u"Set v"_s, u"1"_s, u"3"_s, failing))
                     .ok());
        QCOMPARE(store.value(u"kit/v"_s), u"1"_s);
        QCOMPARE(m_f.undoStack->index(), 0);
    }

    void notifierCarriesTheOrigin()
    {
        SettingsStore store(m_f.context());
        QSignalSpy notified(m_f.notifier.get(), &ChangeNotifier::changed);
        QVERIFY(store.setValue(u"kit/z"_s, u"1"_s).ok());
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).value<ChangeNotifier::Areas>(),
                 ChangeNotifier::Areas(ChangeNotifier::Settings));
        QCOMPARE(notified.first().at(1).value<const QObject *>(), &store);
    }

    void pageSkipsItsOwnWritesAndReloadsStaleWhenShown()
    {
        SettingsStore own(m_f.context());
        SettingsStore other(m_f.context());
        CountingPage page(m_f.context(), &own);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.ensureLoaded();
        QCOMPARE(page.reloads, 1);
        QVERIFY(own.setValue(u"a"_s, u"1"_s).ok());
        QCOMPARE(page.reloads, 1); // its own write: already applied
        QVERIFY(other.setValue(u"a"_s, u"2"_s).ok());
        QCOMPARE(page.reloads, 2); // visible: at once
        m_f.notifier->notify(ChangeNotifier::Projects);
        QCOMPARE(page.reloads, 2); // not watched
        page.hide();
        QVERIFY(other.setValue(u"a"_s, u"3"_s).ok());
        QCOMPARE(page.reloads, 2);
        QVERIFY(page.isStale());
        page.show();
        QCOMPARE(page.reloads, 3); // hidden: when shown again
        QVERIFY(!page.isStale());
    }

    void pageShowsWhyAWriteFailed()
    {
        SettingsStore own(m_f.context());
        CountingPage page(m_f.context(), &own);
        (void)own.setValue(u"a"_s, u"1"_s, true);
        const QStringList messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(u"could not be saved"_s), qPrintable(messages.first()));
    }

    void backgroundTaskReportsProgressAndResult()
    {
        auto *task = new BackgroundTask(u"Counting"_s, [](TaskControl &c) {
            for (int i = 0; i <= 3; ++i)
                c.setProgress(i, 3);
            return WriteResult::success(42);
        });
        QSignalSpy progress(task, &BackgroundTask::progress);
        QSignalSpy finished(task, &BackgroundTask::finished);
        task->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<WriteResult>().id(), 42);
        QCOMPARE(progress.count(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 3);
    }

    // Cancelled before it commits, the demo leaves no file behind.
    void cancelledDemoLeavesNothing()
    {
        const QString path = m_f.dir.filePath(u"cancelled-demo.sqlite"_s);
        auto *task = new BackgroundTask(u"Demo"_s, [path](TaskControl &c) {
            c.cancel(); // as if the user pressed Cancel at once
            QString error;
            return DemoWorkbench::create(path, &error, QDate(2026, 6, 1), &c)
                ? WriteResult::success()
                : WriteResult::failure(error);
        });
        QSignalSpy finished(task, &BackgroundTask::finished);
        task->start();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().first().value<WriteResult>().ok());
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QVERIFY(!QFileInfo::exists(path + QLatin1StringView(suffix)));
    }

private:
    UiWorkbenchFixture m_f;
};

QTEST_MAIN(TestAreaKit)
#include "tst_areakit.moc"
