#include "certifications/comparecharts.h"
#include "common/changenotifier.h"
#include "common/dialogs.h"
#include "dashboard/dashboardpage.h"
#include "db/database.h"
#include "io/newworkbench.h"
#include "skills/skillscharts.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

// Issue 7, defect 10: text the user typed (or a file brought in) is shown as written. A name
// such as "<h1 style=color:red>" must appear as those characters, never as a red heading.
class TestUserTextIsPlain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void dashboardGreeting();
    void skillsGapChart();
    void certificationChartAxisAndLegend();
    void messageBoxes();

private:
    // The texts a chart shows, as a user reads them.
    static QStringList shownTexts(QChartView *view)
    {
        QStringList texts;
        for (QGraphicsItem *item : view->scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                texts << text->toPlainText();
        }
        return texts;
    }
};

static const QString Markup = u"<h1 style=color:red>Eve & co</h1>"_s;

void TestUserTextIsPlain::dashboardGreeting()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY2(db.open(dir.filePath(u"w.sqlite"_s), NewWorkbench::builtInRoadmap()),
             qPrintable(db.error()));
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE profile SET name = ? WHERE id = 1"_s);
    q.addBindValue(Markup);
    QVERIFY(q.exec());
    QUndoStack undo;
    ChangeNotifier notifier;
    DashboardPage page({&db, &undo, &notifier});
    page.show();
    page.ensureLoaded();
    auto *greeting = page.findChild<QLabel *>(u"greeting"_s);
    QVERIFY(greeting);
    QCOMPARE(greeting->textFormat(), Qt::PlainText);
    QVERIFY2(greeting->text().contains(Markup), qPrintable(greeting->text()));
}

void TestUserTextIsPlain::skillsGapChart()
{
    Roadmap r;
    r.categories.append({RoadmapGroup::Kind::Category, 1, Markup, {}, 1});
    Skill s;
    s.id = 1;
    s.categoryId = 1;
    s.name = u"<b>Bold</b>"_s;
    s.targetLevel = 4;
    s.currentLevel = 1;
    r.skills.append(s);
    SkillsCharts charts;
    charts.setRoadmap(r);
    charts.resize(1040, 530);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    QCoreApplication::processEvents();
    const QStringList gap = shownTexts(charts.findChild<QChartView *>(u"gapChart"_s));
    QVERIFY2(gap.contains(u"<b>Bold</b>"_s), qPrintable(gap.join(u" | "_s)));
}

void TestUserTextIsPlain::certificationChartAxisAndLegend()
{
    RoiCalculator::Inputs in;
    in.examCost = 300;
    in.upliftAmount = 5000;
    CompareCharts charts;
    charts.setItems({{1, Markup, u"USD"_s, RoiCalculator::calculate(in)}}, 3);
    charts.resize(1000, 600);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    QCoreApplication::processEvents();
    // The axis cuts a long name short: what it shows starts like the name, tags and all.
    const auto startsWithMarkup = [](const QStringList &texts) {
        return std::any_of(texts.begin(), texts.end(),
                           [](const QString &t) { return t.startsWith(u"<h1 style"_s); });
    };
    const QStringList roi = shownTexts(charts.findChild<QChartView *>(u"roiChartView"_s));
    QVERIFY2(startsWithMarkup(roi), qPrintable(roi.join(u" | "_s)));
    // The break-even legend, a column of labels beside the chart, shows the name as written.
    auto *legend = charts.findChild<QLabel *>(u"legendName"_s);
    QVERIFY(legend);
    QCOMPARE(legend->textFormat(), Qt::PlainText);
    QCOMPARE(legend->text(), Markup);
}

void TestUserTextIsPlain::messageBoxes()
{
    Dialogs::setTestMode(false);
    Qt::TextFormat format = Qt::RichText;
    QString text;
    QTimer answer; // answers the box as soon as it is up
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answer.stop();
        format = box->textFormat();
        text = box->text();
        box->done(QMessageBox::Ok);
    });
    answer.start();
    Dialogs::warning(nullptr, u"Cannot Open Workbench"_s, Markup + u" is damaged."_s);
    QCOMPARE(format, Qt::PlainText);
    QCOMPARE(text, Markup + u" is damaged."_s);
}

QTEST_MAIN(TestUserTextIsPlain)
#include "tst_usertextisplain.moc"
