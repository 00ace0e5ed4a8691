// "Open with" on macOS (issue #13, item 2): a double-clicked workbench arrives as a
// QFileOpenEvent on the application, not in argv. It opens as File > Open opens a file: the
// current workbench is finished with and switched, a refused file leaves it open and says why,
// and a file that does not exist is never created.
#include "common/dialogs.h"
#include "common/page.h"
#include "db/database.h"
#include "documentcontroller.h"
#include "mainwindow.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestFileOpenEvent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openedFileBecomesTheWorkbench();
    void refusedFileKeepsTheCurrentWorkbench();
    void missingFileIsNotCreated();

private:
    static bool sendOpen(const QString &path)
    {
        QFileOpenEvent event(path);
        return QCoreApplication::sendEvent(qApp, &event);
    }
    QTemporaryDir m_dir;
    QString m_first;
};

static QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

void TestFileOpenEvent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_fileopenevent"_s);
    m_first = m_dir.filePath(u"first.cwbench"_s);
}

void TestFileOpenEvent::init()
{
    QSettings().clear();
    Dialogs::setTestMode(true);
    Dialogs::takeMessages();
}

void TestFileOpenEvent::openedFileBecomesTheWorkbench()
{
    const QString other = m_dir.filePath(u"double-clicked.cwbench"_s);
    {
        Database db; // a workbench made elsewhere
        QVERIFY2(db.open(other), qPrintable(db.error()));
    }
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_first));
    QTRY_VERIFY(w.page(0) && w.page(0)->isLoaded());
    const QPointer<Page> oldPage = w.page(0);

    QVERIFY(sendOpen(other));
    QCOMPARE(Dialogs::takeMessages(), QStringList());
    QCOMPARE(w.document()->path(), QFileInfo(other).absoluteFilePath());
    QVERIFY(w.windowTitle().contains(u"double-clicked.cwbench"_s));
    QTRY_VERIFY(oldPage.isNull()); // the pages of the first file are gone
    QCOMPARE(w.undoStack()->count(), 0);
    QCOMPARE(QSettings().value(u"recentFiles"_s).toStringList().value(0),
             QFileInfo(other).absoluteFilePath());
}

void TestFileOpenEvent::refusedFileKeepsTheCurrentWorkbench()
{
    const QString notes = m_dir.filePath(u"notes.cwbench"_s);
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a workbench, just some notes\n");
    }
    const QByteArray before = hashOf(notes);
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkbench(m_first));
    QVERIFY(sendOpen(notes));
    QCOMPARE(w.document()->path(), QFileInfo(m_first).absoluteFilePath());
    QCOMPARE(Dialogs::takeMessages().size(), 1);
    QCOMPARE(hashOf(notes), before);
}

void TestFileOpenEvent::missingFileIsNotCreated()
{
    const QString gone = m_dir.filePath(u"moved-away.cwbench"_s);
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkbench(m_first));
    QVERIFY(sendOpen(gone));
    QCOMPARE(w.document()->path(), QFileInfo(m_first).absoluteFilePath());
    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(u"moved-away.cwbench"_s), qPrintable(messages.first()));
    QVERIFY(!QFileInfo::exists(gone));
}

QTEST_MAIN(TestFileOpenEvent)
#include "tst_fileopenevent.moc"
