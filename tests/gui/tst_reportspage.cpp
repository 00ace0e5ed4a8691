#include "checkedread.h"
#include "common/changenotifier.h"
#include "common/dialogs.h"
#include "common/workbenchcontext.h"
#include "db/database.h"
#include "db/settingsrepository.h"
#include "io/demoworkbench.h"
#include "reports/reportspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

// The Reports page on the demo workbench: the preview shows the real pages, the resume fits
// two pages, choices are kept in the workbench, exports land on disk with the charts.
class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewShowsThePages();
    void choicesAreRememberedPerWorkbench();
    void aBurstOfTypingLaysOutOnce();
    void exportsWriteFiles();
    void printLaysOutOffTheGuiThread();
    void printPreviewShowsWhatThePagesShow();

private:
    QTemporaryDir m_dir;
    Database m_db;
    QUndoStack m_undo;
    ChangeNotifier m_notifier;
};

void TestReportsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Dialogs::setTestMode(true);
    const QString path = m_dir.filePath(u"demo.sqlite"_s);
    QString error;
    QVERIFY2(DemoWorkbench::create(path, &error), qPrintable(error));
    QVERIFY(m_db.open(path));
}

void TestReportsPage::previewShowsThePages()
{
    ReportsPage page({&m_db, &m_undo, &m_notifier});
    // The item lists are refilled on every reload: their models stay consistent. (The testers
    // go before the page: a QListWidget resets its model while it is being destroyed.)
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (const char *name : {"reportProjects", "reportCertifications"}) {
        auto *list = page.findChild<QListWidget *>(QLatin1StringView(name));
        QVERIFY(list);
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    QSignalSpy updated(&page, &ReportsPage::previewUpdated);
    page.resize(1000, 700);
    page.show();
    page.ensureLoaded();
    QVERIFY(updated.wait(120000));
    QVERIFY2(page.previewPageCount() > 3, qPrintable(QString::number(page.previewPageCount())));
    auto *kind = page.findChild<QComboBox *>(u"reportKind"_s);
    kind->setCurrentIndex(kind->findData(u"resume"_s));
    QVERIFY(updated.wait(120000));
    QVERIFY(page.previewPageCount() >= 1 && page.previewPageCount() <= 2);
}

void TestReportsPage::choicesAreRememberedPerWorkbench()
{
    {
        ReportsPage page({&m_db, &m_undo, &m_notifier});
        page.ensureLoaded();
        auto *kind = page.findChild<QComboBox *>(u"reportKind"_s);
        kind->setCurrentIndex(kind->findData(u"resume"_s));
        auto *role = page.findChild<QLineEdit *>(u"roleTags"_s);
        role->clear();
        QTest::keyClicks(role, u"LLM, MLOps"_s);
    }
    ReportsPage again({&m_db, &m_undo, &m_notifier});
    again.ensureLoaded();
    QCOMPARE(again.options().kind, ReportOptions::Kind::Resume);
    QCOMPARE(again.options().roleTags, QStringList({u"llm"_s, u"mlops"_s}));
    QVERIFY(SettingsRepository(m_db.connection())
                .value(u"reports.choices"_s, CheckedRead())
                ->toString()
                .contains(u"mlops"_s));
}

void TestReportsPage::aBurstOfTypingLaysOutOnce()
{
    ReportsPage page({&m_db, &m_undo, &m_notifier});
    QSignalSpy updated(&page, &ReportsPage::previewUpdated);
    page.resize(1000, 700);
    page.show();
    page.ensureLoaded();
    QVERIFY(updated.wait(120000));
    const int before = page.previewsStarted();
    auto *role = page.findChild<QLineEdit *>(u"roleTags"_s);
    role->clear();
    // Every key is handled at once (the page only saves the choice and restarts a timer); the
    // pages are laid out once, for the final text, after the pause.
    QTest::keyClicks(role, u"computer vision, PyTorch"_s);
    QCOMPARE(page.previewsStarted(), before);
    QVERIFY(updated.wait(120000));
    QCOMPARE(page.previewsStarted(), before + 1);
    QCOMPARE(page.options().roleTags, QStringList({u"computer vision"_s, u"pytorch"_s}));
}

void TestReportsPage::exportsWriteFiles()
{
    ReportsPage page({&m_db, &m_undo, &m_notifier});
    page.ensureLoaded();
    auto *kind = page.findChild<QComboBox *>(u"reportKind"_s);
    kind->setCurrentIndex(kind->findData(u"portfolio"_s));
    QSignalSpy done(&page, &ReportsPage::exportFinished);
    const QString md = m_dir.filePath(u"portfolio.md"_s);
    Dialogs::queueFileName(md);
    page.findChild<QPushButton *>(u"export_markdown"_s)->click();
    QVERIFY(done.wait(120000));
    QCOMPARE(done.last().at(1).toString(), QString());
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("## Skills matrix"));

    const QString pdf = m_dir.filePath(u"portfolio.pdf"_s);
    Dialogs::queueFileName(pdf);
    page.findChild<QPushButton *>(u"export_pdf"_s)->click();
    QVERIFY(done.wait(240000));
    QCOMPARE(done.last().at(1).toString(), QString());
    QVERIFY(QFile::exists(pdf));
    if (qEnvironmentVariableIsSet("CW_REPORT_DIR")) // to look at the pages
        QFile::copy(pdf, qEnvironmentVariable("CW_REPORT_DIR") + u"/app-portfolio.pdf"_s);
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        QProcess p;
        p.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(u"Skills matrix"_s));
        // The radar's legend is drawn as text: the chart is vectors, not a picture.
        QVERIFY2(text.contains(u"Target"_s), qPrintable(text.left(300)));
        // Poppler reads every page without a complaint (the radar's grid circle at level 0
        // once made an empty path: "No current point in closepath").
        const QByteArray textComplaints = p.readAllStandardError();
        QVERIFY2(textComplaints.isEmpty(), textComplaints.constData());
        p.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"20"_s, pdf, m_dir.filePath(u"page"_s)});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray complaints = p.readAllStandardError();
        QVERIFY2(complaints.isEmpty(), complaints.constData());
    }
}

void TestReportsPage::printLaysOutOffTheGuiThread()
{
    // Print... returns at once: the pages are laid out on a worker while the button waits,
    // then the print preview opens with every page (closed here as a user would).
    ReportsPage page({&m_db, &m_undo, &m_notifier});
    page.resize(1000, 700);
    page.show();
    page.ensureLoaded();
    auto *print = page.findChild<QPushButton *>(u"printButton"_s);
    QVERIFY(print);
    int shown = 0;
    connect(&page, &ReportsPage::printPreviewOpening, this, [&shown](int pages) {
        shown = pages;
        QTimer::singleShot(0, [] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                dialog->close();
        });
    });
    QTest::mouseClick(print, Qt::LeftButton);
    QCOMPARE(shown, 0);
    QVERIFY(!print->isEnabled());
    page.print(); // a second request while one is laid out is ignored
    QTRY_VERIFY_WITH_TIMEOUT(shown > 3, 120000);
    QTRY_VERIFY(print->isEnabled());
}

// Dark pixels on the page (the white area) in a screenshot of the print preview.
static int inkOnThePage(const QImage &shot)
{
    const QImage image = shot.convertToFormat(QImage::Format_RGB32);
    QRect page;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if ((line[x] & 0xffffff) == 0xffffff)
                page |= QRect(x, y, 1, 1);
    }
    page.adjust(4, 4, -4, -4);
    int ink = 0;
    for (int y = page.top(); y <= page.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = page.left(); x <= page.right(); ++x)
            ink += qGray(line[x]) < 128;
    }
    return ink;
}

void TestReportsPage::printPreviewShowsWhatThePagesShow()
{
    // The print preview shows each page as it prints: the cover with the name and the first
    // sections, not a blank sheet (it once showed the first page empty).
    ReportsPage page({&m_db, &m_undo, &m_notifier});
    page.resize(1000, 700);
    page.show();
    page.ensureLoaded();
    QList<int> inks;
    connect(&page, &ReportsPage::printPreviewOpening, this, [&inks](int pages) {
        QTimer::singleShot(0, [&inks, pages] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            dialog->resize(900, 1100);
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            if (preview) {
                preview->setViewMode(QPrintPreviewWidget::SinglePageView);
                preview->setZoomMode(QPrintPreviewWidget::FitInView);
                for (int p = 1; p <= std::min(pages, 3); ++p) {
                    preview->setCurrentPage(p);
                    QApplication::processEvents();
                    const QImage shot = preview->grab().toImage();
                    if (qEnvironmentVariableIsSet("CW_REPORT_DIR"))
                        shot.save(qEnvironmentVariable("CW_REPORT_DIR")
                                  + u"/preview-%1.png"_s.arg(p));
                    inks << inkOnThePage(shot);
                }
            }
            dialog->close();
        });
    });
    page.print();
    QTRY_VERIFY_WITH_TIMEOUT(inks.size() == 3, 120000);
    for (int i = 0; i < inks.size(); ++i)
        QVERIFY2(inks.at(i) > 2000,
                 qPrintable(u"page %1: %2 dark pixels"_s.arg(i + 1).arg(inks.at(i))));
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
