// Mnemonics never clash within a window, in every shipped language (issue 9, broken 7; issue
// 13, item 6): Alt+E opened nothing because an "&Edit..." button took it from the Edit menu.
// The audit itself is tests/common/mnemonicaudit.h.
#include "common/dialogs.h"
#include "common/languages.h"
#include "common/page.h"
#include "io/demoworkbench.h"
#include "mainwindow.h"
#include "mnemonicaudit.h"

#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void auditFindsAClash();
    void pagesAndMenusDoNotClash_data();
    void pagesAndMenusDoNotClash();
    void preferencesDialogDoesNotClash_data();
    void preferencesDialogDoesNotClash();

private:
    static void useLanguage(const QString &code);
    QTemporaryDir m_dir;
    QString m_demo;
};

static QString report(const QStringList &clashes)
{
    for (const QString &clash : clashes)
        qWarning("%s", qPrintable(clash));
    return u"%1 clashing mnemonic(s), listed above"_s.arg(clashes.size());
}

void TestMnemonics::useLanguage(const QString &code)
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    Languages::setPreferred(code);
    Languages::install(QCoreApplication::instance());
}

void TestMnemonics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_mnemonics"_s);
    Dialogs::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.cwbench"_s);
    QString error;
    QVERIFY2(DemoWorkbench::create(m_demo, &error), qPrintable(error));
}

void TestMnemonics::cleanup()
{
    useLanguage(QString());
}

// The audit can fail: two buttons sharing Alt+S are reported, a button hidden is not.
void TestMnemonics::auditFindsAClash()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *save = new QPushButton(u"&Save"_s, &window);
    auto *skip = new QPushButton(u"&Skip"_s, &window);
    layout->addWidget(save);
    layout->addWidget(skip);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(MnemonicAudit::clashes(&window).size(), 1);
    skip->hide();
    QVERIFY(MnemonicAudit::clashes(&window).isEmpty());
}

void TestMnemonics::pagesAndMenusDoNotClash_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    MainWindow w; // the pages by name, from the window's own list
    QStringList pages;
    for (const MainWindow::PageEntry &entry : w.pageEntries())
        pages << entry.name;
    for (const Languages::Language &language : Languages::available()) {
        if (language.code.isEmpty())
            continue;
        for (const QString &page : std::as_const(pages))
            QTest::addRow("%s %s", qPrintable(language.code), qPrintable(page))
                << language.code << page;
    }
}

void TestMnemonics::pagesAndMenusDoNotClash()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    useLanguage(language);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_demo));
    w.showPage(page);
    QTRY_VERIFY(w.page(page) && w.page(page)->isVisible() && w.page(page)->isLoaded());
    const QStringList clashes = MnemonicAudit::clashes(&w);
    QVERIFY2(clashes.isEmpty(), qPrintable(report(clashes)));
}

void TestMnemonics::preferencesDialogDoesNotClash_data()
{
    QTest::addColumn<QString>("language");
    for (const Languages::Language &language : Languages::available()) {
        if (!language.code.isEmpty())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void TestMnemonics::preferencesDialogDoesNotClash()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_demo));
    QStringList clashes;
    bool seen = false;
    // Preferences runs modal (exec): audit it from inside its event loop, then close it.
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        clashes = MnemonicAudit::clashes(dialog);
        dialog->reject();
    });
    w.findChild<QAction *>(u"preferencesAction"_s)->trigger();
    QVERIFY(seen);
    QVERIFY2(clashes.isEmpty(), qPrintable(report(clashes)));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
