// Every page and dialog, walked as a screen reader walks it: no interactive control without an
// accessible name (issue #13, item 6). The walker itself is tests/common/accessibilityaudit.h.

#include "accessibilityaudit.h"
#include "certifications/cataloguedialog.h"
#include "certifications/certificationeditor.h"
#include "certifications/certificationsmodel.h"
#include "certifications/certificationspage.h"
#include "certifications/logstudydialog.h"
#include "common/chartdatadialog.h"
#include "common/dialogs.h"
#include "common/page.h"
#include "io/demoworkbench.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void auditFindsUnnamedControls();
    void everyPageNamesItsControls_data();
    void everyPageNamesItsControls();
    void preferencesDialogNamesItsControls();
    void certificationDialogsNameTheirControls();
    void chartDataDialogNamesItsControls();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

// QTest cuts long failure messages: every finding also goes to the log on a line of its own.
static QString report(const QStringList &findings)
{
    for (const QString &finding : findings)
        qWarning("%s", qPrintable(finding));
    return u"%1 unnamed control(s), listed above"_s.arg(findings.size());
}

// The findings for the DIALOG that OWNER has just opened (window-modal, not blocking), which is
// then closed; a dialog that did not open is a finding too.
template<typename Dialog>
static QStringList auditAndClose(QWidget *owner)
{
    auto *dialog = owner->findChild<Dialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return {
            u"%1 did not open"_s.arg(QString::fromLatin1(Dialog::staticMetaObject.className()))};
    const QStringList findings = AccessibilityAudit::unnamedControls(dialog);
    dialog->reject();
    return findings;
}

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_accessibility"_s);
    m_demo = m_dir.filePath(u"demo.cwbench"_s);
    QString error;
    QVERIFY2(DemoWorkbench::create(m_demo, &error), qPrintable(error));
}

void TestAccessibility::init()
{
    QSettings().clear();
    Dialogs::setTestMode(true);
}

// The audit can fail: an icon-only button and an edit field without a label are reported,
// and the same controls pass once named directly or through a label.
void TestAccessibility::auditFindsUnnamedControls()
{
    QWidget form;
    auto *layout = new QFormLayout(&form);
    auto *iconOnly = new QPushButton(&form);
    iconOnly->setObjectName(u"iconOnly"_s);
    auto *bare = new QLineEdit(&form);
    bare->setObjectName(u"bareEdit"_s);
    auto *labelled = new QLineEdit(&form);
    layout->addRow(iconOnly);
    layout->addRow(bare);
    layout->addRow(tr("&Name:"), labelled);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));

    const QStringList findings = AccessibilityAudit::unnamedControls(&form);
    QCOMPARE(findings.size(), 2);
    QVERIFY(findings.join(u'\n').contains(u"iconOnly"_s));
    QVERIFY(findings.join(u'\n').contains(u"bareEdit"_s));

    iconOnly->setAccessibleName(u"Remove"_s);
    auto *label = new QLabel(u"Note"_s, &form);
    label->setBuddy(bare);
    layout->addRow(label);
    QVERIFY2(AccessibilityAudit::unnamedControls(&form).isEmpty(),
             qPrintable(report(AccessibilityAudit::unnamedControls(&form))));

    // Hidden controls are not read out, so they are not reported.
    auto *hidden = new QPushButton(&form);
    hidden->hide();
    QVERIFY(AccessibilityAudit::unnamedControls(&form).isEmpty());
}

void TestAccessibility::everyPageNamesItsControls_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("dashboard") << 0;
    QTest::newRow("skills") << 1;
    QTest::newRow("certifications") << 2;
    QTest::newRow("projects") << 3;
    QTest::newRow("interviews") << 4;
    QTest::newRow("profile") << 5;
    QTest::newRow("reports") << 6;
}

void TestAccessibility::everyPageNamesItsControls()
{
    QFETCH(int, page);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_demo));
    QTest::keyClick(&w, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
    QTRY_VERIFY(w.page(page) && w.page(page)->isVisible() && w.page(page)->isLoaded());
    const QStringList findings = AccessibilityAudit::unnamedControls(&w);
    QVERIFY2(findings.isEmpty(), qPrintable(report(findings)));
}

void TestAccessibility::preferencesDialogNamesItsControls()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_demo));
    QStringList findings;
    bool seen = false;
    // Preferences runs modal (exec): audit it from inside its event loop, then close it.
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        findings = AccessibilityAudit::unnamedControls(dialog);
        dialog->reject();
    });
    w.findChild<QAction *>(u"preferencesAction"_s)->trigger();
    QVERIFY(seen);
    QVERIFY2(findings.isEmpty(), qPrintable(report(findings)));
}

void TestAccessibility::certificationDialogsNameTheirControls()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_demo));
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    auto *page = qobject_cast<CertificationsPage *>(w.page(u"certificationsPage"_s));
    QVERIFY(page);
    QTRY_VERIFY(page->isLoaded());
    QVERIFY(page->model()->rowCount() > 0);
    auto *table = page->findChild<QTableView *>(u"certificationsTable"_s);
    QVERIFY(table);
    table->selectRow(0);

    QStringList findings;
    page->addCertification();
    findings << auditAndClose<CertificationEditor>(page);
    page->logStudyForSelected();
    findings << auditAndClose<LogStudyDialog>(page);
    page->addFromCatalogue();
    findings << auditAndClose<CatalogueDialog>(page);
    QVERIFY2(findings.isEmpty(), qPrintable(report(findings)));
}

// View > Chart Data as Table, on the page with the most charts (Certifications: ROI and
// break-even): its tabs and tables are named after the charts.
void TestAccessibility::chartDataDialogNamesItsControls()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_demo));
    w.showPage(u"certificationsPage"_s);
    QTRY_VERIFY(w.page(u"certificationsPage"_s)->isVisible()
                && w.page(u"certificationsPage"_s)->isLoaded());
    w.findChild<QAction *>(u"chartDataAction"_s)->trigger();
    const QStringList findings = auditAndClose<ChartDataDialog>(&w);
    QVERIFY2(findings.isEmpty(), qPrintable(report(findings)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
