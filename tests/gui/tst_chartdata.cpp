// View > Chart Data as Table (issue #13, item 6): one key away from any page, the numbers of
// every chart it shows, as a user would look them up; a page without a chart says so.
#include "certifications/certificationsmodel.h"
#include "certifications/certificationspage.h"
#include "common/chartdatadialog.h"
#include "common/charttable.h"
#include "common/dialogs.h"
#include "common/page.h"
#include "io/demoworkbench.h"
#include "mainwindow.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void certificationsRoiIsReadableAsATable();
    void pageWithoutChartsSaysSo();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestChartData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_chartdata"_s);
    m_demo = m_dir.filePath(u"demo.cwbench"_s);
    QString error;
    QVERIFY2(DemoWorkbench::create(m_demo, &error), qPrintable(error));
}

void TestChartData::init()
{
    QSettings().clear();
    Dialogs::setTestMode(true);
}

// The demo's Certifications page: Ctrl+Shift+T opens one tab per chart, titled by the chart,
// and the ROI tab lists the best certifications with their ROI as the bars show it.
void TestChartData::certificationsRoiIsReadableAsATable()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_demo));
    w.showPage(u"certificationsPage"_s);
    auto *page = qobject_cast<CertificationsPage *>(w.page(u"certificationsPage"_s));
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible() && page->isLoaded());
    const QList<QChartView *> shown = ChartDataDialog::visibleCharts(page);
    QVERIFY(!shown.isEmpty());

    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = w.findChild<ChartDataDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *tabs = dialog->findChild<QTabWidget *>(u"chartDataTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), shown.size());
    // Each tab is named by its chart's title, or, for a chart whose title is its page's tab
    // (the ROI chart), by the chart's view.
    for (int i = 0; i < tabs->count(); ++i) {
        const QString title = ChartTable::plainText(shown[i]->chart()->title());
        QCOMPARE(tabs->tabText(i), title.isEmpty() ? shown[i]->accessibleName() : title);
    }

    // The ROI tab.
    int roiTab = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).startsWith(u"ROI"_s))
            roiTab = i;
    }
    QVERIFY2(roiTab >= 0, "no ROI chart in the dialog");
    auto *view = qobject_cast<QTableView *>(tabs->widget(roiTab));
    QVERIFY(view);
    const QAbstractItemModel *table = view->model();
    QCOMPARE(table->headerData(1, Qt::Horizontal).toString(), u"ROI %"_s);
    QStringList lines;
    for (int r = 0; r < table->rowCount(); ++r)
        lines << table->index(r, 0).data().toString() + u'=' + table->index(r, 1).data().toString();

    // The three best certifications of the page's own table, with their ROI in whole percents.
    CertificationsModel *model = page->model();
    QList<int> ranked;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->result(r).roiPercent)
            ranked << r;
    }
    QVERIFY(ranked.size() >= 3);
    std::sort(ranked.begin(), ranked.end(), [model](int a, int b) {
        return *model->result(a).roiPercent > *model->result(b).roiPercent;
    });
    for (int k = 0; k < 3; ++k) {
        const int r = ranked[k];
        const QString name = model->index(r, CertificationsModel::Name).data().toString();
        const QString roi = QLocale().toString(qint64(std::round(*model->result(r).roiPercent)));
        const bool found = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            const QString label = line.section(u'=', 0, 0).remove(u'…');
            return line.section(u'=', 1) == roi && !label.isEmpty() && name.startsWith(label);
        });
        QVERIFY2(found,
                 qPrintable(u"%1 with ROI %2 not in: %3"_s.arg(name, roi, lines.join(u"; "_s))));
    }
    dialog->reject();
}

void TestChartData::pageWithoutChartsSaysSo()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_demo));
    w.showPage(u"profilePage"_s);
    QTRY_VERIFY(w.page(u"profilePage"_s)->isVisible() && w.page(u"profilePage"_s)->isLoaded());
    QVERIFY(ChartDataDialog::visibleCharts(w.page(u"profilePage"_s)).isEmpty());
    Dialogs::takeMessages();
    w.findChild<QAction *>(u"chartDataAction"_s)->trigger();
    QVERIFY(!w.findChild<ChartDataDialog *>());
    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(ChartDataDialog::tr("This page shows no chart.")),
             qPrintable(messages.first()));
}

QTEST_MAIN(TestChartData)
#include "tst_chartdata.moc"
