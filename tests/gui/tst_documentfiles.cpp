// Workbench files as documents (issue #13, item 2): new and saved-as workbenches get the
// .cwbench extension, the file dialogs offer it first, older .sqlite workbenches still open, and
// the default workbench stays where it was.

#include "common/dialogs.h"
#include "db/database.h"
#include "documentcontroller.h"

#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDocumentFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dialogsOfferTheNewExtensionFirst();
    void saveAsWithoutExtensionWritesACwbench();
    void newWorkbenchWithoutExtensionIsACwbench();
    void olderSqliteWorkbenchStillOpens();
    void defaultWorkbenchKeepsItsPlace();

private:
    QTemporaryDir m_dir;
};

void TestDocumentFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_documentfiles"_s);
}

void TestDocumentFiles::init()
{
    Dialogs::setTestMode(true);
    Dialogs::takeMessages();
}

void TestDocumentFiles::dialogsOfferTheNewExtensionFirst()
{
    const QString filter = DocumentController::fileFilter();
    QVERIFY2(filter.indexOf(u"*.cwbench"_s) >= 0, qPrintable(filter));
    QVERIFY(filter.indexOf(u"*.cwbench"_s) < filter.indexOf(u"*.sqlite"_s));
    QCOMPARE(DocumentController::fileSuffix(), u".cwbench"_s);
}

void TestDocumentFiles::saveAsWithoutExtensionWritesACwbench()
{
    const QString expected = m_dir.filePath(u"copy.cwbench"_s);
    {
        DocumentController controller(nullptr);
        QVERIFY2(controller.open(m_dir.filePath(u"original.sqlite"_s)),
                 qPrintable(controller.lastError()));
        Dialogs::queueFileName(m_dir.filePath(u"copy"_s));
        controller.saveAs();
        QCOMPARE(Dialogs::takeMessages(), QStringList());
        QVERIFY(QFileInfo::exists(expected));
        QCOMPARE(controller.path(), QFileInfo(expected).absoluteFilePath());
    }
    // The copy is a workbench like any other: it opens again once the app has let it go.
    Database reopened;
    QVERIFY2(reopened.open(expected), qPrintable(reopened.error()));
}

void TestDocumentFiles::newWorkbenchWithoutExtensionIsACwbench()
{
    DocumentController controller(nullptr);
    Dialogs::queueFileName(m_dir.filePath(u"fresh"_s));
    controller.newWorkbench();
    QCOMPARE(Dialogs::takeMessages(), QStringList());
    QCOMPARE(controller.path(), QFileInfo(m_dir.filePath(u"fresh.cwbench"_s)).absoluteFilePath());
}

void TestDocumentFiles::olderSqliteWorkbenchStillOpens()
{
    const QString older = m_dir.filePath(u"older.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(older));
    }
    DocumentController controller(nullptr);
    QVERIFY2(controller.open(older), qPrintable(controller.lastError()));
    QCOMPARE(controller.path(), QFileInfo(older).absoluteFilePath());
}

void TestDocumentFiles::defaultWorkbenchKeepsItsPlace()
{
    // Existing users' default workbench is not renamed or moved by the new extension.
    QCOMPARE(QFileInfo(Database::defaultPath()).fileName(), u"workbench.sqlite"_s);
}

QTEST_MAIN(TestDocumentFiles)
#include "tst_documentfiles.moc"
